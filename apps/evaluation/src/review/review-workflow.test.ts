import { demoCaller, type TestJob, waitForJob } from '@ronghe/kit/testing';
import { stableId } from '@ronghe/kit';
import { DEMO_CYCLE_YEAR, DEMO_OPEN_YEAR, demoNominations } from '@ronghe/demo';
import { ErrorCode, type Identity, Role } from '@ronghe/types';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed, rankReview } from '../testing.js';

const unit = (name: string) => stableId('organization', name);
const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
const nominationOf = (nominee: string) => {
  const n = demoNominations.find((d) => d.nominee === nominee)!;
  return stableId('nomination', `${DEMO_CYCLE_YEAR}:${n.category}:${n.nominee}`);
};

// The panel: the demo evaluator (区财政局) and four more; one works at 十八里河镇, which nominated two of the four.
const PANEL = [
  ['evaluator', '区财政局'],
  ['eval.edu', '区教育体育局'],
  ['eval.town', '十八里河镇'],
  ['eval.civil', '区民政局'],
  ['eval.health', '区卫生局'],
] as const;
const evaluator = (username: string): Identity => {
  const [, unitName] = PANEL.find(([u]) => u === username)!;
  return { accountId: accountIds.get(username)!, username, organizationId: unit(unitName), roles: [Role.EVALUATOR] };
};
const accountIds = new Map<string, string>([['evaluator', stableId('account', 'evaluator')]]);

let bed: Awaited<ReturnType<typeof openTestbed>>;
let now = new Date('2026-09-20T10:00:00+08:00');
let reviewId: string;
let criteria: { id: string; name: string }[];
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  bed = await openTestbed(() => now);
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

