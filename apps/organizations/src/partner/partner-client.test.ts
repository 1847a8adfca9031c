import { createHash } from 'node:crypto';
import { ErrorCode, PartnerClientStatus } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRecord } from '../audit/audit.entity.js';
import { callers, unit } from '../test-identities.js';
import { openSeededTestbed } from '../testing.js';
import { PartnerClient } from './partner-client.entity.js';

let bed: Awaited<ReturnType<typeof openSeededTestbed>>;
beforeAll(async () => {
  bed = await openSeededTestbed();
});
afterAll(() => bed?.close());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

const ISSUE = `mutation ($input: IssuePartnerClientInput!) { issuePartnerClient(input: $input) { apiKey client { id version keyPrefix ratePerMinute dailyQuota } } }`;
const REGISTER = `mutation ($c: ID!, $d: String!) { registerPartnerOperation(clientId: $c, document: $d) { hash name } }`;
const CREDENTIAL = `query ($h: String!) { partnerCredential(keyHash: $h) { id organizationId registered { hash document } } }`;
const QUERY = 'query Units { organizations(first: 3) { nodes { name } } }\n';

async function issue(name: string) {
  const result = await bed.execute(ISSUE, { input: { name, organizationId: unit('区民政局') } }, callers.admin);
  expect(result.errors).toBeUndefined();
  return result.data!.issuePartnerClient as { apiKey: string; client: { id: string; version: number; keyPrefix: string } };
}

