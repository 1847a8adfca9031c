import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { ErrorCode } from '@ronghe/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { gateway, gatewayData, login, system, unitIdByName } from '../support/graphql.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const EXAMPLE_QUERY = 'examples/partner-units.graphql';

const ISSUE = `mutation ($input: IssuePartnerClientInput!) {
  issuePartnerClient(input: $input) { apiKey client { id version status keyPrefix } }
}`;
const REGISTER = `mutation ($clientId: ID!, $document: String!) {
  registerPartnerOperation(clientId: $clientId, document: $document) { id hash name }
}`;
const USAGE = `query ($id: ID!) {
  partnerClient(id: $id) { callsToday }
  partnerUsage(clientId: $id, first: 20) { nodes { day operationName operationHash count errors averageLatencyMs latencyMsMax } }
}`;

let admin: string;
let partnerUnit: string;
beforeAll(async () => {
  admin = await login('admin');
  partnerUnit = await unitIdByName('区民政局', admin);
});

async function issue(name: string, limits: { ratePerMinute?: number; dailyQuota?: number } = {}) {
  const data = await gatewayData(ISSUE, { input: { name, organizationId: partnerUnit, ...limits } }, admin);
  return data.issuePartnerClient as { apiKey: string; client: { id: string; version: number; status: string; keyPrefix: string } };
}

const register = (clientId: string, document: string) => gateway(REGISTER, { clientId, document }, admin);

/** A partner system's request: its API key, a body as it chooses to send it. */
async function call(apiKey: string, body: Record<string, unknown>) {
  const response = await fetch(system().gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: { organizations: { nodes: unknown[] } };
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code: json.errors?.[0]?.extensions?.code, ...json };
}

const byHash = (document: string, variables: Record<string, unknown> = { first: 5 }) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: sha256(document) } },
});

const UNITS = 'query Units($first: Int!) { organizations(first: $first) { nodes { name } } }';

