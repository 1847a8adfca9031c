import { demoCaller } from '@ronghe/kit/testing';
import type { TestResult } from '@ronghe/kit/testing';
import { stableId } from '@ronghe/kit';
import { demoTasks, demoUnits, expandResponsibleUnits } from '@ronghe/demo';
import { AssignmentRole, ErrorCode, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed } from '../testing.js';

const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
let bed: Awaited<ReturnType<typeof openTestbed>>;

beforeAll(async () => {
  bed = await openTestbed();
});
afterAll(() => bed?.close());

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Organization { id assignments(first: 3) { totalCount nodes { role task { code } } } }
    }
  }
`;

type Entity = { id: string; assignments: { totalCount: number; nodes: { role: string; task: { code: string } }[] } };

const representations = (names: string[]) => names.map((name) => ({ __typename: 'Organization', id: stableId('organization', name) }));

/** The codes of the tasks the notice hands to a unit. */
const tasksOf = (unit: string) => demoTasks.filter((t) => expandResponsibleUnits(t.responsibleUnits).includes(unit)).map((t) => t.code);

async function resolve(names: string[]) {
  let result: TestResult<any> | undefined;
  const statements = await bed.db.queries.measure(async () => {
    result = await bed.execute(ENTITIES, { representations: representations(names) }, admin);
  });
  expect(result!.errors).toBeUndefined();
  return { entities: result!.data!._entities as Entity[], statements };
}

describe('Organization.assignments', () => {
  it('resolves every demo unit’s assignments in a bounded number of statements', async () => {
    const all = demoUnits.map(([name]) => name);
    const few = await resolve(['十八里河镇', '区总工会']);
    const many = await resolve(all);
    // assignment rows, counts per unit, tasks (one batch each).
    expect(many.statements).toBeLessThanOrEqual(4);
    expect(many.statements).toBe(few.statements);
    expect(many.entities.map((e) => e.id)).toEqual(all.map((name) => stableId('organization', name)));
  });

  it('counts and pages each unit’s tasks as the notice hands them out', async () => {
    const all = demoUnits.map(([name]) => name);
    const { entities } = await resolve(all);
    const byName = new Map(all.map((name, i) => [name, entities[i]!]));
    // The expired notice's tasks stay as history beside the plan in force: each task twice.
    expect(byName.get('十八里河镇')!.assignments.totalCount).toBe(16);
    expect(byName.get('区总工会')!.assignments).toEqual({
      totalCount: 2,
      nodes: [
        { role: AssignmentRole.SUPPORTING, task: { code: '二' } },
        { role: AssignmentRole.SUPPORTING, task: { code: '二' } },
      ],
    });
    expect(byName.get('小刘村')!.assignments).toEqual({ totalCount: 0, nodes: [] });
    for (const name of all) {
      const expected = tasksOf(name);
      const { totalCount, nodes } = byName.get(name)!.assignments;
      expect(totalCount, name).toBe(2 * expected.length);
      expect(nodes, name).toHaveLength(Math.min(3, 2 * expected.length));
      for (const node of nodes) expect(expected, name).toContain(node.task.code);
    }
  });

  it('narrows to the plans in force or to history, on the first page and the next', async () => {
    const ofValidity = /* GraphQL */ `
      query ($representations: [_Any!]!, $validity: DocumentValidity, $after: String) {
        _entities(representations: $representations) {
          ... on Organization { assignments(first: 5, validity: $validity, after: $after) { totalCount nodes { task { document { validity } } } pageInfo { endCursor } } }
        }
      }
    `;
    const township = representations(['十八里河镇']);
    for (const validity of ['VALID', 'EXPIRED']) {
      const first = await bed.execute(ofValidity, { representations: township, validity }, admin);
      expect(first.errors).toBeUndefined();
      const page = first.data!._entities[0].assignments;
      expect(page.totalCount).toBe(8);
      const next = await bed.execute(ofValidity, { representations: township, validity, after: page.pageInfo.endCursor }, admin);
      expect(next.errors).toBeUndefined();
      const validities = [...page.nodes, ...next.data!._entities[0].assignments.nodes].map(
        (n: { task: { document: { validity: string } } }) => n.task.document.validity,
      );
      expect(validities).toEqual(Array(8).fill(validity));
    }
  });

  it('refuses anonymous callers', async () => {
    const { data, errors } = await bed.execute(ENTITIES, { representations: representations(['十八里河镇']) }, null);
    expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(data?._entities?.[0] ?? null).toBeNull();
  });
});
