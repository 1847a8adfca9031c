import { fileURLToPath } from 'node:url';
import { createInternalClient, newId } from '@ronghe/kit';
import { RestartHarness, testDatabaseUrl } from '@ronghe/kit/testing';
import { type Identity, Role, TypicalCategory } from '@ronghe/types';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { entities } from '../entities.js';
import { seedScoringReview } from '../testing.js';

// One evaluation subgraph process on a schema of its own, killed with SIGKILL in the middle of a
// ranking job and started again; the job completes, once.

const SECRET = 'job-restart-test-internal-secret-0123456789';
const admin: Identity = { accountId: newId(), username: 'admin', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };
const subgraph = new RestartHarness({
  name: 'ranking_restart',
  // The built subgraph, as it runs in production (turbo builds a package before its tests).
  main: fileURLToPath(new URL('../../dist/main.js', import.meta.url)),
  env: ({ url, schema, port, dataDir }) => ({
    DATABASE_URL: url,
    EVALUATION_DB_SCHEMA: schema,
    EVALUATION_PORT: String(port),
    INTERNAL_SECRET: SECRET,
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    SEED_DEMO: 'false',
  }),
});
const ownerQuery = async <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) =>
  (await subgraph.watcher.query(sql, parameters)).rows as T[];

beforeAll(() => subgraph.open(), 180_000);
afterAll(() => subgraph.close(), 120_000);

it('finishes a ranking job once after its subgraph was killed in the middle of it and started again', async () => {
  await subgraph.start();
  // A review ready to rank, written as the schema's owner.
  const seeding = new DataSource({
    type: 'postgres',
    url: testDatabaseUrl(),
    entities,
    extra: { options: `-c search_path=${subgraph.schema}` },
  });
  await seeding.initialize();
  const f = await seedScoringReview(seeding, {
    categories: [TypicalCategory.EMPLOYER, TypicalCategory.EMPLOYER, TypicalCategory.EMPLOYER],
    marks: [[70], [90], [80]],
    shortlistSize: 2,
  });
  await seeding.destroy();

  // The review row held, as by a long approval: the job stops in the middle, inside its transaction.
  await subgraph.holder.query('BEGIN');
  await subgraph.holder.query('SELECT 1 FROM review WHERE id = $1 FOR UPDATE', [f.reviewId]);
  const call = createInternalClient({
    url: `http://127.0.0.1:${subgraph.port}/graphql`,
    service: 'evaluation',
    secret: SECRET,
    timeoutMs: 30_000,
  });
  const { computeRanking } = await call<{ computeRanking: { id: string } }>(
    'mutation ($r: ID!) { computeRanking(reviewId: $r) { id } }',
    { r: f.reviewId },
    admin,
  );
  const jobId = computeRanking.id;
  await subgraph.untilHeld();
  const [mid] = await ownerQuery<{ state: string; progress: number; attempts: number }>(
    'SELECT state, progress, attempts FROM job WHERE id = $1',
    [jobId],
  );
  expect(mid).toEqual({ state: 'RUNNING', progress: 10, attempts: 1 });

  // Killed without a chance to clean up, then the review is let go and the subgraph started again.
  await subgraph.kill();
  await subgraph.holder.query('COMMIT');
  await subgraph.start();

  const done = await subgraph.until(
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
