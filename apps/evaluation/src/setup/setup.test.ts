import { demoCaller } from '@ronghe/kit/testing';
import { newId, stableId } from '@ronghe/kit';
import { DEMO_CYCLE_YEAR } from '@ronghe/demo';
import { ErrorCode, type Identity, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed, waitForLockWaiter, rankReview } from '../testing.js';

const unit = (name: string) => stableId('organization', name);
const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
// The demo evaluator (区财政局) and three more, none in a nominee's or nominator's jurisdiction.
const PANEL = [
  ['evaluator', '区财政局'],
  ['eval.edu', '区教育体育局'],
  ['eval.civil', '区民政局'],
  ['eval.health', '区卫生局'],
] as const;
const accountIds = new Map<string, string>([['evaluator', stableId('account', 'evaluator')]]);
const evaluator = (username: string): Identity => {
  const [, unitName] = PANEL.find(([u]) => u === username)!;
  return { accountId: accountIds.get(username)!, username, organizationId: unit(unitName), roles: [Role.EVALUATOR] };
};

let bed: Awaited<ReturnType<typeof openTestbed>>;
let reviewId: string;
let criterionId: string;
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const ok = async (query: string, variables: Record<string, unknown>, identity: Identity = admin) => {
  const result = await bed.execute(query, variables, identity);
  expect(result.errors).toBeUndefined();
  return result.data!;
};

beforeAll(async () => {
  bed = await openTestbed();
  for (const [username, unitName] of PANEL.slice(1)) {
    const { createAccount } = await bed.organizations<{ createAccount: { id: string } }>(
      `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }`,
      { input: { username, displayName: username, organizationId: unit(unitName), roles: ['EVALUATOR'], password: 'Panel2026ab' } },
      admin,
    );
    accountIds.set(username, createAccount.id);
  }
}, 180_000);
afterAll(() => bed?.close());

describe('creating a review', () => {
  const CREATE = `mutation ($input: CreateReviewInput!) { createReview(input: $input) { id } }`;
  const cycleId = stableId('cycle', String(DEMO_CYCLE_YEAR));

  it('answers DUPLICATE, not a server error, to a creation racing another on the same cycle', async () => {
    // The other creation, not yet committed: its row holds the cycle's unique key.
    const other = bed.db.dataSource.createQueryRunner();
    const otherId = newId();
    await other.connect();
    await other.startTransaction();
    let racing: Awaited<ReturnType<typeof bed.execute>>;
    try {
      await other.query(`INSERT INTO review (id, cycle_id, year, title, status) VALUES ($1, $2, $3, '同时建立的评审', 'DRAFT')`, [
        otherId,
        cycleId,
        DEMO_CYCLE_YEAR,
      ]);
      const creation = bed.execute(
        CREATE,
        { input: { cycleId, year: DEMO_CYCLE_YEAR, shortlistSize: 2, evaluatorsPerNomination: 2 } },
        admin,
      );
      await waitForLockWaiter(bed.db.dataSource, other, 1, 10_000);
      await other.commitTransaction();
      racing = await creation;
    } finally {
      await other.release();
    }
    // The rest of this file works on a review created the ordinary way.
    await bed.db.dataSource.query('DELETE FROM review WHERE id = $1', [otherId]);
    expect(racing.errors?.[0]).toMatchObject({ message: '该年度的评审已存在', extensions: { code: ErrorCode.DUPLICATE } });
  });

  const reviewsOfCycle = async () => (await bed.db.dataSource.query('SELECT id FROM review WHERE cycle_id = $1', [cycleId])).length;

  it('refuses a trimmed mean that needs more marks than the panel gives, creating nothing', async () => {
    const input = { cycleId, year: DEMO_CYCLE_YEAR, shortlistSize: 2, evaluatorsPerNomination: 3 };
    const trimmed = { method: 'TRIMMED_MEAN', trimMinScores: 5, normalizePerEvaluator: false, tieBreakers: [] };
    const refused = await bed.execute(CREATE, { input: { ...input, rules: trimmed } }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'method' });
    expect(refused.errors?.[0]?.message).toContain('至少需要 5 份评分,而每个推荐只分配 3 名专家');
    // Four evaluators are still one too few.
    expect(code(await bed.execute(CREATE, { input: { ...input, evaluatorsPerNomination: 4, rules: trimmed } }, admin))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    // A rubric row left blank is named by its place, not refused with a bare field name.
    const blank = await bed.execute(
      CREATE,
      {
        input: {
          ...input,
          criteria: [
            { name: '工作成效', weight: 1, maxScore: 10 },
            { name: ' ', weight: 1, maxScore: 10 },
          ],
        },
      },
      admin,
    );
    expect(blank.errors?.[0]).toMatchObject({
      message: '第 2 项评分细则缺少名称',
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'name' },
    });
    expect(await reviewsOfCycle()).toBe(0);
  });

  it('creates one review per cycle, with its rubric and caps, and rules its panel can carry out', async () => {
    const created = await ok(
      `mutation ($input: CreateReviewInput!) { createReview(input: $input) { id rules { method } categoryCaps criteria { name weight maxScore } } }`,
      {
        input: {
          cycleId,
          year: DEMO_CYCLE_YEAR,
          shortlistSize: 2,
          evaluatorsPerNomination: 2,
          criteria: [
            { name: ' 工作成效 ', weight: 60, maxScore: 10 },
            { name: '示范带动', weight: 40, maxScore: 5 },
          ],
          categoryCaps: { EMPLOYER: 1 },
        },
      },
    );
    // Two evaluators cannot trim a highest and a lowest mark: the default is the plain mean.
    expect(created.createReview).toMatchObject({
      rules: { method: 'MEAN' },
      categoryCaps: { EMPLOYER: 1 },
      criteria: [
        { name: '工作成效', weight: 60, maxScore: 10 },
        { name: '示范带动', weight: 40, maxScore: 5 },
      ],
    });
    reviewId = created.createReview.id;
    expect(code(await bed.execute(CREATE, { input: { cycleId, year: DEMO_CYCLE_YEAR } }, admin))).toBe(ErrorCode.DUPLICATE);
  });
});

