import { ErrorCode, OrganizationKind } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRecord } from '../audit/audit.entity.js';
import { callers, unit } from '../test-identities.js';
import { openSeededTestbed } from '../testing.js';
import { Organization } from './organization.entity.js';

let bed: Awaited<ReturnType<typeof openSeededTestbed>>;
beforeAll(async () => {
  bed = await openSeededTestbed();
});
afterAll(() => bed?.close());

const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const FIELDS = 'id name kind creditCode status version parent { name }';
const create = (input: Record<string, unknown>) =>
  bed.execute(`mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${FIELDS} } }`, { input }, callers.admin);
const counts = async () => ({
  units: await bed.db.dataSource.getRepository(Organization).count(),
  audit: await bed.db.dataSource.getRepository(AuditRecord).count(),
});
// Valid codes (GB 32100-2015 check character).
const CODE_A = '91350100M000100Y43';
const CODE_B = '91410104MA9F3K2L8C';

describe('统一社会信用代码', () => {
  it('is checked by its check character', async () => {
    const before = await counts();
    const result = await create({
      name: '某物流公司',
      kind: OrganizationKind.EMPLOYER,
      parentId: unit('南曹乡'),
      creditCode: '91350100M000100Y44',
    });
    expect(code(result)).toBe(ErrorCode.INVALID_CREDIT_CODE);
    expect(result.errors?.[0]?.message).toContain('校验不通过');
    expect(await counts()).toEqual(before);
  });

  it('is unique among active units, and free again once a unit is dissolved', async () => {
    const first = await create({
      name: '郑州某科技有限公司',
      kind: OrganizationKind.EMPLOYER,
      parentId: unit('南曹乡'),
      creditCode: CODE_A.toLowerCase(),
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createOrganization.creditCode).toBe(CODE_A);

    const before = await counts();
    const clash = await create({ name: '另一家公司', kind: OrganizationKind.EMPLOYER, parentId: unit('南曹乡'), creditCode: CODE_A });
    expect(code(clash)).toBe(ErrorCode.DUPLICATE);
    // A failed mutation leaves no partial rows: neither the unit nor its audit record.
    expect(await counts()).toEqual(before);

    const { id, version } = first.data!.createOrganization;
    const dissolved = await bed.execute(
      `mutation ($id: ID!, $v: Int!) { dissolveOrganization(id: $id, version: $v) { status } }`,
      { id, v: version },
      callers.admin,
    );
    expect(dissolved.data!.dissolveOrganization.status).toBe('DISSOLVED');
    const reuse = await create({ name: '承接业务的新公司', kind: OrganizationKind.EMPLOYER, parentId: unit('南曹乡'), creditCode: CODE_A });
    expect(reuse.errors).toBeUndefined();
  });
});

describe('concurrent edits', () => {
  it('never silently overwrite each other', async () => {
    const created = (await create({ name: '并发测试单位', kind: OrganizationKind.MARKET, parentId: unit('南曹乡') })).data!
      .createOrganization;
    const update = (name: string) =>
      bed.execute(
        `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name version } }`,
        {
          input: { id: created.id, version: created.version, name },
        },
        callers.admin,
      );
    const [a, b] = await Promise.all([update('甲改的名称'), update('乙改的名称')]);
    const outcomes = [a, b].map((r) => (r.errors ? code(r) : 'ok')).sort();
    expect(outcomes).toEqual(['STALE_VERSION', 'ok']);
    const winner = (a.errors ? b : a).data!.updateOrganization;
    expect(winner.version).toBe(created.version + 1);
  });
});

describe('moving a unit', () => {
  it('moves its whole subtree and keeps where it sat before', async () => {
    const parent = (await create({ name: '待迁移的街道', kind: OrganizationKind.SUBDISTRICT, parentId: unit('郑州市管城回族区人民政府') }))
      .data!.createOrganization;
    const child = (await create({ name: '待迁移的社区', kind: OrganizationKind.COMMUNITY, parentId: parent.id })).data!.createOrganization;
    const moved = await bed.execute(
      `mutation ($id: ID!, $v: Int!, $p: ID!) { moveOrganization(id: $id, version: $v, parentId: $p) { parent { name } moveHistory { from { name } to { name } } } }`,
      { id: parent.id, v: parent.version, p: unit('十八里河镇') },
      callers.admin,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveOrganization).toEqual({
      parent: { name: '十八里河镇' },
      moveHistory: [{ from: { name: '郑州市管城回族区人民政府' }, to: { name: '十八里河镇' } }],
    });
    // The grandchild now lies in the township's jurisdiction: its operator sees it.
    const { data } = await bed.execute(
      `query ($id: ID!) { organization(id: $id) { ancestors { name } } }`,
      { id: child.id },
      callers.operator,
    );
    expect(data!.organization.ancestors.map((a: { name: string }) => a.name)).toEqual(['十八里河镇', '待迁移的街道']);
    const within = await bed.execute(
      `query ($w: ID!) { organizations(within: $w, first: 100) { nodes { name } } }`,
      { w: unit('十八里河镇') },
      callers.admin,
    );
    expect(within.data!.organizations.nodes.map((n: { name: string }) => n.name)).toContain('待迁移的社区');
  });

  it('refuses to move a unit under itself or below', async () => {
    const { data } = await bed.execute(`query ($id: ID!) { organization(id: $id) { version } }`, { id: unit('十八里河镇') }, callers.admin);
    const result = await bed.execute(
      `mutation ($id: ID!, $v: Int!, $p: ID!) { moveOrganization(id: $id, version: $v, parentId: $p) { id } }`,
      { id: unit('十八里河镇'), v: data!.organization.version, p: unit('小刘村') },
      callers.admin,
    );
    expect(code(result)).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('a unit operator moving units', () => {
  const MOVE = `mutation ($id: ID!, $v: Int!, $p: ID!) { moveOrganization(id: $id, version: $v, parentId: $p) { parent { name } } }`;
  const COUNTS = `query ($id: ID!) { organization(id: $id) { version counts { children activeDescendants } } }`;

  it('moves within its jurisdiction, never out of it, and the counts follow', async () => {
    const employer = unit('郑州宇通物流有限公司');
    const before = (await bed.execute(COUNTS, { id: unit('小刘村') }, callers.operator)).data!.organization.counts;
    const { version } = (await bed.execute(COUNTS, { id: employer }, callers.operator)).data!.organization;

    const outside = await bed.execute(MOVE, { id: employer, v: version, p: unit('南曹乡') }, callers.operator);
    expect(code(outside)).toBe(ErrorCode.OUT_OF_JURISDICTION);

    const inside = await bed.execute(MOVE, { id: employer, v: version, p: unit('小刘村') }, callers.operator);
    expect(inside.errors).toBeUndefined();
    expect(inside.data!.moveOrganization.parent).toEqual({ name: '小刘村' });
    const after = (await bed.execute(COUNTS, { id: unit('小刘村') }, callers.operator)).data!.organization.counts;
    expect(after).toEqual({ children: before.children + 1, activeDescendants: before.activeDescendants + 1 });

    // Its own unit hangs from a parent outside its jurisdiction: it cannot move it anywhere.
    const own = (await bed.execute(COUNTS, { id: unit('十八里河镇') }, callers.operator)).data!.organization;
    const self = await bed.execute(MOVE, { id: unit('十八里河镇'), v: own.version, p: unit('南曹乡') }, callers.operator);
    expect(code(self)).toBe(ErrorCode.OUT_OF_JURISDICTION);
  });
});

describe('soft delete', () => {
  it('hides a unit from lists and references but keeps it', async () => {
    const created = (await create({ name: '将删除的单位', kind: OrganizationKind.EMPLOYER, parentId: unit('南曹乡'), creditCode: CODE_B }))
      .data!.createOrganization;
    const removed = await bed.execute(
      `mutation ($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) { id } }`,
      { id: created.id, v: created.version },
      callers.admin,
    );
    expect(removed.errors).toBeUndefined();
    const found = await bed.execute(`query ($id: ID!) { organization(id: $id) { id } }`, { id: created.id }, callers.admin);
    expect(found.data!.organization).toBeNull();
    expect(await bed.db.dataSource.getRepository(Organization).findOneBy({ id: created.id })).not.toBeNull();
  });

  it('refuses a unit that still has units below it', async () => {
    const { data } = await bed.execute(`query ($id: ID!) { organization(id: $id) { version } }`, { id: unit('南曹乡') }, callers.admin);
    const result = await bed.execute(
      `mutation ($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) { id } }`,
      { id: unit('南曹乡'), v: data!.organization.version },
      callers.admin,
    );
    expect(code(result)).toBe(ErrorCode.CONFLICT);
  });
});

describe('the audit log', () => {
  it('records who changed what, before and after, newest first', async () => {
    const created = (await create({ name: '审计测试单位', kind: OrganizationKind.MARKET, parentId: unit('南曹乡') })).data!
      .createOrganization;
    await bed.execute(
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      {
        input: { id: created.id, version: created.version, address: '商城路 1 号' },
      },
      callers.admin,
    );
    const { data } = await bed.execute(
      `query ($id: ID!) { auditLog(entityId: $id, first: 10) { nodes { action actorUsername before after } } }`,
      { id: created.id },
      callers.admin,
    );
    const [update, insert] = data!.auditLog.nodes;
    expect(insert).toMatchObject({
      action: 'CREATE',
      actorUsername: 'admin',
      before: null,
      after: { name: '审计测试单位', address: null },
    });
    expect(update).toMatchObject({ action: 'UPDATE', before: { address: null }, after: { address: '商城路 1 号' } });
  });

  it('cannot be altered, deleted or truncated by the subgraph', async () => {
    // The requests' role has no such privilege (test/security tries the owner's triggers too).
    await expect(bed.db.dataSource.query('UPDATE audit_log SET action = $1', ['FORGED'])).rejects.toThrow(/permission denied/);
    await expect(bed.db.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
    await expect(bed.db.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
  });
});