describe('machine clients for partner departments', () => {
  let first: { apiKey: string; client: { id: string } };
  let exampleQuery: string;

  it('the office issues a key and registers the partner’s file; the example client runs it', async () => {
    first = await issue('e2e 救助信息系统');
    expect(first.apiKey).toMatch(/^rhk_/);
    expect(first.client).toMatchObject({ status: 'ACTIVE', keyPrefix: first.apiKey.slice(0, 12) });

    exampleQuery = await readFile(EXAMPLE_QUERY, 'utf8');
    const registered = await register(first.client.id, exampleQuery);
    expect(registered.errors).toBeUndefined();
    expect(registered.data.registerPartnerOperation).toMatchObject({ hash: sha256(exampleQuery), name: 'PartnerUnits' });

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['examples/partner-client.mjs', EXAMPLE_QUERY, JSON.stringify({ search: '十八里河镇', first: 5 })],
      { env: { ...process.env, RONGHE_API_URL: system().gatewayUrl, RONGHE_API_KEY: first.apiKey }, timeout: 60_000 },
    );
    const answer = JSON.parse(stdout);
    expect(answer.status).toBe(200);
    expect(answer.data.organizations.nodes).toContainEqual({ name: '十八里河镇', kind: 'TOWNSHIP' });
  });

  it('refuses what the office did not register, with stable codes and before anything runs', async () => {
    const unknownHash = await call(first.apiKey, byHash(UNITS));
    expect(unknownHash).toMatchObject({ status: 400, code: ErrorCode.PERSISTED_QUERY_NOT_FOUND });
    const unregistered = await call(first.apiKey, { query: UNITS, ...byHash(UNITS) });
    expect(unregistered).toMatchObject({ status: 400, code: ErrorCode.OPERATION_NOT_REGISTERED });
    expect(unregistered).not.toHaveProperty('data');
    // Not even the office's own mutations, though the key stands for a signed-in partner.
    const write = await call(first.apiKey, { query: 'mutation { logout }' });
    expect(write).toMatchObject({ status: 400, code: ErrorCode.OPERATION_NOT_REGISTERED });
    // The registered text with another hash's text smuggled in is no way round either.
    const smuggled = await call(first.apiKey, { query: UNITS, ...byHash(exampleQuery, { first: 5 }) });
    expect(smuggled).toMatchObject({ status: 400, code: ErrorCode.BAD_USER_INPUT });
  });

  it('registers only queries that the API schema accepts', async () => {
    expect((await register(first.client.id, 'mutation { logout }')).errors?.[0]?.extensions?.code).toBe(ErrorCode.READ_ONLY_ROLE);
    const invalid = await register(first.client.id, '{ organizations { nodes { nosuchfield } } }');
    expect(invalid.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(invalid.errors?.[0]?.message).toMatch(/nosuchfield/);
    expect((await register(first.client.id, exampleQuery)).errors?.[0]?.extensions?.code).toBe(ErrorCode.CONFLICT);
    // Only the office manages partner access.
    const partner = await login('partner');
    expect((await gateway(REGISTER, { clientId: first.client.id, document: UNITS }, partner)).errors?.[0]?.extensions?.code).toBe(
      ErrorCode.READ_ONLY_ROLE,
    );
  });

  it('answers 429 with Retry-After once a client passes its rate per minute', async () => {
    const limited = await issue('e2e 限流测试', { ratePerMinute: 3 });
    expect((await register(limited.client.id, UNITS)).errors).toBeUndefined();
    for (let i = 0; i < 3; i++) expect((await call(limited.apiKey, byHash(UNITS))).status).toBe(200);
    const refused = await call(limited.apiKey, byHash(UNITS));
    expect(refused).toMatchObject({ status: 429, code: ErrorCode.TOO_MANY_REQUESTS });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    // Other clients keep their own allowance.
    expect((await call(first.apiKey, byHash(exampleQuery, { first: 1 }))).status).toBe(200);
  });

  it('refuses a revoked key, and a rotated one, within the check window', async () => {
    const revoked = await issue('e2e 停用测试');
    expect((await register(revoked.client.id, UNITS)).errors).toBeUndefined();
    expect((await call(revoked.apiKey, byHash(UNITS))).data!.organizations.nodes.length).toBeGreaterThan(0);

    const stopped = await gateway(
      'mutation ($id: ID!, $v: Int!) { revokePartnerClient(id: $id, version: $v) { status } }',
      { id: revoked.client.id, v: revoked.client.version },
      admin,
    );
    expect(stopped.data.revokePartnerClient.status).toBe('REVOKED');
    await refusedWithin(revoked.apiKey, 30_000);

    const rotating = await issue('e2e 轮换测试');
    expect((await register(rotating.client.id, UNITS)).errors).toBeUndefined();
    expect((await call(rotating.apiKey, byHash(UNITS))).status).toBe(200);
    const rotated = await gatewayData(
      'mutation ($id: ID!, $v: Int!) { rotatePartnerKey(id: $id, version: $v) { apiKey } }',
      { id: rotating.client.id, v: rotating.client.version },
      admin,
    );
    await refusedWithin(rotating.apiKey, 30_000);
    expect((await call(rotated.rotatePartnerKey.apiKey, byHash(UNITS))).status).toBe(200);
  });

  it('shows the office each client’s calls per day and operation, errors included', async () => {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const deadline = Date.now() + 30_000;
    type Row = { day: string; operationName: string; operationHash: string; count: number; errors: number; latencyMsMax: number };
    let usage: { partnerClient: { callsToday: number }; partnerUsage: { nodes: Row[] } };
    for (;;) {
      usage = await gatewayData(USAGE, { id: first.client.id }, admin);
      const counted = usage.partnerUsage.nodes.reduce((sum, u) => sum + u.count, 0);
      if (counted >= 6 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const registered = usage.partnerUsage.nodes.find((u) => u.operationHash === sha256(exampleQuery));
    // The example's call and the one in the rate-limit test.
    expect(registered).toMatchObject({ day: today, operationName: 'PartnerUnits', count: 2, errors: 0 });
    expect(registered!.latencyMsMax).toBeGreaterThan(0);
    const refused = usage.partnerUsage.nodes.find((u) => u.operationHash === 'unregistered');
    // The four refused in the second test, each counted as an error.
    expect(refused).toMatchObject({ count: 4, errors: 4 });
    expect(usage.partnerClient.callsToday).toBe(6);
  });
});

/** Calls with the key until the gateway refuses it; it must within `ms` (the window is 2 s here). */
async function refusedWithin(apiKey: string, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await call(apiKey, byHash(UNITS));
    if (answer.status === 401) return expect(answer.code).toBe(ErrorCode.UNAUTHENTICATED);
    if (Date.now() > deadline) throw new Error(`key still accepted after ${ms} ms: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
