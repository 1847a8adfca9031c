import { newId } from '@ronghe/kit';
import { ErrorCode, type Identity, Role, TypicalCategory } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalTestbed, type ReviewFixture, seedScoringReview, waitForLockWaiter, rankReview } from '../testing.js';

const admin: Identity = { accountId: newId(), username: 'admin', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };
const agency = newId();
const approver: Identity = { accountId: newId(), username: 'approver', organizationId: agency, roles: [Role.APPROVER] };
const { EMPLOYER } = TypicalCategory;

let bed: Awaited<ReturnType<typeof openLocalTestbed>>;
beforeAll(async () => {
  bed = await openLocalTestbed();
});
afterAll(() => bed?.close());

const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const COMPUTE = 'nomination { id } aggregateScore rank outcome';
const REVIEW = `query ($id: ID!) { review(id: $id) { status shortlistVersion approvals { shortlistVersion voidedAt } results(first: 20) { nodes { nomination { id } aggregateScore rank outcome } } } }`;
const review = async (id: string) => (await bed.execute(REVIEW, { id }, admin)).data!.review;
const shortlisted = async (f: ReviewFixture) =>
  (await review(f.reviewId)).results.nodes
    .filter((r: { outcome: string }) => r.outcome === 'SHORTLISTED')
    .map((r: { nomination: { id: string } }) => f.nominationIds.indexOf(r.nomination.id))
    .sort();

