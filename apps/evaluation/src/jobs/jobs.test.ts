import { createLogger, JobQueue, newId, queueSchemaName } from '@ronghe/kit';
import { type TestJob, TEST_JOB_FIELDS, waitForJob } from '@ronghe/kit/testing';
import { ErrorCode, type Identity, Role, TypicalCategory } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../services.js';
import { openLocalTestbed, seedScoringReview, waitForLockWaiter } from '../testing.js';
import { createUpstream } from '../upstream/upstream.client.js';

const admin: Identity = { accountId: newId(), username: 'admin', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };
const colleague: Identity = { accountId: newId(), username: 'office', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };
const evaluator: Identity = { accountId: newId(), username: 'expert', organizationId: newId(), roles: [Role.EVALUATOR] };
const { EMPLOYER } = TypicalCategory;

let bed: Awaited<ReturnType<typeof openLocalTestbed>>;
beforeAll(async () => {
  bed = await openLocalTestbed();
});
afterAll(() => bed?.close());

const START = `mutation ($r: ID!) { computeRanking(reviewId: $r) { ${TEST_JOB_FIELDS} } }`;
const JOB = `query ($id: ID!) { evaluationJob(id: $id) { ${TEST_JOB_FIELDS} } }`;
const start = async (reviewId: string, identity = admin) => {
  const answer = await bed.execute<{ computeRanking: TestJob }>(START, { r: reviewId }, identity);
  expect(answer.errors).toBeUndefined();
  return answer.data!.computeRanking;
};
const rankActs = async (reviewId: string) =>
  (
    await bed.db.asOwner<{ n: number }>(`SELECT count(*)::int AS n FROM audit_act WHERE action = 'review.rank' AND subject_id = $1`, [
      reviewId,
    ])
  )[0]!.n;

/** Holds the review row, as a long approval would: the ranking job waits behind it, mid-way. */
async function holdReview(reviewId: string) {
  const holder = bed.db.dataSource.createQueryRunner();
  await holder.connect();
  await holder.startTransaction();
  await holder.query('SELECT 1 FROM review WHERE id = $1 FOR UPDATE', [reviewId]);
  return {
    holder,
    async release() {
      await holder.commitTransaction();
      await holder.release();
    },
  };
}