describe('the rubric', () => {
  const SET = `mutation ($r: ID!, $c: [CriterionInput!]!) { setReviewCriteria(reviewId: $r, criteria: $c) { id } }`;

  it('refuses a weight or full mark too large to store as bad input', async () => {
    const heavy = await bed.execute(SET, { r: reviewId, c: [{ name: '工作成效', weight: 1_000_000, maxScore: 10 }] }, admin);
    expect(heavy.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'weight' });
    const wide = await bed.execute(SET, { r: reviewId, c: [{ name: '工作成效', weight: 1, maxScore: 100_000 }] }, admin);
    expect(wide.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'maxScore' });
    expect((await ok(SET, { r: reviewId, c: [{ name: '工作成效', weight: 99_999.999, maxScore: 10 }] })).setReviewCriteria).toHaveLength(1);
  });
});

describe('the rules', () => {
  const RULES = `mutation ($r: ID!, $rules: ReviewRulesInput!) { setReviewRules(reviewId: $r, rules: $rules) { id } }`;
  const rules = (tieBreakers: { kind: string; criterionId?: string }[]) => ({
    method: 'MEAN',
    trimMinScores: 5,
    normalizePerEvaluator: false,
    tieBreakers,
  });

  it('refuse a trimmed mean the panel of the review cannot carry out, and keep the rules as they were', async () => {
    const before = (await ok(`query ($id: ID!) { review(id: $id) { rules { method } rulesVersion } }`, { id: reviewId })).review;
    // Two evaluators a nomination: even a trimmed mean of three marks never trims.
    const refused = await bed.execute(RULES, { r: reviewId, rules: { ...rules([]), method: 'TRIMMED_MEAN', trimMinScores: 3 } }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'method' });
    expect(refused.errors?.[0]?.message).toContain('至少需要 3 份评分,而每个推荐只分配 2 名专家');
    expect((await ok(`query ($id: ID!) { review(id: $id) { rules { method } rulesVersion } }`, { id: reviewId })).review).toEqual(before);
    await ok(RULES, { r: reviewId, rules: { ...rules([]), method: 'MEDIAN' } });
  });

  it('do not start scoring on a tie-breaker whose criterion the rubric no longer has', async () => {
    const [old] = (
      await ok(`mutation ($r: ID!) { setReviewCriteria(reviewId: $r, criteria: [{ name: "工作成效", weight: 1, maxScore: 10 }]) { id } }`, {
        r: reviewId,
      })
    ).setReviewCriteria;
    await ok(RULES, { r: reviewId, rules: rules([{ kind: 'CRITERION', criterionId: old.id }]) });
    // The rubric is entered again: its criteria are new.
    await ok(`mutation ($r: ID!) { setReviewCriteria(reviewId: $r, criteria: [{ name: "工作成效", weight: 1, maxScore: 10 }]) { id } }`, {
      r: reviewId,
    });
    const start = await bed.execute(`mutation ($r: ID!) { startReviewScoring(reviewId: $r) { status } }`, { r: reviewId }, admin);
    expect(start.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.TIE_BREAKER_UNRESOLVED, field: 'tieBreakers' });
    expect((await ok(`query ($id: ID!) { review(id: $id) { status } }`, { id: reviewId })).review.status).toBe('DRAFT');
    await ok(RULES, { r: reviewId, rules: rules([]) });
  });
});

