import { demoCaller } from '@ronghe/kit/testing';
import { demoWorkPlan, seedNotice } from '@ronghe/demo';
import { stableId } from '@ronghe/kit';
import { ErrorCode, type Identity, Role } from '@ronghe/types';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed, testClock } from '../testing.js';

const org = (name: string) => stableId('organization', name);
const as = (username: string, unit: string, role: Role): Identity => demoCaller(username, unit, role);
const admin = as('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
const township = as('operator', '十八里河镇', Role.UNIT_OPERATOR);
const otherTownship = as('nancao', '南曹乡', Role.UNIT_OPERATOR);
const community = as('community', '十八里河社区', Role.UNIT_OPERATOR);
const union = as('union', '区总工会', Role.UNIT_OPERATOR);
const partner = as('partner', '区民政局', Role.PARTNER_READONLY);

const plan = demoWorkPlan(2026);
const planTask = (code: string) => stableId('task', `${plan.documentNumber}:${code}`);
const planAssignment = (code: string, unit: string) => stableId('assignment', `${plan.documentNumber}:${code}:${unit}`);
const indicatorOf = (code: string, name: string) => stableId('indicator', `${plan.documentNumber}:${code}:${name}`);

const clock = testClock('2026-11-10T02:00:00Z');
let bed: Awaited<ReturnType<typeof openTestbed>>;

beforeAll(async () => {
  bed = await openTestbed(clock);
});
afterAll(() => bed?.close());

/** Moves the clock and runs the deadline refresh, as the daily job does when a day passes. */
async function setDate(iso: string) {
  clock.set(iso);
  await bed.services.supervision.refreshOverdueStatuses(clock());
}

async function ok<T = any>(query: string, variables: Record<string, unknown>, identity: Identity): Promise<T> {
  const { data, errors } = await bed.execute(query, variables, identity);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data as T;
}

async function fails(query: string, variables: Record<string, unknown>, identity: Identity): Promise<string | undefined> {
  const { errors } = await bed.execute(query, variables, identity);
  expect(errors).toBeDefined();
  return errors![0]!.extensions?.code as string;
}

const count = async (table: string) => Number((await bed.db.dataSource.query(`SELECT COUNT(*)::int AS n FROM ${table}`))[0].n);

const STATUS = /* GraphQL */ `
  query ($id: ID!) {
    assignment(id: $id) {
      id version status deadline role
      indicatorProgress { indicator { name } value met progress }
      latestReport { id status version returnReason }
    }
  }
`;
const SUB_TASK = /* GraphQL */ `
  mutation ($input: CreateSubTaskInput!) { createSubTask(input: $input) { id code title deadline ownerOrganization { id } parent { id } assignments(first: 10) { nodes { id organization { id } } } } }
`;
const UPLOAD = /* GraphQL */ `
  mutation ($input: EvidenceUploadInput!) { uploadEvidence(input: $input) { id fileName size sha256 } }
`;
const SUBMIT = /* GraphQL */ `
  mutation ($input: SubmitReportInput!) { submitProgressReport(input: $input) { id status version period evidence { id fileName } values { indicatorId value checkedItems } } }
`;
const RESUBMIT = /* GraphQL */ `
  mutation ($input: ResubmitReportInput!) { resubmitProgressReport(input: $input) { id status version evidence { fileName } } }
`;
const ACCEPT = /* GraphQL */ `mutation ($id: ID!, $version: Int!) { acceptProgressReport(id: $id, version: $version) { id status version } }`;
const RETURN = /* GraphQL */ `mutation ($id: ID!, $version: Int!, $reason: String!) { returnProgressReport(id: $id, version: $version, reason: $reason) { id status version returnReason } }`;
const NOTICES = /* GraphQL */ `query { myNotices(first: 50) { totalCount nodes { kind message assignmentId dueOn } } }`;

describe('decomposition into a unit’s own plan (本级方案)', () => {
  const input = {
    parentId: planTask('一'),
    title: '十八里河镇新型社区教学点建设',
    requirement: '年底前辖区新型社区教学点全覆盖。',
    deadline: '2026-12-15',
    assignees: [{ organizationId: org('十八里河社区'), role: 'LEAD' }],
  };

  it('lets a township hand a piece of its task to a unit below it, as a sub-task in the tree', async () => {
    const { createSubTask } = await ok(SUB_TASK, { input }, township);
    expect(createSubTask).toMatchObject({
      code: '一.1',
      deadline: '2026-12-15',
      ownerOrganization: { id: org('十八里河镇') },
      parent: { id: planTask('一') },
      assignments: { nodes: [{ organization: { id: org('十八里河社区') } }] },
    });
    const tree = await ok(`query ($id: ID!) { task(id: $id) { children { id code title } } }`, { id: planTask('一') }, admin);
    expect(tree.task.children).toEqual([{ id: createSubTask.id, code: '一.1', title: input.title }]);
  });

  it('refuses units outside the township’s jurisdiction, and writes nothing', async () => {
    const [tasks, assignments] = [await count('task'), await count('assignment')];
    const code = await fails(
      SUB_TASK,
      {
        input: {
          ...input,
          assignees: [
            { organizationId: org('十八里河社区'), role: 'SUPPORTING' },
            { organizationId: org('南曹社区'), role: 'SUPPORTING' },
          ],
        },
      },
      township,
    );
    expect(code).toBe(ErrorCode.OUT_OF_JURISDICTION);
    expect([await count('task'), await count('assignment')]).toEqual([tasks, assignments]);
  });

  it('keeps a sub-task’s deadline within its parent’s', async () => {
    expect(await fails(SUB_TASK, { input: { ...input, deadline: '2027-01-10' } }, township)).toBe(ErrorCode.DEADLINE_AFTER_PARENT);
  });

  it('lets only a unit holding the task decompose it', async () => {
    expect(await fails(SUB_TASK, { input: { ...input, assignees: [], parentId: planTask('一') } }, union)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await fails(SUB_TASK, { input }, union)).toBe(ErrorCode.FORBIDDEN);
    expect(await fails(SUB_TASK, { input }, partner)).toBe(ErrorCode.READ_ONLY_ROLE);
  });

  it('keeps the expired notice’s plan as read-only history', async () => {
    const code = await fails(SUB_TASK, { input: { ...input, parentId: stableId('task', '一') } }, township);
    expect(code).toBe(ErrorCode.DOCUMENT_EXPIRED);
    const report = await fails(
      SUBMIT,
      { input: { assignmentId: stableId('assignment', `一:十八里河镇`), period: '2026-Q4', summary: '历史方案' } },
      township,
    );
    expect(report).toBe(ErrorCode.DOCUMENT_EXPIRED);
    const { policyDocument } = await ok(
      `query ($id: ID!) { policyDocument(id: $id) { validity } }`,
      { id: stableId('policy-document', seedNotice.documentNumber) },
      township,
    );
    expect(policyDocument.validity).toBe('EXPIRED');
  });
});

describe('the office designates the lead unit', () => {
  it('moves the lead from one unit to another in one step', async () => {
    const DESIGNATE = /* GraphQL */ `mutation ($input: DesignateLeadInput!) { designateLead(input: $input) { id role version } }`;
    const former = planAssignment('四', '管城规划分局');
    const next = planAssignment('四', '区国土资源局');
    const { assignment } = await ok(STATUS, { id: next }, admin);
    const own = (await ok(STATUS, { id: planAssignment('四', '十八里河镇') }, township)).assignment;
    expect(await fails(DESIGNATE, { input: { assignmentId: own.id, version: own.version } }, township)).toBe(ErrorCode.FORBIDDEN);
    const { designateLead } = await ok(DESIGNATE, { input: { assignmentId: next, version: assignment.version } }, admin);
    expect(designateLead.role).toBe('LEAD');
    expect((await ok(STATUS, { id: former }, admin)).assignment.role).toBe('SUPPORTING');
    expect(await fails(DESIGNATE, { input: { assignmentId: former, version: 1 } }, admin)).toBe(ErrorCode.STALE_VERSION);
  });
});

describe('progress reports and computed status, against the clock', () => {
  const mine = planAssignment('四', '十八里河镇');
  const theirs = planAssignment('四', '南曹乡');
  const halls = indicatorOf('四', '建成社区一站式公共服务大厅');
  let evidenceId: string;
  let reportId: string;

  it('is on track while the deadline is far and at risk as it nears with the indicator behind', async () => {
    await setDate('2026-11-10T02:00:00Z');
    expect((await ok(STATUS, { id: mine }, township)).assignment.status).toBe('ON_TRACK');
    await setDate('2026-12-05T02:00:00Z');
    const { assignment } = await ok(STATUS, { id: mine }, township);
    expect(assignment).toMatchObject({
      status: 'AT_RISK',
      deadline: '2026-12-31',
      indicatorProgress: [{ value: null, met: false, progress: 0 }],
    });
    // Reminders start seven days before the deadline and the period's end.
    const kinds = async () =>
      (await ok(NOTICES, {}, township)).myNotices.nodes
        .filter((n: { assignmentId: string }) => n.assignmentId === mine)
        .map((n: { kind: string }) => n.kind);
    expect(await kinds()).toEqual([]);
    await setDate('2026-12-27T02:00:00Z');
    expect(await kinds()).toEqual(['DEADLINE_NEAR', 'REPORT_DUE']);
    await setDate('2026-12-05T02:00:00Z');
  });

  it('takes a report with indicator values and an evidence file from the unit itself', async () => {
    const content = Buffer.from('十八里河镇一站式服务大厅验收记录');
    const { uploadEvidence } = await ok(
      UPLOAD,
      { input: { fileName: '验收记录.txt', mimeType: 'text/plain', contentBase64: content.toString('base64') } },
      township,
    );
    evidenceId = uploadEvidence.id;
    expect(uploadEvidence.size).toBe(content.length);
    const input = {
      assignmentId: mine,
      period: '2026-Q4',
      summary: '建成一站式公共服务大厅 20 个。',
      values: [{ indicatorId: halls, value: 20 }],
      evidenceIds: [evidenceId],
    };
    expect(await fails(SUBMIT, { input }, otherTownship)).toBe(ErrorCode.NOT_FOUND);
    const { submitProgressReport } = await ok(SUBMIT, { input }, township);
    reportId = submitProgressReport.id;
    expect(submitProgressReport).toMatchObject({
      status: 'SUBMITTED',
      period: '2026-Q4',
      evidence: [{ id: evidenceId, fileName: '验收记录.txt' }],
    });
    expect(await fails(SUBMIT, { input: { ...input, evidenceIds: [] } }, township)).toBe(ErrorCode.REPORT_EXISTS);
    const file = await ok(`query ($id: ID!) { evidenceFile(id: $id) { fileName contentBase64 } }`, { id: evidenceId }, admin);
    expect(Buffer.from(file.evidenceFile.contentBase64, 'base64').toString()).toBe('十八里河镇一站式服务大厅验收记录');
    expect(await fails(`query ($id: ID!) { evidenceFile(id: $id) { fileName } }`, { id: evidenceId }, otherTownship)).toBe(
      ErrorCode.NOT_FOUND,
    );
    // Submitted but not yet accepted: the deadline is near, so still at risk is not the case — the indicator is met.
    expect((await ok(STATUS, { id: mine }, township)).assignment.status).toBe('ON_TRACK');
  });

  it('refuses bad values and foreign evidence, leaving no partial report', async () => {
    const reports = await count('progress_report');
    const { uploadEvidence } = await ok(
      UPLOAD,
      { input: { fileName: 'a.txt', contentBase64: Buffer.from('x').toString('base64') } },
      otherTownship,
    );
    const base = { assignmentId: planAssignment('一', '十八里河镇'), period: '2026-Q4', summary: '进展' };
    expect(await fails(SUBMIT, { input: { ...base, evidenceIds: [uploadEvidence.id] } }, township)).toBe(ErrorCode.INVALID_FILE);
    expect(await fails(SUBMIT, { input: { ...base, values: [{ indicatorId: halls, value: 3 }] } }, township)).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    expect(
      await fails(
        SUBMIT,
        { input: { ...base, values: [{ indicatorId: indicatorOf('一', '新型社区学校(教学点)覆盖率'), value: 120 }] } },
        township,
      ),
    ).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await fails(SUBMIT, { input: { ...base, period: '2027-Q1' } }, township)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(
      await fails(
        SUBMIT,
        { input: { ...base, values: [{ indicatorId: indicatorOf('一', '新型社区学校(教学点)覆盖率'), value: -1 }] } },
        township,
      ),
    ).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await count('progress_report')).toBe(reports);
  });

  it('keeps the last reported value of an indicator left empty this period', async () => {
    const education = as('edu', '区教育体育局', Role.UNIT_OPERATOR);
    const [coverage, enrolment] = [
      indicatorOf('一', '新型社区学校(教学点)覆盖率'),
      indicatorOf('一', '流动人口同住子女免费接受义务教育比例'),
    ];
    const input = {
      assignmentId: planAssignment('一', '区教育体育局'),
      period: '2026-Q4',
      summary: '本季度完成入学核查。',
      values: [
        { indicatorId: coverage, value: null },
        { indicatorId: enrolment, value: 100 },
      ],
    };
    const { submitProgressReport } = await ok(SUBMIT, { input }, education);
    expect(submitProgressReport.values).toEqual([{ indicatorId: enrolment, value: 100, checkedItems: [] }]);
    const { assignment } = await ok(STATUS, { id: input.assignmentId }, education);
    expect(assignment.indicatorProgress.map((p: { value: number }) => p.value)).toEqual([85, 100]);
  });

  it('lets the office return a report with a reason, which the unit is told about', async () => {
    await setDate('2026-12-05T03:00:00Z');
    const { assignment } = await ok(STATUS, { id: mine }, admin);
    expect(await fails(RETURN, { id: reportId, version: assignment.latestReport.version, reason: '  ' }, admin)).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    expect(await fails(ACCEPT, { id: reportId, version: assignment.latestReport.version }, township)).toBe(ErrorCode.FORBIDDEN);
    const { returnProgressReport } = await ok(
      RETURN,
      { id: reportId, version: assignment.latestReport.version, reason: '请补充验收照片' },
      admin,
    );
    expect(returnProgressReport).toMatchObject({ status: 'RETURNED', returnReason: '请补充验收照片' });
    // A returned report's values do not count.
    expect((await ok(STATUS, { id: mine }, township)).assignment.status).toBe('AT_RISK');
    const { myNotices } = await ok(NOTICES, {}, township);
    expect(myNotices.nodes[0]).toMatchObject({
      kind: 'REPORT_RETURNED',
      assignmentId: mine,
      message: expect.stringContaining('请补充验收照片'),
    });
    expect(await fails(ACCEPT, { id: reportId, version: returnProgressReport.version }, admin)).toBe(ErrorCode.INVALID_TRANSITION);
  });

  it('takes the corrected report again and, once accepted with the indicator met, counts the assignment done', async () => {
    await setDate('2026-12-05T04:00:00Z');
    const { assignment } = await ok(STATUS, { id: mine }, township);
    const photo = await ok(
      UPLOAD,
      { input: { fileName: '照片.jpg', mimeType: 'image/jpeg', contentBase64: Buffer.from([0xff, 0xd8, 0xff]).toString('base64') } },
      township,
    );
    const input = {
      id: reportId,
      version: assignment.latestReport.version,
      summary: '已补充验收照片。',
      values: [{ indicatorId: halls, value: 21 }],
      evidenceIds: [photo.uploadEvidence.id],
    };
    expect(await fails(RESUBMIT, { input: { ...input, version: input.version - 1 } }, township)).toBe(ErrorCode.STALE_VERSION);
    const { resubmitProgressReport } = await ok(RESUBMIT, { input }, township);
    expect(resubmitProgressReport).toMatchObject({
      status: 'SUBMITTED',
      evidence: [{ fileName: '验收记录.txt' }, { fileName: '照片.jpg' }],
    });
    await setDate('2026-12-05T05:00:00Z');
    await ok(ACCEPT, { id: reportId, version: resubmitProgressReport.version }, admin);
    const after = await ok(STATUS, { id: mine }, township);
    expect(after.assignment).toMatchObject({
      status: 'DONE',
      indicatorProgress: [{ value: 21, met: true, progress: 1 }],
      latestReport: { status: 'ACCEPTED' },
    });
    const { progressReport } = await ok(
      `query ($id: ID!) { progressReport(id: $id) { history { action actorUsername detail } } }`,
      { id: reportId },
      township,
    );
    expect(progressReport.history.map((e: { action: string; actorUsername: string }) => [e.action, e.actorUsername])).toEqual([
      ['submit', 'operator'],
      ['return', 'admin'],
      ['resubmit', 'operator'],
      ['accept', 'admin'],
    ]);
    expect(progressReport.history[1].detail).toEqual({ reason: '请补充验收照片' });
  });

  it('turns a neighbour’s unfinished assignment overdue after the deadline, first in the warnings', async () => {
    await setDate('2027-01-02T02:00:00Z');
    expect((await ok(STATUS, { id: theirs }, admin)).assignment.status).toBe('OVERDUE');
    expect((await ok(STATUS, { id: mine }, admin)).assignment.status).toBe('DONE');
    const { supervisionWarnings } = await ok(`query { supervisionWarnings(first: 100) { totalCount nodes { id status } } }`, {}, admin);
    expect(supervisionWarnings.nodes[0].status).toBe('OVERDUE');
    expect(supervisionWarnings.nodes.map((n: { id: string }) => n.id)).toContain(theirs);
    expect(supervisionWarnings.nodes.map((n: { id: string }) => n.id)).not.toContain(mine);
    const { myNotices } = await ok(NOTICES, {}, otherTownship);
    expect(myNotices.nodes.some((n: { kind: string; assignmentId: string }) => n.kind === 'OVERDUE' && n.assignmentId === theirs)).toBe(
      true,
    );
    await setDate('2026-12-05T02:00:00Z');
  });
});

