import { encodeCursor } from '@ronghe/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { nominateAndAccept, openCycleNow, rankReview } from '../support/cycle.js';
import { gateway, gatewayData, login, unitIdByName } from '../support/graphql.js';

const PAGE = /* GraphQL */ `
  fragment Page on AuditActConnection {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id service occurredAt action subjectType subjectId detail actor { id displayName unit { name } } }
  }`;
const AUDIT = /* GraphQL */ `
  query ($first: Int!, $after: String, $actor: ID, $actions: [String!], $subject: ID, $from: DateTimeISO) {
    organizationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from) { ...Page }
    tasksAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from) { ...Page }
    nominationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from) { ...Page }
    evaluationAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from) { ...Page }
  }
  ${PAGE}`;

interface Act {
  id: string;
  service: string;
  occurredAt: string;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: Record<string, unknown>;
  actor: { id: string; displayName: string; unit: { name: string } | null } | null;
}
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Act[] };

/** The four subgraphs' acts merged newest first, as the admin client's audit view shows them. */
async function audit(token: string, filter: Record<string, unknown>, first = 100, after?: string): Promise<Act[]> {
  const data = await gatewayData<Record<string, Page>>(AUDIT, { first, after, ...filter }, token);
  return Object.values(data)
    .flatMap((page) => page.nodes)
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id))
    .slice(0, first);
}

