import { createInternalClient, newId } from '@ronghe/kit';
import {
  openSubgraphTestbed,
  startPeerSubgraph,
  type TestExecute,
  type TestResult,
  waitForJob,
  PEER_TIMEOUT_MS,
} from '@ronghe/kit/testing';
import { startNominations } from '@ronghe/nominations/app';
import { startOrganizations } from '@ronghe/organizations/app';
import { type Identity, ReviewStatus, Role, type TypicalCategory } from '@ronghe/types';
import type { DataSource, QueryRunner } from 'typeorm';
import type { PublicListOptions } from './approval/public-list.service.js';
import { Criterion } from './criterion/criterion.entity.js';
import { EvaluatorAssignment } from './panel/panel.entity.js';
import { AggregationMethod, TieBreakerKind } from './review/review-rules.js';
import { ReviewNomination } from './review/review-nomination.entity.js';
import { Review } from './review/review.entity.js';
import { Score } from './score/score.entity.js';
import { entities, migrations } from './entities.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';
import { JOB_KINDS } from './jobs/jobs.js';
import { createUpstream } from './upstream/upstream.client.js';

export const TEST_INTERNAL_SECRET = 'evaluation-test-internal-secret-0123456789';

/**
 * The evaluation subgraph over a throwaway database, with real organizations and nominations
 * subgraphs (the demo district and its frozen 2026 nominations) answering over HTTP.
 */
export async function openTestbed(clock: () => Date = () => new Date(), publicList?: PublicListOptions) {
  const organizations = await startPeerSubgraph('organizations', startOrganizations, TEST_INTERNAL_SECRET);
  const nominations = await startPeerSubgraph('nominations', startNominations, TEST_INTERNAL_SECRET, {
    ORGANIZATIONS_URL: organizations.url,
  });
  const upstream = createUpstream({
    organizationsUrl: organizations.url,
    nominationsUrl: nominations.url,
    secret: TEST_INTERNAL_SECRET,
    timeoutMs: PEER_TIMEOUT_MS,
  });
  const bed = await openSubgraphTestbed({
    name: 'evaluation',
    entities,
    migrations,
    buildSchema,
    jobKinds: JOB_KINDS,
    createServices: (db) => createServices(db.dataSource, upstream, db.jobs!, clock, publicList),
  });
  const callOrganizations = createInternalClient({
    url: organizations.url,
    service: 'organizations',
    secret: TEST_INTERNAL_SECRET,
    timeoutMs: PEER_TIMEOUT_MS,
  });
  const callNominations = createInternalClient({
    url: nominations.url,
    service: 'nominations',
    secret: TEST_INTERNAL_SECRET,
    timeoutMs: PEER_TIMEOUT_MS,
  });
  return {
    ...bed,
    /** Runs an operation on the organizations subgraph, e.g. to add evaluator accounts. */
    organizations: <T>(query: string, variables: Record<string, unknown>, identity: Identity) =>
      callOrganizations<T>(query, variables, identity),
    /** Runs an operation on the nominations subgraph. */
    nominations: <T>(query: string, variables: Record<string, unknown>, identity: Identity) =>
      callNominations<T>(query, variables, identity),
    async close() {
      await bed.close();
      await nominations.close();
      await organizations.close();
    },
  };
}

/**
 * The evaluation subgraph alone: no peer subgraph is started and the upstream points nowhere, so
 * any call to it fails loudly. For rules that only read and write this subgraph's own tables.
 */
export function openLocalTestbed(clock: () => Date = () => new Date(), options: { jobPollSeconds?: number } = {}) {
  const upstream = createUpstream({
    organizationsUrl: 'http://127.0.0.1:9/graphql',
    nominationsUrl: 'http://127.0.0.1:9/graphql',
    secret: TEST_INTERNAL_SECRET,
    timeoutMs: 500,
  });
  return openSubgraphTestbed({
    name: 'evaluation',
    entities,
    migrations,
    buildSchema,
    jobKinds: JOB_KINDS,
    jobPollSeconds: options.jobPollSeconds,
    createServices: (db) => createServices(db.dataSource, upstream, db.jobs!, clock),
  });
}

export interface ReviewFixture {
  reviewId: string;
  /** In the order given, with categories and positions as given. */
  nominationIds: string[];
  criterionId: string;
  /** Evaluator identities; each is assigned every nomination. */
  evaluators: Identity[];
}

/**
 * A review in scoring, written straight to the tables: one criterion (weight 1, out of 100), the
 * rules frozen (plain mean), every evaluator assigned every nomination and, where `marks` gives a
 * number, a submitted mark (marks[nomination][evaluator]).
 */
