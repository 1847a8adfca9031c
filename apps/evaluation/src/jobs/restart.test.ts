import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInternalClient, dropSchema, newId, queueSchemaName } from '@ronghe/kit';
import { type Identity, Role, TypicalCategory } from '@ronghe/types';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { testDatabaseUrl } from '@ronghe/kit/testing';
import { entities } from '../entities.js';
import { seedScoringReview } from '../testing.js';

// A test system of its own: one evaluation subgraph process on a fresh schema, killed with
// SIGKILL in the middle of a ranking job and started again; the job completes, once.

const SECRET = 'job-restart-test-internal-secret-0123456789';
const admin: Identity = { accountId: newId(), username: 'admin', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };
const databaseUrl = testDatabaseUrl;
// The built subgraph, as it runs in production (turbo builds a package before its tests).
const main = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
const schema = `e2e_restart_${randomBytes(3).toString('hex')}`;
let dataDir: string;
let port: number;
// The owner's connections: `holder` holds the review inside a transaction; `watcher` reads. Not
// one client: inside a transaction pg_stat_activity is a snapshot taken at its first read, so a job
// whose connection opened after it would never be seen waiting.
let holder: pg.Client;
let watcher: pg.Client;
let child: ChildProcess | null = null;
const logs: string[] = [];

/** Starts the built evaluation subgraph and waits until it answers /health. */
async function startEvaluation(): Promise<ChildProcess> {
  if (!existsSync(main)) throw new Error('apps/evaluation is not built: run `npm run build` first');
  const process_ = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(),
      EVALUATION_DB_SCHEMA: schema,
      EVALUATION_PORT: String(port),
      INTERNAL_SECRET: SECRET,
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      SEED_DEMO: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [process_.stdout!, process_.stderr!]) stream.on('data', (chunk) => logs.push(String(chunk)));
  for (;;) {
    if (process_.exitCode !== null) throw new Error(`evaluation exited with ${process_.exitCode}\n${logs.join('')}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return process_;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const ownerQuery = async <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) =>
  (await watcher.query(sql, parameters)).rows as T[];

/**
 * Reads until `done`. Past `patienceMs` (well inside the test's own timeout) it fails with what a
 * stuck job leaves behind — the job rows, the queue's entries and the subgraph's last log lines —
 * rather than leaving only a timeout to read.
 */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, patienceMs = 200_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > patienceMs) {
      const jobs = await ownerQuery('SELECT id, state, attempts, progress, message FROM job');
      const queue = await ownerQuery(`SELECT name, state, retry_count, start_after, data FROM ${queueSchemaName(schema)}.job`);
      throw new Error(
        `still waiting: ${JSON.stringify(value)}\njobs ${JSON.stringify(jobs)}\nqueue ${JSON.stringify(queue)}\n${logs.join('').slice(-4000)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ronghe-restart-'));
  port = await freePort();
  holder = new pg.Client({ connectionString: databaseUrl(), options: `-c search_path=${schema}` });
  watcher = new pg.Client({ connectionString: databaseUrl(), options: `-c search_path=${schema}` });
  await holder.connect();
  await watcher.connect();
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await holder?.end();
  await watcher?.end();
  await dropSchema(databaseUrl(), schema);
  await rm(dataDir, { recursive: true, force: true });
}, 120_000);

it('finishes a ranking job once after its subgraph was killed in the middle of it and started again', async () => {
  child = await startEvaluation();
  // A review ready to rank, written as the schema's owner.
  const seeding = new DataSource({ type: 'postgres', url: databaseUrl(), entities, extra: { options: `-c search_path=${schema}` } });
  await seeding.initialize();
  const f = await seedScoringReview(seeding, {
    categories: [TypicalCategory.EMPLOYER, TypicalCategory.EMPLOYER, TypicalCategory.EMPLOYER],
    marks: [[70], [90], [80]],
    shortlistSize: 2,
  });
  await seeding.destroy();

  // The review row held, as by a long approval: the job stops in the middle, inside its transaction.
  await holder.query('BEGIN');
  await holder.query('SELECT 1 FROM review WHERE id = $1 FOR UPDATE', [f.reviewId]);
  const call = createInternalClient({ url: `http://127.0.0.1:${port}/graphql`, service: 'evaluation', secret: SECRET, timeoutMs: 30_000 });
  const { computeRanking } = await call<{ computeRanking: { id: string } }>(
    'mutation ($r: ID!) { computeRanking(reviewId: $r) { id } }',
    { r: f.reviewId },
    admin,
  );
  const jobId = computeRanking.id;
  const pid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  await until(
    () => ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [pid]),
    ([row]) => row!.n > 0,
  );
  const [mid] = await ownerQuery<{ state: string; progress: number; attempts: number }>(
    'SELECT state, progress, attempts FROM job WHERE id = $1',
    [jobId],
  );
  expect(mid).toEqual({ state: 'RUNNING', progress: 10, attempts: 1 });

  // Killed without a chance to clean up, then the review is let go and the subgraph started again.
  const killed = new Promise((resolve) => child!.once('exit', resolve));
  child.kill('SIGKILL');
  await killed;
  await holder.query('COMMIT');
  child = await startEvaluation();

  const done = await until(
    () =>
      call<{ evaluationJob: { state: string; progress: number; result: Record<string, unknown> } }>(
        'query ($id: ID!) { evaluationJob(id: $id) { state progress result } }',
        { id: jobId },
        admin,
      ),
    (r) => r.evaluationJob.state === 'SUCCEEDED' || r.evaluationJob.state === 'FAILED',
  );
  expect(done.evaluationJob).toEqual({ state: 'SUCCEEDED', progress: 100, result: { reviewId: f.reviewId, ranked: 3, shortlisted: 2 } });
  // Run again from the start (the killed attempt's transaction rolled back), and ranked once.
  const [after] = await ownerQuery<{ attempts: number }>('SELECT attempts FROM job WHERE id = $1', [jobId]);
  expect(after!.attempts).toBe(2);
  const [acts] = await ownerQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_act WHERE action = 'review.rank' AND subject_id = $1`,
    [f.reviewId],
  );
  expect(acts!.n).toBe(1);
  const ranked = await ownerQuery<{ nomination_id: string; rank: number }>(
    'SELECT nomination_id, rank FROM nomination_result WHERE review_id = $1 ORDER BY rank',
    [f.reviewId],
  );
  expect(ranked.map((r) => f.nominationIds.indexOf(r.nomination_id))).toEqual([1, 2, 0]);
}, 300_000);
