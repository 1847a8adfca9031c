import { createLogger, stableId } from '@ronghe/kit';
import { demoTasks, expandResponsibleUnits } from '@ronghe/demo';
import { ErrorCode, Role, TaskArea } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.js';
import { openTestbed } from '../testing.js';

const admin = { accountId: 'a', username: 'admin', organizationId: 'o', roles: [Role.PROGRAM_ADMIN] };
let bed: Awaited<ReturnType<typeof openTestbed>>;

beforeAll(async () => {
  bed = await openTestbed();
  await seedDemo(bed.db.dataSource, createLogger('test', 'silent'));
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

const unitIdsOf = (code: string) =>
  expandResponsibleUnits(demoTasks.find((t) => t.code === code)!.responsibleUnits).map((name) => stableId('organization', name));

describe('tasks', () => {
  it('lists the notice’s eight tasks in plan order with their areas', async () => {
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
    expect(data!.tasks.nodes[0]).toMatchObject({ id: stableId('task', '一'), title: demoTasks[0]!.title });
  });

  it('keeps plan order across pages', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { data, errors } = await bed.execute(TASKS, { first: 3, after }, admin);
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
      const { data, errors } = await bed.execute(TASK_ASSIGNMENTS, { id: stableId('task', '二'), after }, admin);
      expect(errors).toBeUndefined();
      const connection = data!.task.assignments;
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
    let result: Awaited<ReturnType<typeof bed.execute>> | undefined;
    const statements = await bed.db.queries.measure(async () => {
      result = await bed.execute(ASSIGNMENTS, { first: 3 }, admin);
    });
    expect(result!.errors).toBeUndefined();
    // tasks count + page, assignment rows + counts for all eight tasks.
    expect(statements).toBeLessThanOrEqual(4);
  });
});