describe('computing the ranking', () => {
  it("counts each evaluator's marks as last submitted, not a reopened or a saved one", async () => {
    // Two evaluators; the second's marks are given through the API, not seeded.
    const f = await seedScoringReview(bed.db.dataSource, {
      categories: [EMPLOYER, EMPLOYER, EMPLOYER],
      marks: [
        [60, null],
        [70, null],
        [80, null],
      ],
      shortlistSize: 1,
    });
    const evaluator = f.evaluators[1]!;
    const save = async (n: number, value: number, submit: boolean) => {
      const saved = await bed.execute(
        `mutation ($r: ID!, $n: ID!, $c: ID!, $v: Float!, $s: Boolean!) {
           saveScores(reviewId: $r, nominationId: $n, scores: [{ criterionId: $c, value: $v }], submit: $s) { value } }`,
        { r: f.reviewId, n: f.nominationIds[n], c: f.criterionId, v: value, s: submit },
        evaluator,
      );
      expect(saved.errors).toBeUndefined();
    };
    const reopen = async (n: number) => {
      const reopened = await bed.execute(
        `mutation ($r: ID!, $n: ID!, $e: ID!) { reopenScores(reviewId: $r, nominationId: $n, evaluatorAccountId: $e, reason: "评分录入有误") }`,
        { r: f.reviewId, n: f.nominationIds[n], e: evaluator.accountId },
        admin,
      );
      expect(reopened.errors).toBeUndefined();
    };
    await save(0, 100, true);
    await reopen(0);
    await save(0, 40, true); // submitted again, changed: counted as 40
    await save(1, 90, true);
    await reopen(1); // reopened and left: not counted
    await save(2, 10, false); // saved, never submitted: not counted
    const ranked = await rankReview(bed.execute, f.reviewId, admin, 'nomination { id } aggregateScore');
    expect(ranked.errors).toBeUndefined();
    const aggregates = f.nominationIds.map(
      (id) => ranked.data!.computeRanking.find((r: { nomination: { id: string } }) => r.nomination.id === id).aggregateScore,
    );
    expect(aggregates).toEqual([50, 70, 80]);
  });

  it('does not rank over a list whose approval completed while it waited', async () => {
    const f = await seedScoringReview(bed.db.dataSource, {
      categories: [EMPLOYER, EMPLOYER, EMPLOYER],
      marks: [[90], [80], [70]],
      shortlistSize: 2,
      commendingAgencyIds: [agency],
    });
    expect((await rankReview(bed.execute, f.reviewId, admin, COMPUTE)).errors).toBeUndefined();
    // The last agency's approval, in flight: the review row is locked and the list marked approved, not yet committed.
    const approval = bed.db.dataSource.createQueryRunner();
    await approval.connect();
    await approval.startTransaction();
    try {
      await approval.query('SELECT 1 FROM review WHERE id = $1 FOR UPDATE', [f.reviewId]);
      await approval.query(
        `INSERT INTO approval (id, review_id, agency_organization_id, approver_account_id, approver_username, shortlist_version, approved_at) VALUES ($1, $2, $3, $4, 'approver', 1, now())`,
        [newId(), f.reviewId, agency, approver.accountId],
      );
      await approval.query(`UPDATE review SET status = 'APPROVED' WHERE id = $1`, [f.reviewId]);
      const recompute = rankReview(bed.execute, f.reviewId, admin, COMPUTE);
      await waitForLockWaiter(bed.db.dataSource, approval);
      await approval.commitTransaction();
      expect(code(await recompute)).toBe(ErrorCode.REVIEW_NOT_SCORING);
    } finally {
      await approval.release();
    }
    // The approved list stands: same version, its approval in force.
    expect(await review(f.reviewId)).toMatchObject({
      status: 'APPROVED',
      shortlistVersion: 1,
      approvals: [{ shortlistVersion: 1, voidedAt: null }],
    });
  });

  it('raises the list version and voids the approvals given so far', async () => {
    const f = await seedScoringReview(bed.db.dataSource, {
      categories: [EMPLOYER, EMPLOYER],
      marks: [[90], [80]],
      shortlistSize: 1,
      commendingAgencyIds: [agency, newId()],
    });
    await rankReview(bed.execute, f.reviewId, admin, COMPUTE);
    await bed.execute(`mutation ($r: ID!) { approveShortlist(reviewId: $r, shortlistVersion: 1) { status } }`, { r: f.reviewId }, approver);
    expect((await rankReview(bed.execute, f.reviewId, admin, COMPUTE)).errors).toBeUndefined();
    const after = await review(f.reviewId);
    expect(after).toMatchObject({ status: 'RANKED', shortlistVersion: 2 });
    expect(after.approvals.every((a: { voidedAt: string | null }) => a.voidedAt !== null)).toBe(true);
  });

  it('refuses to recompute once the office changed the list, keeping the change', async () => {
    const f = await seedScoringReview(bed.db.dataSource, {
      categories: [EMPLOYER, EMPLOYER, EMPLOYER],
      marks: [[90], [80], [70]],
      shortlistSize: 2,
    });
    await rankReview(bed.execute, f.reviewId, admin, COMPUTE);
    const CHANGE = `mutation ($r: ID!, $n: ID!, $i: Boolean!) { changeShortlist(reviewId: $r, nominationId: $n, include: $i, reason: "材料核实有误") { status } }`;
    expect((await bed.execute(CHANGE, { r: f.reviewId, n: f.nominationIds[1], i: false }, admin)).errors).toBeUndefined();
    expect(await shortlisted(f)).toEqual([0]);
    const again = await rankReview(bed.execute, f.reviewId, admin, COMPUTE);
    expect(again.errors?.[0]).toMatchObject({
      message: expect.stringContaining('不能重新计算排名'),
      extensions: { code: ErrorCode.LIST_HAS_DECISIONS },
    });
    expect(await shortlisted(f)).toEqual([0]);
  });

  it('counts only the marks of evaluators still assigned and not recused', async () => {
    // Three evaluators; the third marked the first nomination 0, then declared a conflict.
    const f = await seedScoringReview(bed.db.dataSource, {
      categories: [EMPLOYER, EMPLOYER],
      marks: [
        [90, 90, 0],
        [80, 80, 80],
      ],
      shortlistSize: 1,
    });
    const recused = await bed.execute(
      `mutation ($r: ID!, $n: ID!) { recuseFromNomination(reviewId: $r, nominationId: $n, reason: "与被推荐单位负责人系亲属") { recusedAt } }`,
      { r: f.reviewId, n: f.nominationIds[0] },
      f.evaluators[2]!,
    );
    expect(recused.errors).toBeUndefined();
    const ranked = await rankReview(bed.execute, f.reviewId, admin, `${COMPUTE} scoreSheet`);
    expect(ranked.errors).toBeUndefined();
    const byIndex = (i: number) =>
      ranked.data!.computeRanking.find((r: { nomination: { id: string } }) => r.nomination.id === f.nominationIds[i]);
    expect(byIndex(0)).toMatchObject({ aggregateScore: 90, rank: 1, outcome: 'SHORTLISTED' });
    expect(byIndex(1)).toMatchObject({ aggregateScore: 80, rank: 2, outcome: 'NOT_SHORTLISTED' });
    // The sheet as the office reads it: the row's own arithmetic, with the rubric and rules every
    // row shares (stored once, with the review, not in each row).
    const [{ sheet: stored }] = await bed.db.dataSource.query('SELECT sheet FROM nomination_result WHERE nomination_id = $1', [
      f.nominationIds[0],
    ]);
    expect(Object.keys(stored).sort()).toEqual(['aggregate', 'criterionMeans', 'decidedBy', 'evaluators', 'nominationId', 'rank', 'tied']);
    const sheet = byIndex(0).scoreSheet;
    expect(sheet).toMatchObject({
      nominationId: f.nominationIds[0],
      aggregate: 90,
      rank: 1,
      evaluators: [
        { evaluatorId: expect.any(String), total: 90, dropped: false },
        { evaluatorId: expect.any(String), total: 90, dropped: false },
      ],
      method: 'MEAN',
      rulesVersion: 1,
      criteria: [{ name: '工作成效', weight: 1, maxScore: 100 }],
    });
    expect(sheet.evaluators).toHaveLength(2);
  });
});
