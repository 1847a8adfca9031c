import { demoCaller } from '@ronghe/kit/testing';
import type { TestConnection, TestResult } from '@ronghe/kit/testing';
import { stableId } from '@ronghe/kit';
import { demoTasks, demoWorkPlan, expandResponsibleUnits, seedNotice } from '@ronghe/demo';
import { ErrorCode, Role, TaskArea } from '@ronghe/types';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed } from '../testing.js';

const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
let bed: Awaited<ReturnType<typeof openTestbed>>;

beforeAll(async () => {
  bed = await openTestbed();
});
afterAll(() => bed?.close());

const TASKS = /* GraphQL */ `
  query ($first: Int!, $after: String, $area: TaskArea) {
    tasks(first: $first, after: $after, area: $area) {
      totalCount
      nodes { id code title area }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const ASSIGNMENTS = /* GraphQL */ `
  query ($first: Int!, $after: String) {
    tasks(first: 8) {
      nodes { code assignments(first: $first, after: $after) { totalCount nodes { id role organization { id } } pageInfo { hasNextPage endCursor } } }
    }
  }
`;

const plan = demoWorkPlan(2026);
const planTaskId = (code: string) => stableId('task', `${plan.documentNumber}:${code}`);

const unitIdsOf = (code: string) =>
  expandResponsibleUnits(demoTasks.find((t) => t.code === code)!.responsibleUnits).map((name) => stableId('organization', name));

describe('tasks', () => {
  it('lists the eight tasks of the plan in force, in plan order with their areas', async () => {
    const { data, errors } = await bed.execute(TASKS, { first: 8 }, admin);
    expect(errors).toBeUndefined();
    expect(data!.tasks.totalCount).toBe(demoTasks.length);
    expect(data!.tasks.pageInfo.hasNextPage).toBe(false);
    expect(data!.tasks.nodes.map((t: { code: string; area: string }) => [t.code, t.area])).toEqual([
      ['一', TaskArea.EDUCATION],
      ['二', TaskArea.EMPLOYMENT],
      ['三', TaskArea.SOCIAL_SECURITY],
      ['四', TaskArea.COMMUNITY],
      ['五', TaskArea.LIVELIHOOD],
      ['六', TaskArea.HEALTH],
      ['七', TaskArea.FAMILY_PLANNING],
      ['八', TaskArea.CULTURE_SPORTS],
    ]);
    expect(data!.tasks.nodes[0]).toMatchObject({ id: planTaskId('一'), title: demoTasks[0]!.title });
  });

  it('keeps plan order across pages', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { data, errors }: TestResult<any> = await bed.execute(TASKS, { first: 3, after }, admin);
      expect(errors).toBeUndefined();
      codes.push(...data!.tasks.nodes.map((t: { code: string }) => t.code));
      if (!data!.tasks.pageInfo.hasNextPage) break;
      after = data!.tasks.pageInfo.endCursor;
    }
    expect(codes).toEqual(demoTasks.map((t) => t.code));
  });

  it('filters by area', async () => {
    const { data } = await bed.execute(TASKS, { first: 8, area: TaskArea.HEALTH }, admin);
    expect(data!.tasks.totalCount).toBe(1);
    expect(data!.tasks.nodes.map((t: { code: string }) => t.code)).toEqual(['六']);
  });

  it('is closed to anonymous callers', async () => {
    const { errors } = await bed.execute(TASKS, { first: 8 }, null);
    expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('a task’s responsible units', () => {
  it('are exactly the units the notice names, 各乡镇、街道办事处 expanded', async () => {
    const { data, errors } = await bed.execute(ASSIGNMENTS, { first: 100 }, admin);
    expect(errors).toBeUndefined();
    for (const task of data!.tasks.nodes) {
      const expected = unitIdsOf(task.code);
      expect(task.assignments.totalCount).toBe(expected.length);
      expect(task.assignments.nodes.map((a: { organization: { id: string } }) => a.organization.id).sort()).toEqual([...expected].sort());
    }
  });

  it('page with a cursor through all of a task’s units without repeats', async () => {
    const TASK_ASSIGNMENTS = /* GraphQL */ `
      query ($id: ID!, $after: String) {
        task(id: $id) { assignments(first: 5, after: $after) { totalCount nodes { organization { id } } pageInfo { hasNextPage endCursor } } }
      }
    `;
    const expected = unitIdsOf('二');
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (; pages < 20; pages++) {
      const { data, errors }: TestResult<any> = await bed.execute(TASK_ASSIGNMENTS, { id: planTaskId('二'), after }, admin);
      expect(errors).toBeUndefined();
      const connection: TestConnection = data!.task.assignments;
      expect(connection.totalCount).toBe(expected.length);
      seen.push(...connection.nodes.map((a: { organization: { id: string } }) => a.organization.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages + 1).toBe(Math.ceil(expected.length / 5));
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen).size).toBe(expected.length);
    expect([...seen].sort()).toEqual([...expected].sort());
  });

  it('are fetched for every task of a list in a bounded number of statements', async () => {
    let result: TestResult<any> | undefined;
    const statements = await bed.db.queries.measure(async () => {
      result = await bed.execute(ASSIGNMENTS, { first: 3 }, admin);
    });
    expect(result!.errors).toBeUndefined();
    // tasks count + page, assignment rows + counts for all eight tasks.
    expect(statements).toBeLessThanOrEqual(4);
  });
});

describe('seeding from the document', () => {
  const DOCUMENT = /* GraphQL */ `
    query ($id: ID!) {
      policyDocument(id: $id) {
        indexNumber issuer subject writtenOn publishedOn genre documentNumber validity title fullText
        basis { documentNumber title }
      }
      tasks(documentId: $id, first: 8) { nodes { code title requirement deadline assignments(first: 100) { totalCount nodes { role organization { id } } } } }
    }
  `;
  const noticeId = stableId('policy-document', seedNotice.documentNumber);

  it('holds the notice with the header fields of its publication page and its text exactly as written', async () => {
    const { data, errors } = await bed.execute(DOCUMENT, { id: noticeId }, admin);
    expect(errors).toBeUndefined();
    const raw = readFileSync(new URL('../../../../packages/demo/seed/notice-2014-1.txt', import.meta.url), 'utf8');
    expect(data!.policyDocument).toEqual({
      indexNumber: '005275134/2014-00019',
      issuer: '管城区人民政府办公室',
      subject: '流动人口',
      writtenOn: '2014-03-11',
      publishedOn: '2014-03-18',
      genre: '通知',
      documentNumber: '管政办〔2014〕1号',
      validity: 'EXPIRED',
      title: '管城回族区人民政府办公室关于印发管城回族区培育十类典型促进流动人口社会融合实施方案的通知',
      fullText: seedNotice.fullText,
      basis: [
        { documentNumber: '豫政〔2012〕110号', title: expect.stringContaining('基本公共服务体系') },
        { documentNumber: '人口流管〔2010〕69号', title: expect.stringContaining('流动人口计划生育基本公共服务均等化') },
      ],
    });
    expect(raw.replace(/\s+/g, '')).toContain(seedNotice.fullText.replace(/\s+/g, ''));
  });

  it('reads the eight tasks and their responsible units out of the notice, with no lead until the office names one', async () => {
    const { data } = await bed.execute(DOCUMENT, { id: noticeId }, admin);
    const tasks = data!.tasks.nodes;
    expect(tasks.map((t: { code: string }) => t.code)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    expect(tasks[0].requirement).toBe(
      '各乡镇、街道办事处要构建覆盖城乡、布局合理的学前教育公共服务体系,满足入住社区居民子女接受学前教育的需求,实现新型社区学校(教学点)覆盖率达到100%。\n推进义务教育均衡发展。公共教育资源重点向新型社区倾斜,城乡中小学校舍、师资、设备、图书、教育信息化、体育场地基本达标,区域内城乡中小学教师工资待遇同一标准。保证流动人口同住子女免费平等接受义务教育。',
    );
    for (const task of tasks) {
      expect(task.assignments.nodes.map((a: { organization: { id: string } }) => a.organization.id).sort()).toEqual(
        [...unitIdsOf(task.code)].sort(),
      );
      expect(task.assignments.nodes.every((a: { role: string }) => a.role === 'SUPPORTING')).toBe(true);
    }
  });
});