describe('concurrent edits', () => {
  it('lets only one of two simultaneous reports for the same period through', async () => {
    const input = { assignmentId: planAssignment('五', '十八里河镇'), period: '2026-Q4', summary: '公益基金筹建中。' };
    const results = await Promise.all([bed.execute(SUBMIT, { input }, township), bed.execute(SUBMIT, { input }, township)]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', ErrorCode.REPORT_EXISTS]);
  });

  it('lets only one of two simultaneous lead designations win, and never leaves two leads', async () => {
    const DESIGNATE = /* GraphQL */ `mutation ($input: DesignateLeadInput!) { designateLead(input: $input) { id } }`;
    const [a, b] = [planAssignment('七', '南曹乡'), planAssignment('七', '十八里河镇')];
    const versions = await Promise.all([a, b].map(async (id) => (await ok(STATUS, { id }, admin)).assignment.version));
    const results = await Promise.all([
      bed.execute(DESIGNATE, { input: { assignmentId: a, version: versions[0] } }, admin),
      bed.execute(DESIGNATE, { input: { assignmentId: b, version: versions[1] } }, admin),
    ]);
    for (const r of results) if (r.errors) expect(r.errors[0]!.extensions?.code).toBe(ErrorCode.STALE_VERSION);
    const leads = await bed.db.dataSource.query(`SELECT COUNT(*)::int AS n FROM assignment WHERE task_id = $1 AND role = 'LEAD'`, [
      planTask('七'),
    ]);
    expect(leads[0].n).toBe(1);
  });
});

describe('scoping: a unit sees and reports only its own', () => {
  const LIST = /* GraphQL */ `query ($org: ID) { assignments(first: 100, organizationId: $org) { totalCount nodes { id organization { id } task { code } } } }`;

  it('lists a unit’s assignments in plan order, as they were handed out', async () => {
    const { assignments } = await ok(LIST, { org: org('十八里河镇') }, township);
    expect(assignments.nodes.map((a: { task: { code: string } }) => a.task.code)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
  });

  it('lists a township’s own assignments and the ones it handed down, nothing else', async () => {
    const { assignments } = await ok(LIST, {}, township);
    const units = new Set(assignments.nodes.map((a: { organization: { id: string } }) => a.organization.id));
    expect([...units].sort()).toEqual([org('十八里河镇'), org('十八里河社区')].sort());
    expect(assignments.totalCount).toBe(8 + 1);
    expect((await ok(LIST, { org: org('南曹乡') }, township)).assignments.totalCount).toBe(0);
    expect((await ok(LIST, { org: org('南曹乡') }, admin)).assignments.totalCount).toBe(8);
  });

  it('hides other units’ assignments and reports, however they are reached', async () => {
    expect((await ok(STATUS, { id: planAssignment('四', '十八里河镇') }, otherTownship)).assignment).toBeNull();
    const ENTITY = /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { assignments(first: 20) { totalCount } } } }`;
    const seen = await ok(ENTITY, { r: [{ __typename: 'Organization', id: org('十八里河镇') }] }, otherTownship);
    expect(seen._entities[0].assignments.totalCount).toBe(0);
    const queue = await ok(`query { reportsToReview(first: 50) { totalCount } }`, {}, otherTownship);
    expect(queue.reportsToReview.totalCount).toBe(0);
    expect(await fails(`query { supervisionOverview { totals { total } } }`, {}, township)).toBe(ErrorCode.FORBIDDEN);
  });

  it('lets the township review the reports on its own plan’s sub-tasks, not the office’s', async () => {
    const { assignments } = await ok(LIST, { org: org('十八里河社区') }, township);
    const sub = assignments.nodes[0].id;
    const { submitProgressReport } = await ok(
      SUBMIT,
      { input: { assignmentId: sub, period: '2026-Q4', summary: '社区教学点已开课。', declaresComplete: true } },
      community,
    );
    expect(await fails(ACCEPT, { id: submitProgressReport.id, version: submitProgressReport.version }, otherTownship)).toBe(
      ErrorCode.NOT_FOUND,
    );
    const queue = await ok(`query { reportsToReview(first: 50, status: SUBMITTED) { nodes { id } } }`, {}, township);
    expect(queue.reportsToReview.nodes.map((r: { id: string }) => r.id)).toEqual([submitProgressReport.id]);
    const { acceptProgressReport } = await ok(ACCEPT, { id: submitProgressReport.id, version: submitProgressReport.version }, township);
    expect(acceptProgressReport.status).toBe('ACCEPTED');
    expect((await ok(STATUS, { id: sub }, community)).assignment.status).toBe('DONE');
  });
});

describe('roll-ups, unit scores and the supervision report', () => {
  it('rolls statuses up by area, main task and township with traffic lights', async () => {
    const { supervisionOverview: o } = await ok(
      `query { supervisionOverview { asOf totals { total onTrack atRisk overdue done light } byArea { area total light } byTask { label total done light }
               byTownship { label total done light organization { id } } } }`,
      {},
      partner,
    );
    expect(o.asOf).toBe('2026-12-05');
    expect(o.totals.total).toBe(o.totals.onTrack + o.totals.atRisk + o.totals.overdue + o.totals.done);
    expect(o.byArea.reduce((n: number, r: { total: number }) => n + r.total, 0)).toBe(o.totals.total);
    expect(o.byTask).toHaveLength(8);
    expect(o.byTask[0].label).toContain('(一)');
    // The community's sub-task counts towards task 一 and towards its township.
    const shibalihe = o.byTownship.find((r: { organization: { id: string } }) => r.organization.id === org('十八里河镇'));
    expect(shibalihe).toMatchObject({ label: '十八里河镇', total: 9, done: 2 });
    // Task 七 (deadline 10-31) is overdue wherever it is not done.
    expect(o.totals.light).toBe('RED');
    expect(o.byTask[6]).toMatchObject({ light: 'RED' });
  });

  it('scores and ranks units on their assignments, and hands the scores to the review', async () => {
    const { unitPerformanceRanking } = await ok(
      `query { unitPerformanceRanking(first: 100) { totalCount nodes { rank score indicatorAttainment timeliness organization { id } } } }`,
      {},
      admin,
    );
    const rows = unitPerformanceRanking.nodes;
    expect(rows[0].rank).toBe(1);
    for (let i = 1; i < rows.length; i++) expect(rows[i].score).toBeLessThanOrEqual(rows[i - 1].score);
    const rank = (name: string) => rows.find((r: { organization: { id: string } }) => r.organization.id === org(name));
    expect(rank('十八里河社区').score).toBe(100);
    expect(rank('区人力资源和社会保障局').score).toBeGreaterThan(rank('南曹乡').score);
    const facts = await ok(
      `query ($ids: [ID!]!) { unitPerformanceFacts(organizationIds: $ids) { organizationId rank rankedUnits score } }`,
      { ids: [org('十八里河镇')] },
      admin,
    );
    expect(facts.unitPerformanceFacts).toEqual([
      { organizationId: org('十八里河镇'), rank: rank('十八里河镇').rank, rankedUnits: rows.length, score: rank('十八里河镇').score },
    ]);
  });

  it('computes the scores once per change: a later read costs one statement, any committed write is seen', async () => {
    const RANKING = `query { unitPerformanceRanking(first: 100) { totalCount nodes { score assignments organization { id } } } }`;
    const FACTS = `query ($ids: [ID!]!) { unitPerformanceFacts(organizationIds: $ids) { organizationId assignments rankedUnits } }`;
    const before = await ok(RANKING, {}, admin);
    let again: any;
    const statements = await bed.db.queries.measure(async () => {
      again = await ok(RANKING, {}, admin);
    });
    expect(again).toEqual(before);
    expect(statements).toBe(1);

    // A write by anyone, here straight to the database as another replica would, in one transaction
    // of several statements: the next read sees it.
    const unit = stableId('organization', 'score-cache-unit');
    const assignments = [planTask('二'), planTask('三')].map((task) => ({ id: stableId('assignment', `score-cache:${task}`), task }));
    const version = async () => Number((await bed.db.dataSource.query('SELECT version FROM supervision_version'))[0].version);
    const from = await version();
    await bed.db.dataSource.transaction(async (tx) => {
      for (const a of assignments) {
        await tx.query(`INSERT INTO assignment (id, task_id, organization_id, role) VALUES ($1, $2, $3, 'SUPPORTING')`, [
          a.id,
          a.task,
          unit,
        ]);
      }
    });
    expect(await version()).toBe(from + 1);
    const added = await ok(RANKING, {}, admin);
    expect(added.unitPerformanceRanking.totalCount).toBe(before.unitPerformanceRanking.totalCount + 1);
    expect((await ok(FACTS, { ids: [unit] }, admin)).unitPerformanceFacts).toEqual([
      { organizationId: unit, assignments: 2, rankedUnits: added.unitPerformanceRanking.totalCount },
    ]);

    await bed.db.dataSource.query('DELETE FROM assignment WHERE id = ANY($1)', [assignments.map((a) => a.id)]);
    expect(await ok(RANKING, {}, admin)).toEqual(before);
  });

  it('exports the supervision report with one row per assignment', async () => {
    const { exportSupervisionReport } = await ok(`query { exportSupervisionReport { fileName rowCount contentBase64 } }`, {}, admin);
    const { supervisionOverview } = await ok(`query { supervisionOverview { totals { total } } }`, {}, admin);
    expect(exportSupervisionReport.rowCount).toBe(supervisionOverview.totals.total);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exportSupervisionReport.contentBase64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['任务序号', '责任单位', '状态', '指标完成情况']));
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(supervisionOverview.totals.total);
    expect(
      rows.some(
        (r) => r.includes('十八里河镇') && r.includes('已完成') && String(r[8]).includes('建成社区一站式公共服务大厅:21/20个(达标)'),
      ),
    ).toBe(true);
  });
});

describe('listing every unit’s assignments with status on a registry of a thousand units', () => {
  const LIST = /* GraphQL */ `
    query ($first: Int!) {
      assignments(first: $first) {
        totalCount
        nodes { id status deadline role task { code indicators { id } } indicatorProgress { met progress } latestReport { status } organization { id } }
      }
    }
  `;

  it('makes the same, bounded number of SQL queries whatever the page size', async () => {
    const units = Array.from({ length: 1000 }, (_, i) => stableId('organization', `bench-unit-${i}`));
    await bed.db.dataSource.query(
      `INSERT INTO assignment (id, task_id, organization_id, role) SELECT gen.id, $1, gen.org, 'SUPPORTING' FROM unnest($2::uuid[], $3::uuid[]) AS gen(id, org)`,
      [planTask('二'), units.map((u) => stableId('assignment', `bench:${u}`)), units],
    );
    const measure = async (first: number) => {
      let result: any;
      const statements = await bed.db.queries.measure(async () => {
        result = await ok(LIST, { first }, admin);
      });
      expect(result.assignments.nodes).toHaveLength(first);
      expect(result.assignments.totalCount).toBeGreaterThan(1000);
      return statements;
    };
    // Both pages hold assignments with and without reports.
    const small = await measure(20);
    const large = await measure(100);
    expect(large).toBe(small);
    // count, page, tasks, indicators, readings, latest reports, report rows.
    expect(large).toBeLessThanOrEqual(7);
  });
});