export async function seedScoringReview(
  dataSource: DataSource,
  options: {
    categories: TypicalCategory[];
    marks: (number | null)[][];
    shortlistSize: number;
    categoryCaps?: Record<string, number>;
    commendingAgencyIds?: string[];
  },
): Promise<ReviewFixture> {
  const reviewId = newId();
  const criterionId = newId();
  const nominationIds = options.categories.map(() => newId());
  const evaluators: Identity[] = options.marks[0]!.map((_, i) => ({
    accountId: newId(),
    username: `panel.${i}`,
    organizationId: newId(),
    roles: [Role.EVALUATOR],
  }));
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Review).insert({
      id: reviewId,
      cycleId: newId(),
      year: 2030,
      title: '测试评审',
      status: ReviewStatus.SCORING,
      shortlistSize: options.shortlistSize,
      evaluatorsPerNomination: evaluators.length,
      rules: {
        method: AggregationMethod.MEAN,
        trimMinScores: 5,
        normalizePerEvaluator: false,
        tieBreakers: [{ kind: TieBreakerKind.NOMINATOR_ORDER }],
      },
      rulesVersion: 1,
      rulesFrozenAt: new Date(),
      categoryCaps: options.categoryCaps ?? {},
      commendingAgencyIds: options.commendingAgencyIds ?? [],
      shortlistVersion: 0,
      publicityWorkingDays: 5,
    });
    await tx
      .getRepository(Criterion)
      .insert({ id: criterionId, reviewId, name: '工作成效', weight: 1, maxScore: 100, taskArea: null, categories: [], sortOrder: 1 });
    await tx.getRepository(ReviewNomination).insert(
      nominationIds.map((nominationId, i) => ({
        reviewId,
        nominationId,
        category: options.categories[i]!,
        position: i + 1,
        nomineeOrganizationId: newId(),
        nomineePersonId: null,
        nominatorOrganizationId: newId(),
        nomineeLineage: [],
        nominatorLineage: [],
      })),
    );
    for (const [n, nominationId] of nominationIds.entries()) {
      for (const [e, evaluator] of evaluators.entries()) {
        await tx.getRepository(EvaluatorAssignment).insert({
          reviewId,
          nominationId,
          evaluatorAccountId: evaluator.accountId,
          evaluatorUsername: evaluator.username,
          evaluatorOrganizationId: evaluator.organizationId,
          recusedAt: null,
          recusalReason: null,
        });
        const value = options.marks[n]![e];
        if (value !== null && value !== undefined) {
          await tx.getRepository(Score).insert({
            reviewId,
            nominationId,
            evaluatorAccountId: evaluator.accountId,
            criterionId,
            value,
            comment: null,
            submittedAt: new Date(),
          });
        }
      }
    }
  });
  return { reviewId, nominationIds, criterionId, evaluators };
}

/**
 * Waits until `waiters` sessions wait, directly or behind one another, for a lock `holder` holds:
 * how a test knows the operations it started have reached that lock. Gives up quietly after
 * `timeoutMs` (code that no longer needs the lock never waits for it).
 */
export async function waitForLockWaiter(dataSource: DataSource, holder: QueryRunner, waiters = 1, timeoutMs = 3000): Promise<void> {
  const [{ pid }] = await holder.query('SELECT pg_backend_pid() AS pid');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const blocked: { pid: number; by: number[] }[] = await dataSource.query(
      'SELECT pid, pg_blocking_pids(pid) AS by FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0',
    );
    const behind = new Set<number>([pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const b of blocked) {
        if (!behind.has(b.pid) && b.by.some((p) => behind.has(p))) {
          behind.add(b.pid);
          grew = true;
        }
      }
    }
    if (behind.size - 1 >= waiters) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Ranks a review through the API as the admin client does: starts the ranking job, follows it to
 * its end, then reads the ranked list. A refusal, at once or by the job, comes back as `errors`
 * with its code, as before ranking became a job.
 */
export async function rankReview(
  execute: TestExecute,
  reviewId: string,
  identity: Identity,
  fields = 'id',
): Promise<TestResult<{ computeRanking: any[] }>> {
  const started = await execute<{ computeRanking: { id: string } }>(
    `mutation ($r: ID!) { computeRanking(reviewId: $r) { id } }`,
    { r: reviewId },
    identity,
  );
  if (started.errors) return started as never;
  const job = await waitForJob(execute, 'evaluation', started.data!.computeRanking.id, identity);
  if (job.error) return { errors: [{ message: job.error.message, extensions: { code: job.error.code } }] };
  const page = await execute<{ review: { results: { nodes: any[] } } }>(
    `query ($r: ID!) { review(id: $r) { results(first: 100) { nodes { ${fields} } } } }`,
    { r: reviewId },
    identity,
  );
  return { data: page.data ? { computeRanking: page.data.review.results.nodes } : null, errors: page.errors };
}
