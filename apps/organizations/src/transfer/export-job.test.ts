import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoPersons } from '@ronghe/demo';
import { createInternalClient, createLogger, dropSchema, JobQueue } from '@ronghe/kit';
import { TEST_JOB_FIELDS, type TestJob, testDatabaseUrl } from '@ronghe/kit/testing';
import { ErrorCode } from '@ronghe/types';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startOrganizations } from '../app.js';
import { callers } from '../test-identities.js';

// A persons export past the setting's row count runs as a job on the subgraph's queue, over real
// HTTP: the mutation answers with the job, which reports progress and ends with the file.

const SECRET = 'export-job-test-internal-secret-0123456789';
const schema = `test_export_job_${randomBytes(4).toString('hex')}`;
let running: Awaited<ReturnType<typeof startOrganizations>>;
let dataDir: string;
let call: ReturnType<typeof createInternalClient>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ronghe-export-job-'));
  running = await startOrganizations({
    DATABASE_URL: testDatabaseUrl(),
    ORGANIZATIONS_DB_SCHEMA: schema,
    ORGANIZATIONS_PORT: '0',
    INTERNAL_SECRET: SECRET,
    DATA_DIR: dataDir,
    EXPORT_JOB_ROWS: '100',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
  });
  call = createInternalClient({ url: running.url, service: 'organizations', secret: SECRET, timeoutMs: 30_000 });
});

afterAll(async () => {
  await running?.close();
  await dropSchema(testDatabaseUrl(), schema);
  await rm(dataDir, { recursive: true, force: true });
});

/** Follows the job through organizationsJob(id), as the admin client does, until `done`. */
async function until(id: string, done: (job: TestJob) => boolean): Promise<TestJob> {
  for (;;) {
    const { organizationsJob: job } = await call<{ organizationsJob: TestJob }>(
      `query ($id: ID!) { organizationsJob(id: $id) { ${TEST_JOB_FIELDS} } }`,
      { id },
      callers.admin,
    );
    if (done(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const REQUEST = `mutation ($search: String) { requestPersonsExport(search: $search) { file { fileName rowCount } job { ${TEST_JOB_FIELDS} } } }`;
type Requested = { requestPersonsExport: { file: { fileName: string; rowCount: number } | null; job: TestJob | null } };

it('answers a small export at once with its file', async () => {
  const someone = demoPersons()[0]!.name;
  const { requestPersonsExport } = await call<Requested>(REQUEST, { search: someone }, callers.admin);
  expect(requestPersonsExport.job).toBeNull();
  expect(requestPersonsExport.file!.rowCount).toBeGreaterThanOrEqual(1);
});

it('runs a big export as a job with progress, whose file holds every row; only its creator follows it', async () => {
  const rows = demoPersons().length;
  // Files cannot be stored while the test holds this lock: the job, its rows written, waits to
  // finish, and what it reported on the way can be read.
  const owner = new pg.Client({ connectionString: testDatabaseUrl(), options: `-c search_path=${schema}` });
  await owner.connect();
  await owner.query('BEGIN');
  await owner.query('LOCK TABLE job_file IN EXCLUSIVE MODE');
  let started: TestJob;
  try {
    const { requestPersonsExport } = await call<Requested>(REQUEST, {}, callers.admin);
    expect(requestPersonsExport.file).toBeNull();
    started = requestPersonsExport.job!;
    expect(['QUEUED', 'RUNNING']).toContain(started.state);
    const running = await until(started.id, (job) => job.progress === 99);
    expect(running).toMatchObject({ state: 'RUNNING', message: `已导出 ${rows} 人,正在保存文件` });
  } finally {
    await owner.query('COMMIT');
    await owner.end();
  }
  const job = await until(started.id, (j) => j.state === 'SUCCEEDED' || j.state === 'FAILED');
  expect(job.error).toBeNull();
  expect(job).toMatchObject({ state: 'SUCCEEDED', progress: 100, result: { rowCount: rows } });
  expect(job.files).toHaveLength(1);

  const { organizationsJobFile: file } = await call<{
    organizationsJobFile: { fileName: string; contentBase64: string; rowCount: number };
  }>(`query ($id: ID!) { organizationsJobFile(id: $id) { fileName contentBase64 rowCount } }`, { id: job.files[0]!.id }, callers.admin);
  expect(file.fileName).toMatch(/外来务工人员名录.*\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
  const sheet = book.worksheets[0]!;
  expect(sheet.actualRowCount - 1).toBe(rows);
  expect(file.rowCount).toBe(rows);

  // Read back in slices, as its download streams it: each slice but the last full, together the file.
  const queue = new JobQueue({
    dataSource: running.database.dataSource,
    url: testDatabaseUrl(),
    schema,
    logger: createLogger('test', 'silent'),
  });
  try {
    const slices: Buffer[] = [];
    for await (const slice of queue.fileContent(job.files[0]!.id, 1000)) slices.push(slice);
    const whole = Buffer.from(file.contentBase64, 'base64');
    expect(Buffer.concat(slices).equals(whole)).toBe(true);
    expect(slices.map((slice) => slice.length)).toEqual(
      [...Array(Math.ceil(whole.length / 1000)).keys()].map((i) => Math.min(1000, whole.length - i * 1000)),
    );
  } finally {
    await queue.stop();
  }

  // Another account, even one holding every role's reach, does not see what the export holds.
  await expect(
    call(
      `query ($id: ID!) { organizationsJob(id: $id) { id } }`,
      { id: started.id },
      { ...callers.admin, accountId: callers.operator.accountId },
    ),
  ).rejects.toMatchObject({ extensions: { code: ErrorCode.NOT_FOUND } });
});
