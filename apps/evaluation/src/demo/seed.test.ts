import { createLogger, stableId } from '@ronghe/kit';
import { demoCaller } from '@ronghe/kit/testing';
import { DEMO_CYCLE_YEAR, demoAccounts } from '@ronghe/demo';
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
});
