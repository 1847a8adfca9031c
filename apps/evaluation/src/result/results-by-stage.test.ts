import { LoaderRegistry, newId, stableId } from '@ronghe/kit';
import { demoCaller, type TestJob, waitForJob } from '@ronghe/kit/testing';
import { ErrorCode, type Identity, ResultOutcome, ReviewStatus, Role, TypicalCategory } from '@ronghe/types';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Criterion } from '../criterion/criterion.entity.js';
import { EvaluatorAssignment } from '../panel/panel.entity.js';
import { AggregationMethod, TieBreakerKind } from '../review/review-rules.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import { Review } from '../review/review.entity.js';
import { openTestbed, rankReview } from '../testing.js';

const unit = (name: string) => stableId('organization', name);
const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
const approver = demoCaller('approver-hrss', '区人力资源和社会保障局', Role.APPROVER);
const operator = demoCaller('operator', '十八里河镇', Role.UNIT_OPERATOR);
const partner = demoCaller('partner', '区民政局', Role.PARTNER_READONLY);
const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

// Two evaluators with their names as the registry holds them; the sheet must show these, not ids.
const PANEL = [
  ['panel.wang', '王建国', '区教育体育局'],
  ['panel.li', '李秀兰', '区卫生局'],
] as const;
const evaluators: Identity[] = [];

let bed: Awaited<ReturnType<typeof openTestbed>>;
const reviewId = newId();
const employer = newId(); // 郑州宇通物流有限公司, nominated by 十八里河镇
const school = newId(); // 管城区外来务工人员职业培训学校, nominated by 南关街道办事处
const effect = newId();
const example = newId();

beforeAll(async () => {
  bed = await openTestbed();
  for (const [username, displayName, unitName] of PANEL) {
    const { createAccount } = await bed.organizations<{ createAccount: { id: string } }>(
      `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }`,
      { input: { username, displayName, organizationId: unit(unitName), roles: ['EVALUATOR'], password: 'Panel2026ab' } },
      admin,
    );
    evaluators.push({ accountId: createAccount.id, username, organizationId: unit(unitName), roles: [Role.EVALUATOR] });
  }
  // A review in scoring, written to the tables: two nominations, a two-item rubric, both evaluators on both.
  const ds = bed.db.dataSource;
  await ds.getRepository(Review).insert({
    id: reviewId,
    cycleId: newId(),
    year: 2031,
    title: '2031年度十类典型考核评审',
    status: ReviewStatus.SCORING,
    shortlistSize: 1,
    evaluatorsPerNomination: 2,
    rules: {
      method: AggregationMethod.MEAN,
      trimMinScores: 5,
      normalizePerEvaluator: false,
      tieBreakers: [{ kind: TieBreakerKind.NOMINATOR_ORDER }],
    },
    rulesVersion: 1,
    rulesFrozenAt: new Date(),
    categoryCaps: {},
    commendingAgencyIds: [],
    shortlistVersion: 0,
    publicityWorkingDays: 5,
  });
  await ds.getRepository(Criterion).insert([
    { id: effect, reviewId, name: '工作成效', weight: 60, maxScore: 10, taskArea: null, categories: [], sortOrder: 1 },
    { id: example, reviewId, name: '示范带动', weight: 40, maxScore: 5, taskArea: null, categories: [], sortOrder: 2 },
  ]);
  await ds.getRepository(ReviewNomination).insert([
    {
      reviewId,
      nominationId: employer,
      category: TypicalCategory.EMPLOYER,
      position: 1,
      nomineeOrganizationId: unit('郑州宇通物流有限公司'),
      nomineePersonId: null,
      nominatorOrganizationId: unit('十八里河镇'),
      nomineeLineage: [],
      nominatorLineage: [],
    },
    {
      reviewId,
      nominationId: school,
      category: TypicalCategory.TRAINING_INSTITUTION,
      position: 1,
      nomineeOrganizationId: unit('管城区外来务工人员职业培训学校'),
      nomineePersonId: null,
      nominatorOrganizationId: unit('南关街道办事处'),
      nomineeLineage: [],
      nominatorLineage: [],
    },
  ]);
  await ds.getRepository(EvaluatorAssignment).insert(
    [employer, school].flatMap((nominationId) =>
      evaluators.map((e) => ({
        reviewId,
        nominationId,
        evaluatorAccountId: e.accountId,
        evaluatorUsername: e.username,
        evaluatorOrganizationId: e.organizationId,
        recusedAt: null,
        recusalReason: null,
      })),
    ),
  );
  // Marks [工作成效, 示范带动]: 王 90 and 李 80 points for the employer (mean 85), 王 60 and 李 62 for the school (61).
  const marks: [string, Identity, number, number][] = [
    [employer, evaluators[0]!, 9, 4.5],
    [employer, evaluators[1]!, 8, 4],
    [school, evaluators[0]!, 6, 3],
    [school, evaluators[1]!, 7, 2.5],
  ];
  for (const [nominationId, evaluator, first, second] of marks) {
    const saved = await bed.execute(
      `mutation ($r: ID!, $n: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, nominationId: $n, scores: $s, submit: true) { value } }`,
      {
        r: reviewId,
        n: nominationId,
        s: [
          { criterionId: effect, value: first, comment: '事迹材料翔实' },
          { criterionId: example, value: second },
        ],
      },
      evaluator,
    );
    expect(saved.errors).toBeUndefined();
  }
  const ranked = await rankReview(bed.execute, reviewId, admin);
  expect(ranked.errors).toBeUndefined();
}, 180_000);
afterAll(() => bed?.close());