describe('ranking as a job', () => {
  it('answers at once with a queued job, reports progress while it runs, and ends with the ranked list', async () => {
    const f = await seedScoringReview(bed.db.dataSource, {
      categories: [EMPLOYER, EMPLOYER, EMPLOYER],
      marks: [[90], [70], [80]],
      shortlistSize: 2,
    });
    const lock = await holdReview(f.reviewId);
    let job: TestJob;
    try {
      job = await start(f.reviewId);
      expect(job).toMatchObject({ state: expect.stringMatching(/QUEUED|RUNNING/), error: null, files: [] });
      // Asked again while it runs: the same job, not a second ranking.
      expect((await start(f.reviewId)).id).toBe(job.id);
      await waitForLockWaiter(bed.db.dataSource, lock.holder, 1, 60_000);
      const running = (await bed.execute<{ evaluationJob: TestJob }>(JOB, { id: job.id }, admin)).data!.evaluationJob;
      expect(running).toMatchObject({ state: 'RUNNING', progress: 10, message: '正在按冻结的规则汇总评分并计算排名' });
      // A colleague with the same permission follows it; an evaluator cannot see it.
      expect((await bed.execute(JOB, { id: job.id }, colleague)).errors).toBeUndefined();
      expect((await bed.execute(JOB, { id: job.id }, evaluator)).errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    } finally {
      await lock.release();
    }
    const seen: Pick<TestJob, 'state' | 'progress'>[] = [];
    const done = await waitForJob(bed.execute, 'evaluation', job.id, admin, seen);
    expect(done).toMatchObject({
      state: 'SUCCEEDED',
      progress: 100,
      error: null,
      result: { reviewId: f.reviewId, ranked: 3, shortlisted: 2 },
    });
    expect(seen.at(-1)).toEqual({ state: 'SUCCEEDED', progress: 100 });
    const review = await bed.execute(
      `query ($id: ID!) { review(id: $id) { status results(first: 10) { nodes { rank nomination { id } } } } }`,
      { id: f.reviewId },
      admin,
    );
    expect(review.data!.review.status).toBe('RANKED');
    expect(review.data!.review.results.nodes.map((r: { nomination: { id: string } }) => f.nominationIds.indexOf(r.nomination.id))).toEqual([
      0, 2, 1,
    ]);
    expect(await rankActs(f.reviewId)).toBe(1);
  });

  it('refuses at once what a ranking would refuse, and keeps a refusal met later as the job’s coded error', async () => {
    const f = await seedScoringReview(bed.db.dataSource, { categories: [EMPLOYER], marks: [[90]], shortlistSize: 1 });
    const refused = await bed.execute(START, { r: f.reviewId }, evaluator);
    expect(refused.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    // The review leaves scoring while the job waits: the job fails with the ranking's own code, once, without retries.
    const lock = await holdReview(f.reviewId);
    let job: TestJob;
    try {
      job = await start(f.reviewId);
      await waitForLockWaiter(bed.db.dataSource, lock.holder, 1, 60_000);
      await lock.holder.query(`UPDATE review SET status = 'APPROVED' WHERE id = $1`, [f.reviewId]);
    } finally {
      await lock.release();
    }
    const done = await waitForJob(bed.execute, 'evaluation', job.id, admin);
    expect(done).toMatchObject({ state: 'FAILED', error: { code: ErrorCode.REVIEW_NOT_SCORING } });
    const [row] = await bed.db.asOwner<{ attempts: number }>('SELECT attempts FROM job WHERE id = $1', [job.id]);
    expect(row!.attempts).toBe(1);
  });

  it('is run once when a second worker is handed the same job while the first is on it', async () => {
    // A second replica: its own queue connections and services over the same schema.
    const upstream = createUpstream({
      organizationsUrl: 'http://127.0.0.1:9/graphql',
      nominationsUrl: 'http://127.0.0.1:9/graphql',
      secret: 'x'.repeat(32),
      timeoutMs: 500,
    });
    const second = new JobQueue({
      dataSource: bed.db.dataSource,
      url: bed.db.appUrl,
      schema: bed.db.schema,
      logger: createLogger('evaluation', 'silent'),
      pollIntervalSeconds: 0.5,
    });
    createServices(bed.db.dataSource, upstream, second);
    await second.start();
    try {
      const f = await seedScoringReview(bed.db.dataSource, { categories: [EMPLOYER, EMPLOYER], marks: [[90], [80]], shortlistSize: 1 });
      const lock = await holdReview(f.reviewId);
      let job: TestJob;
      const queue = queueSchemaName(bed.db.schema);
      try {
        job = await start(f.reviewId);
        await waitForLockWaiter(bed.db.dataSource, lock.holder, 1, 60_000);
        // The queue hands the entry out again (as after an expiry) while a worker is still on it.
        const [entry] = await bed.db.asOwner<{ id: string }>(
          `SELECT id FROM "${queue}".job WHERE state = 'active' AND data->>'jobId' = $1`,
          [job.id],
        );
        await second.boss.fail('RANKING', entry!.id, { message: 'handed out again' });
        // Both workers poll; whichever takes it finds the job's lock held and leaves it.
        for (;;) {
          const [state] = await bed.db.asOwner<{ state: string }>(`SELECT state FROM "${queue}".job WHERE id = $1`, [entry!.id]);
          if (state?.state === 'completed') break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        await lock.release();
      }
      const done = await waitForJob(bed.execute, 'evaluation', job.id, admin);
      expect(done.state).toBe('SUCCEEDED');
      const [row] = await bed.db.asOwner<{ attempts: number }>('SELECT attempts FROM job WHERE id = $1', [job.id]);
      expect(row!.attempts).toBe(1);
      expect(await rankActs(f.reviewId)).toBe(1);
    } finally {
      await second.stop();
    }
  });
});

describe('a job queued by this process', () => {
  it('is started at once by its idle worker, not at the next poll', async () => {
    // Workers that poll every ten minutes: the job can only be done within the minute if queuing
    // it woke this process's worker.
    const slow = await openLocalTestbed(undefined, { jobPollSeconds: 600 });
    try {
      const f = await seedScoringReview(slow.db.dataSource, { categories: [EMPLOYER, EMPLOYER], marks: [[90], [80]], shortlistSize: 1 });
      const answer = await slow.execute<{ computeRanking: TestJob }>(START, { r: f.reviewId }, admin);
      expect(answer.errors).toBeUndefined();
      const done = await Promise.race([
        waitForJob(slow.execute, 'evaluation', answer.data!.computeRanking.id, admin),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 60_000)),
      ]);
      expect(done).toMatchObject({ state: 'SUCCEEDED', result: { ranked: 2, shortlisted: 1 } });
    } finally {
      await slow.close();
    }
  }, 120_000);
});
