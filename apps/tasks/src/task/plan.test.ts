import { demoCaller } from '@ronghe/kit/testing';
import { demoTasks, demoWorkPlan, expandResponsibleUnits, seedNotice } from '@ronghe/demo';
import { createInternalClient, stableId } from '@ronghe/kit';
import { AssignmentRole, ErrorCode, type Identity, Role, TaskArea } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed, TEST_INTERNAL_SECRET } from '../testing.js';

const org = (name: string) => stableId('organization', name);
const as = (username: string, unit: string, role: Role): Identity => demoCaller(username, unit, role);
const admin = as('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
const township = as('operator', '十八里河镇', Role.UNIT_OPERATOR);

let bed: Awaited<ReturnType<typeof openTestbed>>;
beforeAll(async () => {
  bed = await openTestbed();
});
afterAll(() => bed?.close());

async function ok<T = any>(query: string, variables: Record<string, unknown>, identity: Identity): Promise<T> {
  const { data, errors } = await bed.execute(query, variables, identity);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data as T;
}
async function failure(query: string, variables: Record<string, unknown>, identity: Identity) {
  const { errors } = await bed.execute(query, variables, identity);
  expect(errors).toBeDefined();
  return errors![0]!;
}

const REGISTER = /* GraphQL */ `
  mutation ($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) { id } }
`;
const DRAFT = /* GraphQL */ `
  query ($documentId: ID!) {
    planDraft(documentId: $documentId) {
      existingTasks unresolvedUnits
      tasks { code title area responsibleUnits units { listedAs name organization { id } } }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation ($documentId: ID!, $areas: [PlanAreaInput!]) { createPlanTasks(documentId: $documentId, areas: $areas) { id code area deadline } }
`;
const TREE = /* GraphQL */ `
  query ($documentId: ID!) {
    tasks(documentId: $documentId, first: 20) { totalCount nodes { code area assignments(first: 50) { totalCount nodes { role organization { id } } } } }
  }
`;

let registered = 0;
/** Registers a plan for the office with the given text (the notice's own text unless told). */
async function register(fullText = seedNotice.fullText): Promise<string> {
  registered += 1;
  const { createPolicyDocument } = await ok(
    REGISTER,
    {
      input: {
        indexNumber: `005275134/2027-0000${registered}`,
        issuer: '管城区人民政府办公室',
        subject: '流动人口',
        genre: '通知',
        documentNumber: `管政办〔2027〕${registered}号`,
        title: '2027年流动人口融合工作方案',
        writtenOn: '2027-01-05',
        publishedOn: '2027-01-08',
        fullText,
      },
    },
    admin,
  );
  return createPolicyDocument.id;
}

const taskCount = async (documentId: string) => (await ok(TREE, { documentId }, admin)).tasks.totalCount as number;

describe('a plan created from its document', () => {
  it('previews the eight tasks with proposed areas and the registry units each names', async () => {
    const documentId = await register();
    const { planDraft } = await ok(DRAFT, { documentId }, admin);
    expect(planDraft.existingTasks).toBe(0);
    expect(planDraft.unresolvedUnits).toEqual([]);
    expect(planDraft.tasks.map((t: { code: string }) => t.code)).toEqual(demoTasks.map((t) => t.code));
    expect(planDraft.tasks.map((t: { area: TaskArea }) => t.area)).toEqual(demoTasks.map((t) => t.area));
    const first = planDraft.tasks[0];
    expect(first.responsibleUnits).toEqual(demoTasks[0]!.responsibleUnits);
    // 各乡镇、街道办事处 stands for every township and sub-district of the registry.
    expect(first.units.map((u: { organization: { id: string } }) => u.organization.id).sort()).toEqual(
      expandResponsibleUnits(demoTasks[0]!.responsibleUnits).map(org).sort(),
    );
    expect(first.units.filter((u: { listedAs: string }) => u.listedAs === '各乡镇、街道办事处').length).toBeGreaterThan(1);
  });

  it('creates the tasks and hands each to its listed units, without a lead, once only', async () => {
    const documentId = await register();
    const { createPlanTasks } = await ok(CREATE, { documentId }, admin);
    expect(createPlanTasks.map((t: { code: string }) => t.code)).toEqual(demoTasks.map((t) => t.code));
    expect(createPlanTasks.every((t: { deadline: string | null }) => t.deadline === null)).toBe(true);

    const { tasks } = await ok(TREE, { documentId }, admin);
    for (const [index, task] of tasks.nodes.entries()) {
      const expected = expandResponsibleUnits(demoTasks[index]!.responsibleUnits).map(org);
      expect(task.assignments.totalCount).toBe(expected.length);
      expect(task.assignments.nodes.map((a: { organization: { id: string } }) => a.organization.id).sort()).toEqual(expected.sort());
      expect(task.assignments.nodes.every((a: { role: string }) => a.role === AssignmentRole.SUPPORTING)).toBe(true);
    }

    const again = await failure(CREATE, { documentId }, admin);
    expect(again.extensions?.code).toBe(ErrorCode.CONFLICT);
    expect(await taskCount(documentId)).toBe(demoTasks.length);
    expect((await ok(DRAFT, { documentId }, admin)).planDraft.existingTasks).toBe(demoTasks.length);
  });

  it('lets the office choose other areas for the tasks', async () => {
    const documentId = await register();
    const { createPlanTasks } = await ok(CREATE, { documentId, areas: [{ code: '八', area: TaskArea.COMMUNITY }] }, admin);
    expect(createPlanTasks.find((t: { code: string }) => t.code === '八').area).toBe(TaskArea.COMMUNITY);
  });

  it('refuses a plan naming a unit the registry lacks, names it, and writes nothing', async () => {
    const text = seedNotice.fullText.replace('区教育体育局、区财政局', '区教育体育局、区未登记局、区财政局');
    expect(text).not.toBe(seedNotice.fullText);
    const documentId = await register(text);
    expect((await ok(DRAFT, { documentId }, admin)).planDraft.unresolvedUnits).toEqual(['区未登记局']);
    const refused = await failure(CREATE, { documentId }, admin);
    expect(refused.extensions?.code).toBe(ErrorCode.UNRESOLVED_UNITS);
    expect(refused.message).toContain('区未登记局');
    expect(await taskCount(documentId)).toBe(0);
  });

  it('says where the text falls short when it holds no main tasks', async () => {
    const documentId = await register('为做好流动人口服务管理工作,特制定本方案。');
    const refused = await failure(CREATE, { documentId }, admin);
    expect(refused.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'fullText' });
  });

  it('is the office’s alone, and not for an expired document', async () => {
    const documentId = await register();
    expect((await failure(CREATE, { documentId }, township)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(DRAFT, { documentId }, township)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    const notice = stableId('policy-document', seedNotice.documentNumber);
    expect((await failure(CREATE, { documentId: notice }, admin)).extensions?.code).toBe(ErrorCode.DOCUMENT_EXPIRED);
  });
});

describe('the office’s own sub-tasks', () => {
  const planTask = (code: string) => stableId('task', `${demoWorkPlan(2026).documentNumber}:${code}`);
  const agency = as('edu', '区教育体育局', Role.UNIT_OPERATOR);
  let subTaskId: string;

  it('take more units from anywhere in the district after decomposition', async () => {
    const { createSubTask } = await ok(
      /* GraphQL */ `mutation ($input: CreateSubTaskInput!) { createSubTask(input: $input) { id } }`,
      {
        input: {
          parentId: planTask('一'),
          title: '新建社区教学点',
          requirement: '年内新建社区教学点 3 个',
          deadline: '2026-12-01',
          assignees: [{ organizationId: org('区教育体育局'), role: AssignmentRole.LEAD }],
        },
      },
      admin,
    );
    subTaskId = createSubTask.id;
    const { addAssignee } = await ok(
      /* GraphQL */ `mutation ($input: AddAssigneeInput!) { addAssignee(input: $input) { organization { id } role } }`,
      { input: { taskId: subTaskId, organizationId: org('区财政局'), role: AssignmentRole.SUPPORTING } },
      admin,
    );
    expect(addAssignee).toEqual({ organization: { id: org('区财政局') }, role: AssignmentRole.SUPPORTING });
  });

  it('send their reports to the office’s review queue', async () => {
    const { assignments } = await ok(
      /* GraphQL */ `query ($org: ID) { assignments(organizationId: $org, first: 50) { nodes { id task { id } } } }`,
      { org: org('区教育体育局') },
      agency,
    );
    const mine = assignments.nodes.find((a: { task: { id: string } }) => a.task.id === subTaskId);
    const summary = '已选定 3 处社区教学点场地。';
    await ok(
      /* GraphQL */ `mutation ($input: SubmitReportInput!) { submitProgressReport(input: $input) { id } }`,
      { input: { assignmentId: mine.id, period: '2026-Q4', summary } },
      agency,
    );
    const { reportsToReview } = await ok(
      /* GraphQL */ `{ reportsToReview(first: 50, status: SUBMITTED) { nodes { summary } } }`,
      {},
      admin,
    );
    expect(reportsToReview.nodes.map((r: { summary: string }) => r.summary)).toContain(summary);
  });

  it('keep their reporting cycle once reported on, and a deadline no earlier than their indicators’', async () => {
    const SCHEDULE = /* GraphQL */ `mutation ($input: UpdateTaskScheduleInput!) { updateTaskSchedule(input: $input) { deadline reportPeriod version } }`;
    const version = async () =>
      (await ok(/* GraphQL */ `query ($id: ID!) { task(id: $id) { version } }`, { id: subTaskId }, admin)).task.version;
    const cycle = await failure(
      SCHEDULE,
      { input: { id: subTaskId, version: await version(), deadline: '2026-12-01', reportPeriod: 'MONTHLY' } },
      admin,
    );
    expect(cycle.extensions).toMatchObject({ code: ErrorCode.CONFLICT, field: 'reportPeriod' });

    await ok(
      /* GraphQL */ `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      { input: { taskId: subTaskId, name: '新建社区教学点', kind: 'COUNT', target: 3, unitOfMeasure: '个', deadline: '2026-11-30' } },
      admin,
    );
    const early = await failure(
      SCHEDULE,
      { input: { id: subTaskId, version: await version(), deadline: '2026-11-20', reportPeriod: 'QUARTERLY' } },
      admin,
    );
    expect(early.extensions).toMatchObject({ code: ErrorCode.DEADLINE_AFTER_PARENT, field: 'deadline' });
    const { updateTaskSchedule } = await ok(
      SCHEDULE,
      { input: { id: subTaskId, version: await version(), deadline: '2026-11-30', reportPeriod: 'QUARTERLY' } },
      admin,
    );
    expect(updateTaskSchedule).toMatchObject({ deadline: '2026-11-30', reportPeriod: 'QUARTERLY' });
  });

  it('are not handed to a dissolved unit', async () => {
    const registry = createInternalClient({ url: bed.organizationsUrl, secret: TEST_INTERNAL_SECRET, service: '单位名录服务' });
    const id = org('十八里河社区');
    const { organization } = await registry<any>(`query ($id: ID!) { organization(id: $id) { version } }`, { id }, admin);
    await registry(
      `mutation ($id: ID!, $v: Int!) { dissolveOrganization(id: $id, version: $v) { id } }`,
      { id, v: organization.version },
      admin,
    );
    const refused = await failure(
      /* GraphQL */ `mutation ($input: AddAssigneeInput!) { addAssignee(input: $input) { id } }`,
      { input: { taskId: subTaskId, organizationId: id, role: AssignmentRole.SUPPORTING } },
      admin,
    );
    expect(refused.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'organizationId' });
    expect(refused.message).toContain('已撤销');
  });
});