const RESULTS = `query ($id: ID!) { review(id: $id) { status results(first: 10) { totalCount nodes { rank aggregateScore outcome nomination { id } } } } }`;
const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Nomination { id result { rank aggregateScore outcome } } } }`;
const EXPORT = `query ($id: ID!) { exportReviewList(reviewId: $id) { rowCount contentBase64 } }`;
const representations = [employer, school].map((id) => ({ __typename: 'Nomination', id }));
const setStatus = (status: ReviewStatus) => bed.db.dataSource.getRepository(Review).update({ id: reviewId }, { status });

async function rowsOf(base64: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('results before 公示', () => {
  it('are read in full by the office and the approvers', async () => {
    for (const who of [admin, approver]) {
      const { data, errors } = await bed.execute(RESULTS, { id: reviewId }, who);
      expect(errors).toBeUndefined();
      expect(data!.review.results.nodes).toEqual([
        { rank: 1, aggregateScore: 85, outcome: ResultOutcome.SHORTLISTED, nomination: { id: employer } },
        { rank: 2, aggregateScore: 61, outcome: ResultOutcome.NOT_SHORTLISTED, nomination: { id: school } },
      ]);
      const exported = await bed.execute(EXPORT, { id: reviewId }, who);
      expect(exported.errors).toBeUndefined();
      expect(exported.data!.exportReviewList.rowCount).toBe(2);
    }
  });

  it('are refused to a unit, an evaluator and a partner asking for the list or its export', async () => {
    for (const who of [operator, evaluators[0]!, partner]) {
      expect(code(await bed.execute(RESULTS, { id: reviewId }, who))).toBe(ErrorCode.FORBIDDEN);
      const exported = await bed.execute(EXPORT, { id: reviewId }, who);
      expect(code(exported)).toBe(ErrorCode.FORBIDDEN);
      expect(exported.data).toBeNull();
    }
  });

  it('are null, not an error, on a nomination read through the federation by anyone else', async () => {
    for (const who of [operator, evaluators[1]!, partner]) {
      const { data, errors } = await bed.execute(ENTITIES, { representations }, who);
      expect(errors).toBeUndefined();
      expect(data!._entities).toEqual([
        { id: employer, result: null },
        { id: school, result: null },
      ]);
    }
    const { data } = await bed.execute(ENTITIES, { representations }, approver);
    expect(data!._entities[0].result).toEqual({ rank: 1, aggregateScore: 85, outcome: ResultOutcome.SHORTLISTED });
  });
});

describe('results once 公示 has started', () => {
  beforeAll(() => setStatus(ReviewStatus.PUBLICITY));
  afterAll(() => setStatus(ReviewStatus.RANKED));

  it('show everyone the published list, as the public list does, and nothing beyond it', async () => {
    for (const who of [operator, evaluators[0]!, partner]) {
      const { data, errors } = await bed.execute(RESULTS, { id: reviewId }, who);
      expect(errors).toBeUndefined();
      expect(data!.review.results).toEqual({
        totalCount: 1,
        nodes: [{ rank: 1, aggregateScore: 85, outcome: ResultOutcome.SHORTLISTED, nomination: { id: employer } }],
      });
      const entities = await bed.execute(ENTITIES, { representations }, who);
      expect(entities.errors).toBeUndefined();
      expect(entities.data!._entities).toEqual([
        { id: employer, result: { rank: 1, aggregateScore: 85, outcome: ResultOutcome.SHORTLISTED } },
        { id: school, result: null },
      ]);
    }
    const exported = await bed.execute(EXPORT, { id: reviewId }, partner);
    expect(exported.errors).toBeUndefined();
    const rows = await rowsOf(exported.data!.exportReviewList.contentBase64);
    expect(rows.map((r) => r[1])).toEqual(['被推荐对象', '郑州宇通物流有限公司']);
  });

  it('keep the whole list the office’s and the approvers’', async () => {
    const { data } = await bed.execute(RESULTS, { id: reviewId }, approver);
    expect(data!.review.results.totalCount).toBe(2);
  });
});

describe('the score sheet', () => {
  const SHEET = `query ($id: ID!, $after: String) {
    reviewScoreSheet(reviewId: $id, first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { nominee nominator category rank aggregateScore outcome
        criteria { name weight maxScore }
        evaluators { name unit marks { value } total dropped comment } }
    }
  }`;

  it('shows per nomination each evaluator’s name and marks per criterion, the aggregate and the rank, page by page', async () => {
    const first = await bed.execute(SHEET, { id: reviewId }, admin);
    expect(first.errors).toBeUndefined();
    const page = first.data!.reviewScoreSheet;
    expect(page.totalCount).toBe(2);
    const criteria = [
      { name: '工作成效', weight: 60, maxScore: 10 },
      { name: '示范带动', weight: 40, maxScore: 5 },
    ];
    expect(page.nodes).toEqual([
      {
        nominee: '郑州宇通物流有限公司',
        nominator: '十八里河镇',
        category: 'EMPLOYER',
        rank: 1,
        aggregateScore: 85,
        outcome: 'SHORTLISTED',
        criteria,
        evaluators: expect.arrayContaining([
          {
            name: '王建国',
            unit: '区教育体育局',
            marks: [{ value: 9 }, { value: 4.5 }],
            total: 90,
            dropped: false,
            comment: '事迹材料翔实',
          },
          { name: '李秀兰', unit: '区卫生局', marks: [{ value: 8 }, { value: 4 }], total: 80, dropped: false, comment: '事迹材料翔实' },
        ]),
      },
    ]);
    const second = await bed.execute(SHEET, { id: reviewId, after: page.pageInfo.endCursor }, admin);
    expect(second.data!.reviewScoreSheet.nodes.map((n: { nominee: string; rank: number }) => [n.nominee, n.rank])).toEqual([
      ['管城区外来务工人员职业培训学校', 2],
    ]);
    expect(second.data!.reviewScoreSheet.pageInfo.hasNextPage).toBe(false);
  });

  it('exports as .xlsx with Chinese headers, criterion names and evaluators’ names, as a job with progress', async () => {
    const started = await bed.execute(`mutation ($id: ID!) { exportScoreSheet(reviewId: $id) { id } }`, { id: reviewId }, admin);
    expect(started.errors).toBeUndefined();
    const seen: Pick<TestJob, 'state' | 'progress'>[] = [];
    const job = await waitForJob(bed.execute, 'evaluation', started.data!.exportScoreSheet.id, admin, seen);
    expect(job).toMatchObject({ state: 'SUCCEEDED', progress: 100, result: { reviewId, rowCount: 4 } });
    expect(seen.at(-1)).toEqual({ state: 'SUCCEEDED', progress: 100 });
    const { data, errors } = await bed.execute(
      `query ($id: ID!) { evaluationJobFile(id: $id) { fileName rowCount contentBase64 } }`,
      { id: job.files[0]!.id },
      admin,
    );
    expect(errors).toBeUndefined();
    expect(data!.evaluationJobFile.fileName).toMatch(/^2031年度十类典型考核评审评分表-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(data!.evaluationJobFile.rowCount).toBe(4);
    const rows = await rowsOf(data!.evaluationJobFile.contentBase64);
    expect(rows[0]).toEqual([
      '名次',
      '被推荐对象',
      '类别',
      '推荐单位',
      '评审专家',
      '专家单位',
      '工作成效(满分 10,权重 60)',
      '示范带动(满分 5,权重 40)',
      '加权合计(百分制)',
      '是否计入',
      '评语',
      '综合得分',
      '结果',
    ]);
    const byEvaluator = (nominee: string, name: string) => rows.find((r) => r[1] === nominee && r[4] === name);
    expect(byEvaluator('郑州宇通物流有限公司', '王建国')).toEqual([
      1,
      '郑州宇通物流有限公司',
      '用工单位',
      '十八里河镇',
      '王建国',
      '区教育体育局',
      9,
      4.5,
      90,
      '计入',
      '事迹材料翔实',
      85,
      '入围',
    ]);
    expect(byEvaluator('管城区外来务工人员职业培训学校', '李秀兰')?.slice(6, 9)).toEqual([7, 2.5, 62]);
    // No account id anywhere in the sheet.
    expect(JSON.stringify(rows)).not.toContain(evaluators[0]!.accountId);
  });

  it('exports the same sheet however many results are read at a time, reporting each batch', async () => {
    const caller = { identity: admin, loaders: new LoaderRegistry() };
    const whole = await bed.services.scoreSheets.exportFile(caller, reviewId);
    const reports: [number, number][] = [];
    const oneByOne = await bed.services.scoreSheets.exportFile(
      caller,
      reviewId,
      async (done, total) => {
        reports.push([done, total]);
      },
      1,
    );
    expect(await rowsOf(oneByOne.content.toString('base64'))).toEqual(await rowsOf(whole.content.toString('base64')));
    expect(oneByOne.rowCount).toBe(whole.rowCount);
    expect(reports).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('is the office’s alone', async () => {
    for (const who of [approver, evaluators[0]!, operator, partner]) {
      const sheet = await bed.execute(SHEET, { id: reviewId }, who);
      expect([ErrorCode.FORBIDDEN, ErrorCode.READ_ONLY_ROLE]).toContain(code(sheet));
      const exported = await bed.execute(`mutation ($id: ID!) { exportScoreSheet(reviewId: $id) { id } }`, { id: reviewId }, who);
      expect([ErrorCode.FORBIDDEN, ErrorCode.READ_ONLY_ROLE]).toContain(code(exported));
    }
  });
});