describe('assigning evaluators once scoring has started', () => {
  const ASSIGN = `mutation ($r: ID!) { assignEvaluators(reviewId: $r) { nominationId evaluatorUsername recusedAt } }`;
  const BOARD = `query ($r: ID!) { assignmentBoard(reviewId: $r) { nominationId assigned { evaluatorUsername recusedAt recusalReason scores { value submittedAt } } } }`;
  const board = async () =>
    (await ok(BOARD, { r: reviewId })).assignmentBoard as {
      nominationId: string;
      assigned: {
        evaluatorUsername: string;
        recusedAt: string | null;
        recusalReason: string | null;
        scores: { submittedAt: string | null }[];
      }[];
    }[];

  it('keeps recusals and marked assignments, topping up the rest to K', async () => {
    criterionId = (
      await ok(`mutation ($r: ID!) { setReviewCriteria(reviewId: $r, criteria: [{ name: "工作成效", weight: 1, maxScore: 10 }]) { id } }`, {
        r: reviewId,
      })
    ).setReviewCriteria[0].id;
    await ok(`mutation ($r: ID!) { startReviewScoring(reviewId: $r) { status } }`, { r: reviewId });
    await ok(ASSIGN, { r: reviewId });
    // On the first nomination: one evaluator submits, the other declares a conflict.
    const [first] = await board();
    const [marker, recused] = first!.assigned.map((a) => a.evaluatorUsername);
    const n = first!.nominationId;
    await ok(
      `mutation ($r: ID!, $n: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, nominationId: $n, scores: $s, submit: true) { value } }`,
      { r: reviewId, n, s: [{ criterionId, value: 8 }] },
      evaluator(marker!),
    );
    await ok(
      `mutation ($r: ID!, $n: ID!) { recuseFromNomination(reviewId: $r, nominationId: $n, reason: "与被推荐单位负责人系亲属") { recusedAt } }`,
      { r: reviewId, n },
      evaluator(recused!),
    );

    await ok(ASSIGN, { r: reviewId });
    const after = (await board()).find((row) => row.nominationId === n)!.assigned;
    expect(after.find((a) => a.evaluatorUsername === recused)).toMatchObject({
      recusedAt: expect.any(String),
      recusalReason: '与被推荐单位负责人系亲属',
    });
    expect(after.find((a) => a.evaluatorUsername === marker)).toMatchObject({
      recusedAt: null,
      scores: [{ value: 8, submittedAt: expect.any(String) }],
    });
    // K = 2 evaluators still score it: the one who marked it and a newcomer.
    expect(after.filter((a) => a.recusedAt === null)).toHaveLength(2);
    for (const row of await board()) expect(row.assigned.filter((a) => a.recusedAt === null)).toHaveLength(2);
    // Assigning the recused evaluator again by hand does not undo the recusal.
    const again = await bed.execute(
      `mutation ($r: ID!, $n: ID!, $e: ID!) { assignEvaluator(reviewId: $r, nominationId: $n, evaluatorAccountId: $e) { recusedAt } }`,
      { r: reviewId, n, e: accountIds.get(recused!) },
      admin,
    );
    expect(code(again)).toBe(ErrorCode.EVALUATOR_RECUSED);
    expect(
      (await board()).find((row) => row.nominationId === n)!.assigned.find((a) => a.evaluatorUsername === recused)!.recusedAt,
    ).not.toBeNull();
  });

  it('is refused once the review is ranked', async () => {
    expect((await rankReview(bed.execute, reviewId, admin)).errors).toBeUndefined();
    const before = await board();
    expect(code(await bed.execute(ASSIGN, { r: reviewId }, admin))).toBe(ErrorCode.PANEL_CLOSED);
    // Nor, once ranked, does anyone change who scored what by hand or by recusal.
    // An assignment nobody has marked yet: before ranking it could still be taken back.
    const row = before.find((r) => r.assigned.every((a) => a.scores.length === 0));
    const active = row!.assigned.find((a) => a.recusedAt === null)!.evaluatorUsername;
    expect(
      code(
        await bed.execute(
          `mutation ($r: ID!, $n: ID!, $e: ID!) { unassignEvaluator(reviewId: $r, nominationId: $n, evaluatorAccountId: $e) }`,
          { r: reviewId, n: row!.nominationId, e: accountIds.get(active) },
          admin,
        ),
      ),
    ).toBe(ErrorCode.PANEL_CLOSED);
    expect(
      code(
        await bed.execute(
          `mutation ($r: ID!, $n: ID!) { recuseFromNomination(reviewId: $r, nominationId: $n, reason: "事后发现利害关系") { recusedAt } }`,
          { r: reviewId, n: row!.nominationId },
          evaluator(active),
        ),
      ),
    ).toBe(ErrorCode.PANEL_CLOSED);
    expect(await board()).toEqual(before);
  });
});