describe('setting up the review', () => {
  it('copies the nominations frozen when the call closed', async () => {
    const created = await bed.execute(
      `mutation ($input: CreateReviewInput!) { createReview(input: $input) { id status rules { method } } }`,
      {
        input: { cycleId: stableId('cycle', String(DEMO_CYCLE_YEAR)), year: DEMO_CYCLE_YEAR, shortlistSize: 2, evaluatorsPerNomination: 3 },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    // Three evaluators cannot carry out a trimmed mean of five marks: the default is the plain mean.
    expect(created.data!.createReview).toMatchObject({ status: 'DRAFT', rules: { method: 'MEAN' } });
    reviewId = created.data!.createReview.id;
  });

  it('sets the rubric and rules, then freezes them when scoring starts', async () => {
    const set = await bed.execute(
      `mutation ($r: ID!, $c: [CriterionInput!]!) { setReviewCriteria(reviewId: $r, criteria: $c) { id name } }`,
      {
        r: reviewId,
        c: [
          { name: '工作成效', weight: 60, maxScore: 10, taskArea: 'EMPLOYMENT' },
          { name: '示范带动', weight: 40, maxScore: 5 },
        ],
      },
      admin,
    );
    criteria = set.data!.setReviewCriteria;
    const rules = await bed.execute(
      `mutation ($r: ID!, $rules: ReviewRulesInput!) { setReviewRules(reviewId: $r, rules: $rules) { rules { method } } }`,
      {
        r: reviewId,
        rules: {
          method: 'MEAN',
          trimMinScores: 5,
          normalizePerEvaluator: false,
          tieBreakers: [{ kind: 'CRITERION', criterionId: criteria[0]!.id }],
        },
      },
      admin,
    );
    expect(rules.errors).toBeUndefined();
    await bed.execute(`mutation ($r: ID!) { startReviewScoring(reviewId: $r) { status } }`, { r: reviewId }, admin);
    const late = await bed.execute(
      `mutation ($r: ID!, $c: [CriterionInput!]!) { setReviewCriteria(reviewId: $r, criteria: $c) { id } }`,
      { r: reviewId, c: [{ name: 'x', weight: 1, maxScore: 1 }] },
      admin,
    );
    expect(code(late)).toBe(ErrorCode.RUBRIC_FROZEN);
  });
});

describe('assigning evaluators', () => {
  it('gives every nomination three evaluators, none from the nominee’s or nominator’s jurisdiction, loads within one', async () => {
    const { data, errors } = await bed.execute(
      `mutation ($r: ID!) { assignEvaluators(reviewId: $r) { nominationId evaluatorUsername } }`,
      { r: reviewId },
      admin,
    );
    expect(errors).toBeUndefined();
    const rows: { nominationId: string; evaluatorUsername: string }[] = data!.assignEvaluators;
    const perNomination = new Map<string, string[]>();
    for (const r of rows) perNomination.set(r.nominationId, [...(perNomination.get(r.nominationId) ?? []), r.evaluatorUsername]);
    expect([...perNomination.values()].map((e) => e.length)).toEqual([3, 3, 3, 3]);
    // The township's own evaluator never scores what the township nominated.
    expect(perNomination.get(nominationOf('十八里河镇'))).not.toContain('eval.town');
    expect(perNomination.get(nominationOf('郑州宇通物流有限公司'))).not.toContain('eval.town');
    const loads = PANEL.map(([u]) => rows.filter((r) => r.evaluatorUsername === u).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('shows the conflicts on the board and refuses a conflicting manual assignment', async () => {
    const board = await bed.execute(
      `query ($r: ID!) { assignmentBoard(reviewId: $r) { nominationId conflicted assigned { evaluatorUsername } } }`,
      { r: reviewId },
      admin,
    );
    const township = board.data!.assignmentBoard.find((row: { nominationId: string }) => row.nominationId === nominationOf('十八里河镇'));
    expect(township.conflicted).toEqual(['eval.town']);
    const manual = await bed.execute(
      `mutation ($r: ID!, $n: ID!, $e: ID!) { assignEvaluator(reviewId: $r, nominationId: $n, evaluatorAccountId: $e) { evaluatorUsername } }`,
      { r: reviewId, n: nominationOf('十八里河镇'), e: accountIds.get('eval.town') },
      admin,
    );
    expect(manual.errors?.[0]).toMatchObject({
      message: '「eval.town」所在单位与该推荐存在利害关系,须回避',
      extensions: { code: ErrorCode.CONFLICT_OF_INTEREST },
    });
  });
});

describe('scoring', () => {
  const SAVE = `mutation ($r: ID!, $n: ID!, $s: [ScoreInput!]!, $submit: Boolean!) { saveScores(reviewId: $r, nominationId: $n, scores: $s, submit: $submit) { value submittedAt } }`;
  const marks = (effect: number, example: number) => [
    { criterionId: criteria[0]!.id, value: effect },
    { criterionId: criteria[1]!.id, value: example, comment: '示范作用明显' },
  ];
  const assigned = async (username: string) =>
    (
      await bed.execute(`query ($r: ID!) { myAssignments(reviewId: $r) { nominationId } }`, { r: reviewId }, evaluator(username))
    ).data!.myAssignments.map((a: { nominationId: string }) => a.nominationId);

  it('keeps marks within each criterion’s range and evaluators to their own assignments', async () => {
    const [mine] = await assigned('evaluator');
    expect(code(await bed.execute(SAVE, { r: reviewId, n: mine, s: marks(11, 5), submit: false }, evaluator('evaluator')))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    const all = await assigned('evaluator');
    // Four nominations, three evaluators each among five: every evaluator misses at least one.
    const other = demoNominations.map((d) => nominationOf(d.nominee)).find((n) => !all.includes(n))!;
    expect(code(await bed.execute(SAVE, { r: reviewId, n: other, s: marks(5, 5), submit: false }, evaluator('evaluator')))).toBe(
      ErrorCode.FORBIDDEN,
    );
  });

  it('locks submitted marks until the office reopens them, on the record', async () => {
    const [mine] = await assigned('eval.edu');
    const draft = await bed.execute(SAVE, { r: reviewId, n: mine, s: marks(6, 3), submit: false }, evaluator('eval.edu'));
    expect(draft.data!.saveScores.every((s: { submittedAt: string | null }) => s.submittedAt === null)).toBe(true);
    const submitted = await bed.execute(SAVE, { r: reviewId, n: mine, s: marks(7, 3), submit: true }, evaluator('eval.edu'));
    expect(submitted.data!.saveScores.every((s: { submittedAt: string | null }) => s.submittedAt !== null)).toBe(true);
    expect(code(await bed.execute(SAVE, { r: reviewId, n: mine, s: marks(9, 3), submit: true }, evaluator('eval.edu')))).toBe(
      ErrorCode.SCORE_ALREADY_SUBMITTED,
    );
    await bed.execute(
      `mutation ($r: ID!, $n: ID!, $e: ID!) { reopenScores(reviewId: $r, nominationId: $n, evaluatorAccountId: $e, reason: "专家申请更正笔误") }`,
      { r: reviewId, n: mine, e: accountIds.get('eval.edu') },
      admin,
    );
    expect((await bed.execute(SAVE, { r: reviewId, n: mine, s: marks(7, 3), submit: true }, evaluator('eval.edu'))).errors).toBeUndefined();
  });

  it('ranks on submitted scores by the frozen rules, and explains each result to the office only', async () => {
    // Everyone submits: the township gets 10/5 from all, the company 8/4, the community 6/3, the school 4/2.
    const value: Record<string, [number, number]> = {
      [nominationOf('十八里河镇')]: [10, 5],
      [nominationOf('郑州宇通物流有限公司')]: [8, 4],
      [nominationOf('二里岗社区')]: [6, 3],
      [nominationOf('管城区外来务工人员职业培训学校')]: [4, 2],
    };
    for (const [username] of PANEL) {
      const reopenIfNeeded = username === 'eval.edu';
      for (const n of await assigned(username)) {
        if (reopenIfNeeded) {
          await bed.execute(
            `mutation ($r: ID!, $n: ID!, $e: ID!) { reopenScores(reviewId: $r, nominationId: $n, evaluatorAccountId: $e, reason: "统一重评") }`,
            { r: reviewId, n, e: accountIds.get(username) },
            admin,
          );
        }
        const result = await bed.execute(SAVE, { r: reviewId, n, s: marks(...value[n]!), submit: true }, evaluator(username));
        expect(result.errors).toBeUndefined();
      }
    }
    const progress = await bed.execute(
      `query ($r: ID!) { reviewProgress(reviewId: $r) { username assigned submitted } }`,
      { r: reviewId },
      admin,
    );
    for (const p of progress.data!.reviewProgress) expect(p.submitted).toBe(p.assigned);

    const ranked = await rankReview(bed.execute, reviewId, admin, 'nomination { id } aggregateScore rank outcome');
    expect(ranked.errors).toBeUndefined();
    const byNomination = Object.fromEntries(ranked.data!.computeRanking.map((r: { nomination: { id: string } }) => [r.nomination.id, r]));
    expect(byNomination[nominationOf('十八里河镇')]).toMatchObject({ aggregateScore: 100, rank: 1, outcome: 'SHORTLISTED' });
    expect(byNomination[nominationOf('郑州宇通物流有限公司')]).toMatchObject({ aggregateScore: 80, rank: 2, outcome: 'SHORTLISTED' });
    expect(byNomination[nominationOf('二里岗社区')]).toMatchObject({ aggregateScore: 60, rank: 3, outcome: 'NOT_SHORTLISTED' });

    const reference = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Nomination { result { rank scoreSheet } } } }`;
    const representations = [{ __typename: 'Nomination', id: nominationOf('十八里河镇') }];
    const asAdmin = await bed.execute(reference, { r: representations }, admin);
    expect(asAdmin.data!._entities[0].result.scoreSheet).toMatchObject({ aggregate: 100, rank: 1, evaluators: expect.any(Array) });
    expect(asAdmin.data!._entities[0].result.scoreSheet.evaluators).toHaveLength(3);
    // Before 公示 an evaluator reads no result at all (results by stage): null, not an error.
    const asEvaluator = await bed.execute(reference, { r: representations }, evaluator('evaluator'));
    expect(asEvaluator.errors).toBeUndefined();
    expect(asEvaluator.data!._entities[0].result).toBeNull();
  });
});

describe('joint approval, publicity and objections', () => {
  const hrss = demoCaller('approver-hrss', '区人力资源和社会保障局', Role.APPROVER);
  const hfpc = demoCaller('approver-hfpc', '区人口和计划生育委员会', Role.APPROVER);
  const stranger: Identity = { ...hrss, accountId: stableId('account', 'approver-x'), organizationId: unit('区财政局') };
  const REVIEW = `query ($id: ID!) { review(id: $id) { status shortlistVersion publicityStarts publicityEnds approvals { approverUsername voidedAt } } }`;
  const APPROVE = `mutation ($r: ID!, $v: Int!) { approveShortlist(reviewId: $r, shortlistVersion: $v) { status shortlistVersion } }`;
  const review = async () => (await bed.execute(REVIEW, { id: reviewId }, admin)).data!.review;
  const outcomes = async () => {
    const { data } = await bed.execute(
      `query ($id: ID!) { review(id: $id) { results(first: 10) { nodes { rank outcome nomination { id } } } } }`,
      { id: reviewId },
      admin,
    );
    return Object.fromEntries(
      data!.review.results.nodes.map((r: { outcome: string; nomination: { id: string } }) => [r.nomination.id, r.outcome]),
    );
  };
  const approveBoth = async () => {
    const { shortlistVersion } = await review();
    expect((await bed.execute(APPROVE, { r: reviewId, v: shortlistVersion }, hrss)).data!.approveShortlist.status).toBe('RANKED');
    expect((await bed.execute(APPROVE, { r: reviewId, v: shortlistVersion }, hfpc)).data!.approveShortlist.status).toBe('APPROVED');
  };

  it('is final only when both commending agencies approved the same version of the list', async () => {
    await bed.execute(
      `mutation ($r: ID!, $a: [ID!]!) { setCommendingAgencies(reviewId: $r, agencyIds: $a) { id } }`,
      { r: reviewId, a: [hrss.organizationId, hfpc.organizationId] },
      admin,
    );
    const { shortlistVersion } = await review();
    expect(code(await bed.execute(APPROVE, { r: reviewId, v: shortlistVersion - 1 }, hrss))).toBe(ErrorCode.STALE_VERSION);
    expect(code(await bed.execute(APPROVE, { r: reviewId, v: shortlistVersion }, stranger))).toBe(ErrorCode.FORBIDDEN);
    expect(code(await bed.execute(APPROVE, { r: reviewId, v: shortlistVersion }, evaluator('evaluator')))).toBe(ErrorCode.FORBIDDEN);
    await approveBoth();
  });

  it('voids the approvals when the office changes the list, with a reason', async () => {
    const CHANGE = `mutation ($r: ID!, $n: ID!, $i: Boolean!, $why: String!) { changeShortlist(reviewId: $r, nominationId: $n, include: $i, reason: $why) { status } }`;
    expect(code(await bed.execute(CHANGE, { r: reviewId, n: nominationOf('二里岗社区'), i: true, why: ' ' }, admin))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    const changed = await bed.execute(CHANGE, { r: reviewId, n: nominationOf('二里岗社区'), i: true, why: '名额调整' }, admin);
    expect(changed.data!.changeShortlist.status).toBe('RANKED');
    expect((await review()).approvals.every((a: { voidedAt: string | null }) => a.voidedAt !== null)).toBe(true);
    await bed.execute(CHANGE, { r: reviewId, n: nominationOf('二里岗社区'), i: false, why: '恢复原名单' }, admin);
    await approveBoth();
  });

  it('publishes for five working days counted on the holiday calendar', async () => {
    const days = [
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ day: `2026-10-${d}`, kind: 'HOLIDAY' })),
      { day: '2026-10-10', kind: 'WORKDAY' },
    ];
    await bed.execute(`mutation ($d: [CalendarDayInput!]!) { setCalendarDays(days: $d) }`, { d: days }, admin);
    const published = await bed.execute(
      `mutation ($r: ID!) { startPublicity(reviewId: $r, startDate: "2026-09-30") { status publicityEnds } }`,
      { r: reviewId },
      admin,
    );
    // Wed 30 Sep, holidays 1–7 Oct, Thu 8, Fri 9, Sat 10 (worked), Mon 12.
    expect(published.data!.startPublicity).toEqual({ status: 'PUBLICITY', publicityEnds: '2026-10-12' });
    // The public page needs no sign-in.
    const open = await bed.execute(
      `{ publicList { year final publicityStarts publicityEnds issuingAgencies entries { name category nominator } } }`,
      {},
      null,
    );
    expect(open.data!.publicList).toEqual({
      year: DEMO_CYCLE_YEAR,
      final: false,
      publicityStarts: '2026-09-30',
      publicityEnds: '2026-10-12',
      issuingAgencies: ['区人力资源和社会保障局', '区人口和计划生育委员会'],
      entries: [
        { name: '十八里河镇', category: 'TOWNSHIP', nominator: '十八里河镇' },
        { name: '郑州宇通物流有限公司', category: 'EMPLOYER', nominator: '十八里河镇' },
      ],
    });
  });

  it('moves the next-ranked nomination up when an objection is upheld, and needs approval again', async () => {
    const OBJECT = `mutation ($input: ObjectionInput!) { raiseObjection(input: $input) { id status } }`;
    const anonymous = await bed.execute(
      OBJECT,
      {
        input: { reviewId, nominationId: nominationOf('郑州宇通物流有限公司'), objectorName: '', objectorContact: '', content: '拖欠工资' },
      },
      admin,
    );
    expect(code(anonymous)).toBe(ErrorCode.BAD_USER_INPUT);
    const raised = await bed.execute(
      OBJECT,
      {
        input: {
          reviewId,
          nominationId: nominationOf('郑州宇通物流有限公司'),
          objectorName: '王某',
          objectorContact: '13800001111',
          content: '该公司今年曾拖欠外来务工人员工资',
        },
      },
      admin,
    );
    now = new Date('2026-10-15T10:00:00+08:00');
    expect(code(await bed.execute(`mutation ($r: ID!) { finalizeCommendation(reviewId: $r) { status } }`, { r: reviewId }, admin))).toBe(
      ErrorCode.OBJECTIONS_OPEN,
    );
    const answered = await bed.execute(
      `mutation ($id: ID!) { answerObjection(objectionId: $id, upheld: true, answer: "经核实情况属实,取消入围资格") { status } }`,
      { id: raised.data!.raiseObjection.id },
      admin,
    );
    expect(answered.data!.answerObjection.status).toBe('UPHELD');
    expect(await outcomes()).toMatchObject({
      [nominationOf('十八里河镇')]: 'SHORTLISTED',
      [nominationOf('郑州宇通物流有限公司')]: 'NOT_SHORTLISTED',
      [nominationOf('二里岗社区')]: 'SHORTLISTED',
    });
    expect((await review()).status).toBe('RANKED');
  });

  it('commends the list once re-approved and published without open objections', async () => {
    await approveBoth();
    await bed.execute(`mutation ($r: ID!) { startPublicity(reviewId: $r, startDate: "2026-10-15") { status } }`, { r: reviewId }, admin);
    expect(code(await bed.execute(`mutation ($r: ID!) { finalizeCommendation(reviewId: $r) { status } }`, { r: reviewId }, admin))).toBe(
      ErrorCode.PUBLICITY_NOT_OVER,
    );
    now = new Date('2026-10-22T09:00:00+08:00');
    const final = await bed.execute(
      `mutation ($r: ID!) { finalizeCommendation(reviewId: $r, decisionNumber: "管人社〔2026〕30号") { status decidedOn decisionNumber } }`,
      { r: reviewId },
      admin,
    );
    expect(final.data!.finalizeCommendation).toEqual({ status: 'FINAL', decidedOn: '2026-10-22', decisionNumber: '管人社〔2026〕30号' });
    // The decision keeps the day it was made, however late it is printed.
    now = new Date('2026-11-30T09:00:00+08:00');
    expect(await outcomes()).toMatchObject({
      [nominationOf('十八里河镇')]: 'COMMENDED',
      [nominationOf('二里岗社区')]: 'COMMENDED',
      [nominationOf('郑州宇通物流有限公司')]: 'NOT_SHORTLISTED',
    });
  });

  it('exports the list and records the commended as honours, which next year’s pre-screen flags', async () => {
    const book = new ExcelJS.Workbook();
    const { data } = await bed.execute(
      `query ($r: ID!) { exportReviewList(reviewId: $r) { fileName contentBase64 rowCount } }`,
      { r: reviewId },
      admin,
    );
    expect(data!.exportReviewList.rowCount).toBe(4);
    await book.xlsx.load(Buffer.from(data!.exportReviewList.contentBase64, 'base64') as never);
    const first = book.worksheets[0]!.getRow(2);
    expect([first.getCell(1).value, first.getCell(2).value, first.getCell(7).value]).toEqual([1, '十八里河镇', '已表彰']);
    // Next year's call (the demo opened it early): the commended township, nominated again in the same category, is flagged.
    const id = stableId('cycle', String(DEMO_OPEN_YEAR));
    const again = await bed.nominations<{ createNomination: { flags: string[] } }>(
      `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { flags } }`,
      {
        input: {
          cycleId: id,
          category: 'TOWNSHIP',
          nomineeOrganizationId: unit('十八里河镇'),
          nominatorOrganizationId: unit('十八里河镇'),
          deeds: '继续巩固流动人口社会融合工作成果,新建社区学校两所。',
        },
      },
      admin,
    );
    const decision = await bed.execute(
      `query ($r: ID!) { commendationDecision(reviewId: $r) { fileName contentBase64 } }`,
      { r: reviewId },
      admin,
    );
    const { extractText, getDocumentProxy } = await import('unpdf');
    const text = async (base64: string) =>
      (await extractText(await getDocumentProxy(new Uint8Array(Buffer.from(base64, 'base64'))), { mergePages: true })).text;
    const decisionText = (await text(decision.data!.commendationDecision.contentBase64)).replace(/\n/g, '');
    expect(decisionText).toContain(`关于表彰${DEMO_CYCLE_YEAR}年度流动人口社会融合十类典型的决定`);
    expect(decisionText).toContain('区人力资源和社会保障局、区人口和计划生育委员会决定');
    expect(decisionText).toContain('十八里河镇');
    expect(decisionText).toContain('管人社〔2026〕30号');
    expect(decisionText).toContain('2026年10月22日');
    expect(decisionText).toContain('(管政办〔2014〕1号)');
    const certificates = await bed.execute(
      `query ($r: ID!) { commendationCertificates(reviewId: $r) { fileName contentBase64 } }`,
      { r: reviewId },
      admin,
    );
    expect(certificates.data!.commendationCertificates.map((c: { fileName: string }) => c.fileName).sort()).toEqual([
      '荣誉证书-二里岗社区.pdf',
      '荣誉证书-十八里河镇.pdf',
    ]);
    expect(await text(certificates.data!.commendationCertificates[0].contentBase64)).toMatch(/荣 誉 证 书[\s\S]*先进典型/);

    // The same documents as a job: progress, then one archive and each file by itself.
    const started = await bed.execute(
      `mutation ($r: ID!) { generateCommendationDocuments(reviewId: $r) { id state } }`,
      { r: reviewId },
      admin,
    );
    expect(started.errors).toBeUndefined();
    const seen: Pick<TestJob, 'state' | 'progress'>[] = [];
    const job = await waitForJob(bed.execute, 'evaluation', started.data!.generateCommendationDocuments.id, admin, seen);
    expect(job).toMatchObject({ state: 'SUCCEEDED', progress: 100, error: null, result: { reviewId, certificates: 2 } });
    expect(seen.map((s) => s.progress)).toEqual([...seen.map((s) => s.progress)].sort((a, b) => a - b));
    const names = ['2026年度联合表彰决定.pdf', '荣誉证书-十八里河镇.pdf', '荣誉证书-二里岗社区.pdf'].map((n) =>
      n.replace('2026', String(DEMO_CYCLE_YEAR)),
    );
    expect(job.files.map((f) => f.fileName)).toEqual([`${DEMO_CYCLE_YEAR}年度表彰决定和荣誉证书.zip`, ...names]);
    const file = async (id: string) =>
      (await bed.execute(`query ($id: ID!) { evaluationJobFile(id: $id) { fileName mimeType contentBase64 } }`, { id }, admin)).data!
        .evaluationJobFile;
    const archive = unzipSync(new Uint8Array(Buffer.from((await file(job.files[0]!.id)).contentBase64, 'base64')));
    expect(Object.keys(archive)).toEqual(names);
    const one = await file(job.files[2]!.id);
    expect(one).toMatchObject({ fileName: names[1], mimeType: 'application/pdf' });
    expect(Buffer.from(archive[names[1]!]!).toString('base64')).toBe(one.contentBase64);
    expect(await text(one.contentBase64)).toMatch(/荣 誉 证 书[\s\S]*十八里河镇/);
    // An evaluator neither follows the job nor downloads what it made.
    const expert = demoCaller('expert', '区财政局', Role.EVALUATOR);
    expect(
      (await bed.execute(`query ($id: ID!) { evaluationJobFile(id: $id) { fileName } }`, { id: job.files[0]!.id }, expert)).errors?.[0]
        ?.extensions?.code,
    ).toBe(ErrorCode.NOT_FOUND);
    expect(again.createNomination.flags).toEqual([
      `${DEMO_CYCLE_YEAR} 年已获同类表彰(${DEMO_CYCLE_YEAR}年度流动人口社会融合十类典型),近 3 年内再次推荐`,
    ]);
  });
});
