import type { TestConnection, TestResult } from '@ronghe/kit/testing';
import { stableId } from '@ronghe/kit';
import { DISTRICT, demoUnits } from '@ronghe/demo';
import { ErrorCode, OrganizationKind, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.js';
import { openTestbed } from '../testing.js';
import { createLogger } from '@ronghe/kit';

const admin = { accountId: 'a', username: 'admin', organizationId: 'o', roles: [Role.PROGRAM_ADMIN] };
let bed: Awaited<ReturnType<typeof openTestbed>>;

beforeAll(async () => {
  bed = await openTestbed();
  await seedDemo(bed.db.dataSource, createLogger('test', 'silent'));
});
afterAll(() => bed?.close());

const LIST = /* GraphQL */ `
  query ($first: Int!, $after: String, $kind: OrganizationKind, $search: String) {
    organizations(first: $first, after: $after, kind: $kind, search: $search) {
      totalCount
      nodes { id name kind parent { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

describe('organizations list', () => {
  it('walks the whole registry page by page without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { data, errors }: TestResult<any> = await bed.execute(LIST, { first: 7, after }, admin);
      expect(errors).toBeUndefined();
      const connection: TestConnection = data!.organizations;
      expect(connection.totalCount).toBe(demoUnits.length);
      seen.push(...connection.nodes.map((n: { name: string }) => n.name));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(demoUnits.length);
    expect(new Set(seen).size).toBe(demoUnits.length);
  });

  it('filters by kind and finds by part of the name', async () => {
    const townships = await bed.execute(LIST, { first: 50, kind: OrganizationKind.TOWNSHIP }, admin);
    expect(townships.data!.organizations.nodes.map((n: { name: string }) => n.name).sort()).toEqual(['十八里河镇', '南曹乡'].sort());

    const found = await bed.execute(LIST, { first: 50, search: '人力资源' }, admin);
    expect(found.data!.organizations.nodes).toEqual([
      {
        id: stableId('organization', '区人力资源和社会保障局'),
        name: '区人力资源和社会保障局',
        kind: 'DISTRICT_AGENCY',
        parent: { name: DISTRICT },
      },
    ]);
  });

  it('treats % and _ in a search as plain characters', async () => {
    const { data } = await bed.execute(LIST, { first: 50, search: '%' }, admin);
    expect(data!.organizations.totalCount).toBe(0);
  });

  it('refuses a page larger than 100 and a cursor it did not issue', async () => {
    const big = await bed.execute(LIST, { first: 101 }, admin);
    expect(big.errors?.[0]?.extensions?.code).toBe(ErrorCode.PAGE_SIZE_TOO_LARGE);
    const forged = await bed.execute(LIST, { first: 10, after: 'bm90LWEtY3Vyc29y' }, admin);
    expect(forged.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_CURSOR);
  });

  it('is closed to anonymous callers', async () => {
    const { errors } = await bed.execute(LIST, { first: 10 }, null);
    expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('batching', () => {
  it('resolves any number of entity references with one query', async () => {
    const ids = demoUnits.map(([name]) => stableId('organization', name));
    const query = /* GraphQL */ `
      query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organization { id name } } }
    `;
    let result: TestResult<any> | undefined;
    const statements = await bed.db.queries.measure(async () => {
      result = await bed.execute(query, { representations: ids.map((id) => ({ __typename: 'Organization', id })) }, admin);
    });
    expect(result!.errors).toBeUndefined();
    expect(result!.data!._entities.map((o: { id: string }) => o.id)).toEqual(ids);
    expect(statements).toBe(1);
  });

  it('pages the children and parents of a whole list in a bounded number of queries', async () => {
    const query = /* GraphQL */ `
      query { organizations(first: 100) { nodes { name parent { name } children(first: 2) { totalCount nodes { name } } } } }
    `;
    let result: TestResult<any> | undefined;
    const statements = await bed.db.queries.measure(async () => {
      result = await bed.execute(query, {}, admin);
    });
    expect(result!.errors).toBeUndefined();
    // count + page, parents (one batch), children rows + children counts (one batch).
    expect(statements).toBeLessThanOrEqual(5);
    const township = result!.data!.organizations.nodes.find((n: { name: string }) => n.name === '十八里河镇');
    expect(township.children).toEqual({ totalCount: 3, nodes: [{ name: '十八里河社区' }, { name: '小刘村' }] });
  });
});

describe('counts in the jurisdiction tree', () => {
  const LEVEL = /* GraphQL */ `
    query ($id: ID!) {
      organization(id: $id) { children(first: 100) { nodes { id name counts { children activeDescendants persons } } } }
    }
  `;

  it('gives every unit of a level its children and persons in one statement', async () => {
    let result: TestResult<any> | undefined;
    const statements = await bed.db.queries.measure(async () => {
      result = await bed.execute(LEVEL, { id: stableId('organization', DISTRICT) }, admin);
    });
    expect(result!.errors).toBeUndefined();
    const level = result!.data!.organization.children.nodes;
    expect(level.length).toBeGreaterThan(10);
    // The unit, the children's page and count, and the counts of the whole level.
    expect(statements).toBeLessThanOrEqual(4);

    const township = level.find((n: { name: string }) => n.name === '十八里河镇');
    const persons = await bed.execute(`query ($id: ID!) { persons(first: 1, within: $id) { totalCount } }`, { id: township.id }, admin);
    expect(persons.data!.persons.totalCount).toBeGreaterThan(0);
    expect(township.counts).toEqual({ children: 3, activeDescendants: 3, persons: persons.data!.persons.totalCount });
    const agency = level.find((n: { name: string }) => n.name === '区财政局');
    expect(agency.counts).toEqual({ children: 0, activeDescendants: 0, persons: 0 });
  });
});

describe('demo data', () => {
  it('holds every responsible unit the notice names, with its kind', async () => {
    const { data } = await bed.execute(LIST, { first: 100, kind: OrganizationKind.DISTRICT_AGENCY }, admin);
    const agencies = data!.organizations.nodes.map((n: { name: string }) => n.name);
    for (const name of [
      '区教育体育局',
      '区财政局',
      '区人力资源和社会保障局',
      '区国土资源局',
      '管城规划分局',
      '区人口和计划生育委员会',
      '管城食药监督分局',
    ]) {
      expect(agencies).toContain(name);
    }
  });

  it('is loaded once: seeding again adds nothing', async () => {
    await seedDemo(bed.db.dataSource, createLogger('test', 'silent'));
    const { data } = await bed.execute(LIST, { first: 1 }, admin);
    expect(data!.organizations.totalCount).toBe(demoUnits.length);
  });
});