let admin: string;
let since: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  since = new Date(Date.now() - 1000).toISOString();
  admin = await login('admin');
  const operator = await login('operator');
  const evaluator = await login('evaluator');
  for (const [name, token] of Object.entries({ admin, operator, evaluator })) {
    ids[name] = (await gatewayData('{ me { id } }', {}, token)).me.id;
  }
  const unitId = (name: string) => unitIdByName(name, admin);

  // A progress report goes back to the unit with a reason.
  const { organizations } = await gatewayData(
    `{ organizations(search: "十八里河镇", first: 1) { nodes { assignments(first: 50) { nodes { id task { code reportPeriod indicators { id } document { validity } } } } } } }`,
    {},
    operator,
  );
  const assignment = organizations.nodes[0].assignments.nodes.find(
    (a: { task: { code: string; document: { validity: string } } }) => a.task.code === '三' && a.task.document.validity === 'VALID',
  );
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const period =
    assignment.task.reportPeriod === 'MONTHLY' ? today.slice(0, 7) : `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
  const report = (
    await gatewayData(
      `mutation ($input: SubmitReportInput!) { submitProgressReport(input: $input) { id version } }`,
      { input: { assignmentId: assignment.id, period, summary: '开展流动人口服务宣传活动。' } },
      operator,
    )
  ).submitProgressReport;
  ids.report = report.id;
  const returned = (
    await gatewayData(
      `mutation ($id: ID!, $v: Int!) { returnProgressReport(id: $id, version: $v, reason: "请补充活动照片") { id version } }`,
      { id: report.id, v: report.version },
      admin,
    )
  ).returnProgressReport;
  // Corrected and sent again, it is accepted.
  const resubmitted = (
    await gatewayData(
      `mutation ($input: ResubmitReportInput!) { resubmitProgressReport(input: $input) { id version } }`,
      { input: { id: returned.id, version: returned.version, summary: '开展流动人口服务宣传活动,附活动照片。' } },
      operator,
    )
  ).resubmitProgressReport;
  await gatewayData(
    `mutation ($id: ID!, $v: Int!) { acceptProgressReport(id: $id, version: $v) { id } }`,
    { id: resubmitted.id, v: resubmitted.version },
    admin,
  );

  // A small year: one nomination, frozen, reviewed by one evaluator, approved, published, final.
  const cycleId = await openCycleNow(admin, 2040);
  ids.cycle = cycleId;
  ids.nomination = await nominateAndAccept(
    {
      cycleId,
      category: 'EMPLOYER',
      nomineeOrganizationId: await unitId('郑州宇通物流有限公司'),
      nominatorOrganizationId: await unitId('十八里河镇'),
      deeds: '为外来务工人员提供技能培训和住房保障,成效显著。',
    },
    operator,
    admin,
  );
  // A draft's material: a file uploaded by mistake and deleted again, both on the record.
  ids.draft = (
    await gatewayData(
      `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { id } }`,
      {
        input: {
          cycleId,
          category: 'COMMUNITY',
          nomineeOrganizationId: await unitId('十八里河社区'),
          nominatorOrganizationId: await unitId('十八里河镇'),
          deeds: '社区网格员走访登记流动人口,组织新市民融入活动。',
        },
      },
      operator,
    )
  ).createNomination.id;
  const attachment = (
    await gatewayData(
      `mutation ($n: ID!, $c: String!) { addNominationAttachment(nominationId: $n, fileName: "误传的照片.png", mimeType: "image/png", contentBase64: $c) { id } }`,
      { n: ids.draft, c: Buffer.from('not really a picture').toString('base64') },
      operator,
    )
  ).addNominationAttachment;
  await gatewayData(`mutation ($id: ID!) { removeNominationAttachment(id: $id) { id } }`, { id: attachment.id }, operator);
  const { version } = (await gatewayData(`query ($id: ID!) { nominationCycle(id: $id) { version } }`, { id: cycleId }, admin))
    .nominationCycle;
  await gatewayData(
    `mutation ($id: ID!, $v: Int!) { advanceNominationCycle(id: $id, version: $v, to: CLOSED, reason: "测试:提前截止进入评审") { id } }`,
    { id: cycleId, v: version },
    admin,
  );
  const reviewId = (
    await gatewayData(
      `mutation ($input: CreateReviewInput!) { createReview(input: $input) { id } }`,
      { input: { cycleId, year: 2040, shortlistSize: 1, evaluatorsPerNomination: 1 } },
      admin,
    )
  ).createReview.id;
  ids.review = reviewId;
  const criteria = (
    await gatewayData(
      `mutation ($r: ID!) { setReviewCriteria(reviewId: $r, criteria: [{ name: "工作成效", weight: 100, maxScore: 10 }]) { id } }`,
      { r: reviewId },
      admin,
    )
  ).setReviewCriteria;
  await gatewayData(
    `mutation ($r: ID!, $rules: ReviewRulesInput!) { setReviewRules(reviewId: $r, rules: $rules) { id } }`,
    { r: reviewId, rules: { method: 'MEAN', trimMinScores: 3, normalizePerEvaluator: false, tieBreakers: [] } },
    admin,
  );
  await gatewayData(`mutation ($r: ID!) { startReviewScoring(reviewId: $r) { id } }`, { r: reviewId }, admin);
  await gatewayData(`mutation ($r: ID!) { assignEvaluators(reviewId: $r) { nominationId } }`, { r: reviewId }, admin);
  await gatewayData(
    `mutation ($r: ID!, $n: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, nominationId: $n, scores: $s, submit: true) { submittedAt } }`,
    { r: reviewId, n: ids.nomination, s: [{ criterionId: criteria[0].id, value: 9 }] },
    evaluator,
  );
  await rankReview(reviewId, admin);
  const { review } = await gatewayData(`query ($id: ID!) { review(id: $id) { shortlistVersion } }`, { id: reviewId }, admin);
  for (const approver of ['approver-hrss', 'approver-hfpc']) {
    await gatewayData(
      `mutation ($r: ID!, $v: Int!) { approveShortlist(reviewId: $r, shortlistVersion: $v) { status } }`,
      { r: reviewId, v: review.shortlistVersion },
      await login(approver),
    );
  }
  await gatewayData(
    `mutation ($r: ID!) { startPublicity(reviewId: $r, startDate: "2026-11-02", paperReason: "测试:已于 11 月 2 日在区政府公告栏张贴") { id } }`,
    { r: reviewId },
    admin,
  );
  await gatewayData(`mutation ($r: ID!) { finalizeCommendation(reviewId: $r) { status } }`, { r: reviewId }, admin);
});

describe('one audit view over the four subgraphs', () => {
  it('lists every accountable act of the year, with who did it by name and unit', async () => {
    const acts = await audit(admin, { from: since });
    const actions = acts.map((a) => a.action);
    for (const expected of [
      'sign-in',
      'report.submit',
      'report.return',
      'report.resubmit',
      'report.accept',
      'cycle.open',
      'nomination.attachment-add',
      'nomination.attachment-remove',
      'nomination.accepted',
      'cycle.freeze',
      'review.create',
      'review.criteria',
      'review.rules',
      'review.start-scoring',
      'panel.auto-assign',
      'score.submit',
      'review.rank',
      'shortlist.approve',
      'publicity.start',
      'review.finalize',
    ]) {
      expect(actions, expected).toContain(expected);
    }
    // Newest first: the finalisation heads the list, the first sign-in ends it.
    expect(acts[0]).toMatchObject({ action: 'review.finalize', service: 'evaluation', subjectId: ids.review });
    const returned = acts.find((a) => a.action === 'report.return')!;
    expect(returned).toMatchObject({ service: 'tasks', subjectId: ids.report, detail: { reason: '请补充活动照片' } });
    expect(returned.actor).toMatchObject({ id: ids.admin, displayName: expect.any(String), unit: { name: expect.any(String) } });
    // The deleted file, and the 公示 recorded as posted on paper with its reason.
    expect(acts.find((a) => a.action === 'nomination.attachment-remove')).toMatchObject({
      service: 'nominations',
      subjectId: ids.draft,
      detail: { fileName: '误传的照片.png' },
      actor: { id: ids.operator },
    });
    expect(acts.find((a) => a.action === 'publicity.start')).toMatchObject({
      service: 'evaluation',
      subjectId: ids.review,
      detail: { start: '2026-11-02', paperReason: '测试:已于 11 月 2 日在区政府公告栏张贴' },
    });
    const scored = acts.find((a) => a.action === 'score.submit')!;
    expect(scored.actor?.id).toBe(ids.evaluator);
    // People by display name, never by login name.
    for (const act of acts) expect(act.actor?.displayName).not.toMatch(/^(admin|operator|evaluator|approver-\w+)$/);
    const approvals = acts.filter((a) => a.action === 'shortlist.approve').map((a) => a.actor?.unit?.name);
    expect(approvals.sort()).toEqual(['区人力资源和社会保障局', '区人口和计划生育委员会']);
  });

  it('filters by who, what, which record and when', async () => {
    const byEvaluator = await audit(admin, { from: since, actor: ids.evaluator });
    expect(new Set(byEvaluator.map((a) => a.action))).toEqual(new Set(['sign-in', 'score.submit']));
    const freezes = await audit(admin, { actions: ['cycle.freeze'], subject: ids.cycle });
    expect(freezes).toHaveLength(1);
    expect(freezes[0]).toMatchObject({ service: 'nominations', subjectType: 'NominationCycle', actor: { id: ids.admin } });
    const ofReview = await audit(admin, { subject: ids.review });
    expect(ofReview.every((a) => a.subjectId === ids.review && a.service === 'evaluation')).toBe(true);
    expect(ofReview.at(-1)?.action).toBe('review.create');
    const future = await audit(admin, { from: new Date(Date.now() + 3600_000).toISOString() });
    expect(future).toEqual([]);
  });

  it('pages the merged view with one cursor shared by all four subgraphs', async () => {
    const all = await audit(admin, { from: since });
    const pages: Act[] = [];
    let after: string | undefined;
    for (let i = 0; i < 100 && pages.length < all.length; i += 1) {
      const page = await audit(admin, { from: since }, 3, after);
      if (page.length === 0) break;
      pages.push(...page);
      const last = page.at(-1)!;
      after = encodeCursor([last.occurredAt, last.id]);
    }
    expect(pages.map((a) => a.id)).toEqual(all.map((a) => a.id));
  });

  it('is the office’s: a unit operator is refused', async () => {
    const { errors } = await gateway(AUDIT, { first: 5 }, await login('operator'));
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
