import type { TestConnection, TestResult } from '@ronghe/kit/testing';
import { createLogger, stableId } from '@ronghe/kit';
import { openSubgraphTestbed } from '@ronghe/kit/testing';
import { DEMO_CYCLE_YEAR, DEMO_SCORING_YEAR, demoNominations } from '@ronghe/demo';
import { ErrorCode, ResultOutcome, ReviewStatus, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.js';
import { entities, migrations } from '../entities.js';
import { Review } from '../review/review.entity.js';
import { buildSchema } from '../schema.js';
import { JOB_KINDS } from '../jobs/jobs.js';
import { createServices } from '../services.js';
import { createUpstream } from '../upstream/upstream.client.js';
import { NominationResult } from './result.entity.js';

const admin = { accountId: 'a', username: 'admin', organizationId: 'o', roles: [Role.PROGRAM_ADMIN] };

const demoNominationIds = demoNominations.map((n) => stableId('nomination', `${DEMO_CYCLE_YEAR}:${n.category}:${n.nominee}`));
const demoReviewId = stableId('review', String(DEMO_CYCLE_YEAR));

// An earlier review whose results are stored out of rank order, one of them not yet ranked.
const EARLIER_YEAR = DEMO_SCORING_YEAR - 1;
const earlierReviewId = stableId('review', String(EARLIER_YEAR));
const earlierRanks = [3, 1, null, 2, 10, 4];
const earlierResults = earlierRanks.map((rank, i) => ({
  id: stableId('result', `${EARLIER_YEAR}:${i}`),
  reviewId: earlierReviewId,
  nominationId: stableId('nomination', `${EARLIER_YEAR}:${i}`),
  aggregateScore: rank === null ? null : 100 - rank,
  rank,
  outcome: rank === null ? ResultOutcome.PENDING : ResultOutcome.NOT_SHORTLISTED,
}));

let bed: Awaited<ReturnType<typeof openBed>>;

// Results are read from this subgraph's own tables: no peer subgraph is started, and the
// upstream points nowhere, so any call to it would fail loudly.
const openBed = () =>
  openSubgraphTestbed({
    name: 'evaluation',
    entities,
    migrations,
    buildSchema,
    jobKinds: JOB_KINDS,
    createServices: (db) =>
      createServices(
        db.dataSource,
        createUpstream({
          organizationsUrl: 'http://127.0.0.1:9/graphql',
          nominationsUrl: 'http://127.0.0.1:9/graphql',
          secret: 'evaluation-result-test-secret-0123456789',
          timeoutMs: 500,
        }),
        db.jobs!,
      ),
  });

beforeAll(async () => {
  bed = await openBed();
  await seedDemo(bed.db.dataSource, createLogger('test', 'silent'));
  await bed.db.dataSource.getRepository(Review).insert({
    id: earlierReviewId,
    cycleId: stableId('cycle', String(EARLIER_YEAR)),
    year: EARLIER_YEAR,
    title: `${EARLIER_YEAR}年度十类典型考核评审`,
    status: ReviewStatus.FINAL,
  });
  await bed.db.dataSource.getRepository(NominationResult).insert(earlierResults);
});
afterAll(() => bed?.close());

const RESULTS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Nomination { id result { rank aggregateScore outcome nomination { id } } }
    }
  }
`;
const representations = (ids: string[]) => ids.map((id) => ({ __typename: 'Nomination', id }));

describe('Nomination.result', () => {
  it('resolves every demo nomination’s result in one statement, with rank and score as seeded', async () => {
    let result: TestResult<any> | undefined;
    const statements = await bed.db.queries.measure(async () => {
      result = await bed.execute(RESULTS, { representations: representations(demoNominationIds) }, admin);
    });
    expect(result!.errors).toBeUndefined();
    expect(statements).toBe(1);
    // The seed ranks the demo nominations in their listed order, 95 points down in steps of 3.5.
    expect(result!.data!._entities).toEqual(
      demoNominationIds.map((id, index) => ({
        id,
        result: { rank: index + 1, aggregateScore: 95 - index * 3.5, outcome: ResultOutcome.SHORTLISTED, nomination: { id } },
      })),
    );
  });

  it('is null for a nomination the review has no result for', async () => {
    const unreviewed = stableId('nomination', 'not-reviewed');
    let result: TestResult<any> | undefined;
    const statements = await bed.db.queries.measure(async () => {
      result = await bed.execute(RESULTS, { representations: representations([unreviewed, demoNominationIds[0]!]) }, admin);
    });
    expect(result!.errors).toBeUndefined();
    expect(statements).toBe(1);
    expect(result!.data!._entities[0]).toEqual({ id: unreviewed, result: null });
    expect(result!.data!._entities[1].result.rank).toBe(1);
  });

  it('refuses anonymous callers', async () => {
    const { errors } = await bed.execute(RESULTS, { representations: representations(demoNominationIds) }, null);
    expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('reviews', () => {
  const REVIEWS = /* GraphQL */ `
    query ($after: String) { reviews(first: 1, after: $after) { totalCount nodes { id year status } pageInfo { hasNextPage endCursor } } }
  `;

  it('lists the most recent year first, page by page', async () => {
    const years: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { data, errors }: TestResult<any> = await bed.execute(REVIEWS, { after }, admin);
      expect(errors).toBeUndefined();
      expect(data!.reviews.totalCount).toBe(3);
      years.push(...data!.reviews.nodes.map((r: { year: number }) => r.year));
      if (!data!.reviews.pageInfo.hasNextPage) break;
      after = data!.reviews.pageInfo.endCursor;
    }
    expect(years).toEqual([DEMO_CYCLE_YEAR, DEMO_SCORING_YEAR, EARLIER_YEAR]);
  });

  it('is closed to anonymous callers', async () => {
    const { errors } = await bed.execute(REVIEWS, {}, null);
    expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('a review’s results', () => {
  const REVIEW_RESULTS = /* GraphQL */ `
    query ($id: ID!, $first: Int!, $after: String) {
      review(id: $id) { results(first: $first, after: $after) { totalCount nodes { rank nomination { id } } pageInfo { hasNextPage endCursor } } }
    }
  `;

  async function walk(reviewId: string, first: number) {
    const ranks: (number | null)[] = [];
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { data, errors }: TestResult<any> = await bed.execute(REVIEW_RESULTS, { id: reviewId, first, after }, admin);
      expect(errors).toBeUndefined();
      const connection: TestConnection = data!.review.results;
      ranks.push(...connection.nodes.map((n: { rank: number | null }) => n.rank));
      ids.push(...connection.nodes.map((n: { nomination: { id: string } }) => n.nomination.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    return { ranks, ids };
  }

  it('come in rank order', async () => {
    const { data } = await bed.execute(REVIEW_RESULTS, { id: demoReviewId, first: 10 }, admin);
    expect(data!.review.results.totalCount).toBe(demoNominations.length);
    expect(data!.review.results.nodes.map((n: { nomination: { id: string } }) => n.nomination.id)).toEqual(demoNominationIds);
  });

  it('page by rank with a cursor, unranked ones last, none repeated or lost', async () => {
    const demo = await walk(demoReviewId, 3);
    expect(demo.ids).toEqual(demoNominationIds);

    const earlier = await walk(earlierReviewId, 2);
    expect(earlier.ranks).toEqual([1, 2, 3, 4, 10, null]);
    expect([...earlier.ids].sort()).toEqual(earlierResults.map((r) => r.nominationId).sort());
  });
});
