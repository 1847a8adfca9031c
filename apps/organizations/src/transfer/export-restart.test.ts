import { fileURLToPath } from 'node:url';
import { demoPersons } from '@ronghe/demo';
import { createInternalClient, readSheet } from '@ronghe/kit';
import { RestartHarness, TEST_JOB_FIELDS, type TestJob } from '@ronghe/kit/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { callers } from '../test-identities.js';

// A persons export job whose subgraph is killed (SIGKILL) while the job saves its file, then
// started again: the job is run again from the start and ends with one file holding every row.

const SECRET = 'export-restart-test-internal-secret-0123456789';
const subgraph = new RestartHarness({
  name: 'export_restart',
  // The built subgraph, as it runs in production (turbo builds a package before its tests).
  main: fileURLToPath(new URL('../../dist/main.js', import.meta.url)),
  env: ({ url, schema, port, dataDir }) => ({
    DATABASE_URL: url,
    ORGANIZATIONS_DB_SCHEMA: schema,
    ORGANIZATIONS_PORT: String(port),
    INTERNAL_SECRET: SECRET,
    DATA_DIR: dataDir,
    EXPORT_JOB_ROWS: '100',
    SEED_DEMO: 'true',
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
  }),
});

beforeAll(() => subgraph.open(), 180_000);
afterAll(() => subgraph.close(), 120_000);

it('finishes a persons export job once, with its file, after its subgraph was killed while saving it and started again', async () => {
  await subgraph.start();
  const call = createInternalClient({
    url: `http://127.0.0.1:${subgraph.port}/graphql`,
    service: 'organizations',
    secret: SECRET,
    timeoutMs: 30_000,
  });
  const job = (id: string) =>
    call<{ organizationsJob: TestJob }>(`query ($id: ID!) { organizationsJob(id: $id) { ${TEST_JOB_FIELDS} } }`, { id }, callers.admin);

  // Files cannot be stored while this lock is held: the job, its rows written, waits to save.
  await subgraph.holder.query('BEGIN');
  await subgraph.holder.query('LOCK TABLE job_file IN EXCLUSIVE MODE');
  const { requestPersonsExport } = await call<{ requestPersonsExport: { job: TestJob | null } }>(
    `mutation { requestPersonsExport { job { id } } }`,
    {},
    callers.admin,
  );
  const jobId = requestPersonsExport.job!.id;
  const rows = demoPersons().length;
  await subgraph.untilHeld();
  expect((await job(jobId)).organizationsJob).toMatchObject({ state: 'RUNNING', progress: 99, message: `已导出 ${rows} 人,正在保存文件` });

  // Killed without a chance to clean up, then the lock is let go and the subgraph started again.
  await subgraph.kill();
  await subgraph.holder.query('COMMIT');
  await subgraph.start();

  const done = await subgraph.until(
    () => job(jobId),
    ({ organizationsJob: j }) => j.state === 'SUCCEEDED' || j.state === 'FAILED',
  );
  expect(done.organizationsJob).toMatchObject({ state: 'SUCCEEDED', progress: 100, result: { rowCount: rows }, error: null });
  // Run again from the start (the killed attempt stored nothing), and one file made.
  const { rows: stored } = await subgraph.watcher.query<{ attempts: number; files: number }>(
    'SELECT attempts, (SELECT count(*)::int FROM job_file WHERE job_id = job.id) AS files FROM job WHERE id = $1',
    [jobId],
  );
  expect(stored).toEqual([{ attempts: 2, files: 1 }]);
  const { organizationsJobFile: file } = await call<{ organizationsJobFile: { fileName: string; contentBase64: string } }>(
    `query ($id: ID!) { organizationsJobFile(id: $id) { fileName contentBase64 } }`,
    { id: done.organizationsJob.files[0]!.id },
    callers.admin,
  );
  expect((await readSheet(file.fileName, Buffer.from(file.contentBase64, 'base64'))).rows).toHaveLength(rows);
}, 300_000);
