import { ErrorCode, OrganizationKind } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callers, unit } from '../test-identities.js';
import { openSeededTestbed } from '../testing.js';

let bed: Awaited<ReturnType<typeof openSeededTestbed>>;
beforeAll(async () => {
  bed = await openSeededTestbed();
});
afterAll(() => bed?.close());

const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const CREATE = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name path: parent { name } } }`;

describe('a unit operator acts only within its own jurisdiction', () => {
  it('lists only its own unit and the units below it', async () => {
    const { data } = await bed.execute(`{ organizations(first: 100) { totalCount nodes { name } } }`, {}, callers.operator);
    expect(data!.organizations.nodes.map((n: { name: string }) => n.name).sort()).toEqual(
      ['十八里河镇', '十八里河社区', '小刘村', '郑州宇通物流有限公司'].sort(),
    );
  });

  it('is refused a unit outside, also as an entity reference', async () => {
    const direct = await bed.execute(`query ($id: ID!) { organization(id: $id) { name } }`, { id: unit('区财政局') }, callers.operator);
    expect(code(direct)).toBe(ErrorCode.OUT_OF_JURISDICTION);
    const reference = await bed.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { name } } }`,
      {
        r: [
          { __typename: 'Organization', id: unit('十八里河社区') },
          { __typename: 'Organization', id: unit('南曹社区') },
        ],
      },
      callers.operator,
    );
    expect(reference.data!._entities[0]).toEqual({ name: '十八里河社区' });
    expect(reference.data!._entities[1]).toBeNull();
    expect(code(reference)).toBe(ErrorCode.OUT_OF_JURISDICTION);
  });

  it('does not see the parent of its own unit', async () => {
    const { data } = await bed.execute(
      `query ($id: ID!) { organization(id: $id) { parent { name } ancestors { name } } }`,
      { id: unit('小刘村') },
      callers.operator,
    );
    expect(data!.organization).toEqual({ parent: { name: '十八里河镇' }, ancestors: [{ name: '十八里河镇' }] });
  });

  it('registers units under its own jurisdiction but not elsewhere', async () => {
    const inside = await bed.execute(
      CREATE,
      { input: { name: '十八里河镇新村社区', kind: OrganizationKind.COMMUNITY, parentId: unit('十八里河镇') } },
      callers.operator,
    );
    expect(inside.errors).toBeUndefined();
    const outside = await bed.execute(
      CREATE,
      { input: { name: '南曹乡新社区', kind: OrganizationKind.COMMUNITY, parentId: unit('南曹乡') } },
      callers.operator,
    );
    expect(code(outside)).toBe(ErrorCode.OUT_OF_JURISDICTION);
  });
});

describe('a partner department reads and never writes', () => {
  it('reads the whole registry', async () => {
    const { data } = await bed.execute(`{ organizations(first: 1) { totalCount } }`, {}, callers.partner);
    expect(data!.organizations.totalCount).toBeGreaterThan(40);
  });

  it('is refused every write with READ_ONLY_ROLE', async () => {
    const create = await bed.execute(
      CREATE,
      { input: { name: '某单位', kind: OrganizationKind.EMPLOYER, parentId: unit('南曹乡') } },
      callers.partner,
    );
    expect(code(create)).toBe(ErrorCode.READ_ONLY_ROLE);
    const reveal = await bed.execute(`{ persons(first: 1) { nodes { id } } }`, {}, callers.partner);
    const personId = reveal.data!.persons.nodes[0].id;
    const full = await bed.execute(`mutation ($id: ID!) { revealPersonalData(id: $id) { idNumber } }`, { id: personId }, callers.partner);
    expect(code(full)).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('accounts and the audit log', () => {
  it('are the programme office’s alone', async () => {
    for (const caller of [callers.operator, callers.partner, callers.evaluator]) {
      const accounts = await bed.execute(`{ accounts(first: 5) { totalCount } }`, {}, caller);
      expect(code(accounts)).toMatch(/FORBIDDEN|READ_ONLY_ROLE/);
      const audit = await bed.execute(`{ auditLog(first: 5) { totalCount } }`, {}, caller);
      expect(code(audit)).toMatch(/FORBIDDEN|READ_ONLY_ROLE/);
    }
    const { data } = await bed.execute(`{ accounts(first: 10) { totalCount } }`, {}, callers.admin);
    expect(data!.accounts.totalCount).toBe(6);
  });
});