describe('partner clients in the registry', () => {
  it('keeps only the key’s hash, with default limits, and records the issue in the audit log', async () => {
    const { apiKey, client } = await issue('救助系统');
    expect(apiKey).toMatch(/^rhk_[A-Za-z0-9_-]{43}$/);
    const stored = await bed.db.dataSource.getRepository(PartnerClient).findOneByOrFail({ id: client.id });
    expect(stored.keyHash).toBe(sha256(apiKey));
    expect(JSON.stringify(stored)).not.toContain(apiKey);
    expect(stored).toMatchObject({ ratePerMinute: 60, dailyQuota: 10_000, status: PartnerClientStatus.ACTIVE });
    const audit = await bed.db.dataSource.getRepository(AuditRecord).findBy({ entityId: client.id });
    expect(audit.map((a) => a.action)).toEqual(['ISSUE_PARTNER_KEY']);
    expect(JSON.stringify(audit)).not.toContain(stored.keyHash);
  });

  it('tells the gateway who holds a key until it is rotated or revoked', async () => {
    const { apiKey, client } = await issue('统计系统');
    expect((await bed.execute(REGISTER, { c: client.id, d: QUERY }, callers.admin)).data).toEqual({
      registerPartnerOperation: { hash: sha256(QUERY), name: 'Units' },
    });
    const held = await bed.execute(CREDENTIAL, { h: sha256(apiKey) });
    expect(held.data!.partnerCredential).toEqual({
      id: client.id,
      organizationId: unit('区民政局'),
      registered: [{ hash: sha256(QUERY), document: QUERY }],
    });

    const ROTATE = `mutation ($id: ID!, $v: Int!) { rotatePartnerKey(id: $id, version: $v) { apiKey client { version } } }`;
    const rotated = (await bed.execute(ROTATE, { id: client.id, v: client.version }, callers.admin)).data!.rotatePartnerKey;
    expect((await bed.execute(CREDENTIAL, { h: sha256(apiKey) })).data!.partnerCredential).toBeNull();
    expect((await bed.execute(CREDENTIAL, { h: sha256(rotated.apiKey) })).data!.partnerCredential.id).toBe(client.id);
    expect(code(await bed.execute(ROTATE, { id: client.id, v: client.version }, callers.admin))).toBe(ErrorCode.STALE_VERSION);

    const REVOKE = `mutation ($id: ID!, $v: Int!) { revokePartnerClient(id: $id, version: $v) { status } }`;
    expect((await bed.execute(REVOKE, { id: client.id, v: rotated.client.version }, callers.admin)).data!.revokePartnerClient.status).toBe(
      'REVOKED',
    );
    expect((await bed.execute(CREDENTIAL, { h: sha256(rotated.apiKey) })).data!.partnerCredential).toBeNull();
  });

  it('lists, for the supergraph check, the operations of active clients only, page by page', async () => {
    const LIST = `query ($after: String) { registeredPartnerOperations(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { hash document } } }`;
    const active = await issue('核对系统');
    const revoked = await issue('停用的系统');
    const ACTIVE_QUERY = 'query Names { organizations(first: 2) { nodes { name kind } } }';
    for (const [c, d] of [
      [active.client.id, ACTIVE_QUERY],
      [revoked.client.id, 'query Gone { organizations(first: 1) { nodes { id } } }'],
    ]) {
      expect((await bed.execute(REGISTER, { c, d }, callers.admin)).errors).toBeUndefined();
    }
    const REVOKE = `mutation ($id: ID!, $v: Int!) { revokePartnerClient(id: $id, version: $v) { status } }`;
    expect((await bed.execute(REVOKE, { id: revoked.client.id, v: revoked.client.version }, callers.admin)).errors).toBeUndefined();

    const documents: string[] = [];
    let after: string | null = null;
    do {
      const page: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { document: string }[] } = (
        await bed.execute(LIST, { after })
      ).data!.registeredPartnerOperations;
      documents.push(...page.nodes.map((n) => n.document));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(documents).toContain(ACTIVE_QUERY);
    expect(documents.some((d) => d.includes('Gone'))).toBe(false);
  });

  it('registers only queries valid against the API schema, once each', async () => {
    const { client } = await issue('校验系统');
    const register = (d: string) => bed.execute(REGISTER, { c: client.id, d }, callers.admin);
    expect(code(await register('mutation { logout }'))).toBe(ErrorCode.READ_ONLY_ROLE);
    expect(code(await register('{ organizations { nodes { nosuch } } }'))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(code(await register('{ sessionVersion(accountId: "x") }'))).toBe(ErrorCode.BAD_USER_INPUT); // gateway-only fields are not in the API
    expect(code(await register('query {'))).toBe(ErrorCode.BAD_USER_INPUT);
    expect((await register(QUERY)).errors).toBeUndefined();
    expect(code(await register(QUERY))).toBe(ErrorCode.CONFLICT);
  });

  it('only the office manages partner access', async () => {
    const input = { name: '越权', organizationId: unit('区民政局') };
    expect(code(await bed.execute(ISSUE, { input }, callers.partner))).toBe(ErrorCode.READ_ONLY_ROLE);
    expect(code(await bed.execute(ISSUE, { input }, callers.operator))).toBe(ErrorCode.FORBIDDEN);
    expect(code(await bed.execute('{ partnerClients { totalCount } }', {}, callers.operator))).toBe(ErrorCode.FORBIDDEN);
  });

  it('adds the gateway’s batched usage to each day’s row', async () => {
    const { client } = await issue('用量系统');
    const RECORD = `mutation ($e: [PartnerUsageInput!]!) { recordPartnerUsage(entries: $e) }`;
    const entry = {
      clientId: client.id,
      day: '2026-06-01',
      operationHash: sha256(QUERY),
      operationName: 'Units',
      count: 2,
      errors: 1,
      latencyMsSum: 30,
      latencyMsMax: 20,
    };
    await bed.execute(RECORD, { e: [entry] });
    await bed.execute(RECORD, { e: [{ ...entry, count: 1, errors: 0, latencyMsSum: 50, latencyMsMax: 50 }] });
    const usage = await bed.execute(
      `query ($id: ID!) { partnerUsage(clientId: $id) { nodes { day operationName count errors averageLatencyMs latencyMsMax } } }`,
      { id: client.id },
      callers.admin,
    );
    expect(usage.data!.partnerUsage.nodes).toEqual([
      { day: '2026-06-01', operationName: 'Units', count: 3, errors: 1, averageLatencyMs: 27, latencyMsMax: 50 },
    ]);
  });
});
