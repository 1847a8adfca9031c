import { createLogger, stableId } from '@ronghe/kit';
import { demoCaller } from '@ronghe/kit/testing';
import { DEMO_CYCLE_YEAR, DEMO_SCORING_YEAR, demoAccounts, demoNominationKey, demoScoringNominations } from '@ronghe/demo';
import { aggregationPanelProblem, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalTestbed } from '../testing.js';
import { seedDemo } from './seed.js';

let bed: Awaited<ReturnType<typeof openLocalTestbed>>;
const reviewId = stableId('review', String(DEMO_CYCLE_YEAR));
const approver = (username: string) => {
  const account = demoAccounts.find((a) => a.username === username)!;
  return demoCaller(username, account.unit, Role.APPROVER);
};

beforeAll(async () => {
  bed = await openLocalTestbed();
  await seedDemo(bed.db.dataSource, createLogger('test', 'silent'));
}, 180_000);
afterAll(() => bed?.close());

describe('the demo year', () => {
  it('has a rubric, and rules its panel can carry out', async () => {
    const { review } = (
      await bed.execute(
        `query ($id: ID!) { review(id: $id) { evaluatorsPerNomination rules { method trimMinScores } criteria { name weight } } }`,
        { id: reviewId },
        approver('approver-hrss'),
      )
    ).data!;
    expect(aggregationPanelProblem(review.rules, review.evaluatorsPerNomination)).toBeNull();
    expect(review.criteria.map((c: { name: string }) => c.name)).toEqual([
      '工作成效',
      '促进就业和权益保障',
      '社区融入和公共服务',
      '示范带动',
    ]);
  });

  it('is approved by both demo approvers, each for the commending agency they belong to', async () => {
    const APPROVE = `mutation ($r: ID!, $v: Int!) { approveShortlist(reviewId: $r, shortlistVersion: $v) { status approvals { approverUsername } } }`;
    const { shortlistVersion } = (
      await bed.execute(`query ($id: ID!) { review(id: $id) { shortlistVersion } }`, { id: reviewId }, approver('approver-hrss'))
    ).data!.review;
    const first = await bed.execute(APPROVE, { r: reviewId, v: shortlistVersion }, approver('approver-hrss'));
    expect(first.errors).toBeUndefined();
    expect(first.data!.approveShortlist.status).toBe('RANKED');
    const second = await bed.execute(APPROVE, { r: reviewId, v: shortlistVersion }, approver('approver-hfpc'));
    expect(second.errors).toBeUndefined();
    expect(second.data!.approveShortlist).toMatchObject({
      status: 'APPROVED',
      approvals: [{ approverUsername: 'approver-hrss' }, { approverUsername: 'approver-hfpc' }],
    });
  });

  it('leaves an earlier year being scored, each of its nominations the demo evaluator’s to score', async () => {
    const evaluator = demoCaller('evaluator', '区财政局', Role.EVALUATOR);
    const scoringReview = stableId('review', String(DEMO_SCORING_YEAR));
    const { data, errors } = await bed.execute(
      `query ($r: ID!) { review(id: $r) { status evaluatorsPerNomination rules { method } criteria { id maxScore } } myAssignments(reviewId: $r) { nominationId recusedAt scores { submittedAt } } }`,
      { r: scoringReview },
      evaluator,
    );
    expect(errors).toBeUndefined();
    expect(data!.review.status).toBe('SCORING');
    expect(aggregationPanelProblem(data!.review.rules, data!.review.evaluatorsPerNomination)).toBeNull();
    const expected = demoScoringNominations.map((n) => stableId('nomination', demoNominationKey(DEMO_SCORING_YEAR, n)));
    expect(data!.myAssignments.map((a: { nominationId: string }) => a.nominationId).sort()).toEqual([...expected].sort());
    expect(data!.myAssignments.every((a: { recusedAt: string | null; scores: unknown[] }) => !a.recusedAt && a.scores.length === 0)).toBe(
      true,
    );
    // And the evaluator can do their part: a sheet is scored and submitted.
    const scores = data!.review.criteria.map((c: { id: string; maxScore: number }) => ({ criterionId: c.id, value: c.maxScore - 1 }));
    const saved = await bed.execute(
      `mutation ($r: ID!, $n: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, nominationId: $n, scores: $s, submit: true) { submittedAt } }`,
      { r: scoringReview, n: expected[0], s: scores },
      evaluator,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveScores.every((s: { submittedAt: string | null }) => s.submittedAt)).toBe(true);
  });
});
