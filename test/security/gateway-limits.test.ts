import { ErrorCode } from '@ronghe/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { gateway, login, system } from '../support/graphql.js';

// The gateway runs with its default limits: depth 12, 30 aliases, 3,000 tokens, a list budget of
// 50,000 items (25,000 for partner departments), bodies up to 1 MB.
let adminToken: string;
let partnerToken: string;
beforeAll(async () => {
  adminToken = await login('admin');
  partnerToken = await login('partner');
});

const aliasBomb = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { username }`).join(' ')} }`;
const depthBomb = `{ me { organization { ${'parent { '.repeat(18)}name${' }'.repeat(18)} } } }`;
const fanOut = /* GraphQL */ `
  { organizations(first: 100) { nodes { ...Tree } } }
  fragment Tree on Organization { children(first: 100) { nodes { name children(first: 100) { nodes { name } } } } }
`;
// 100 units with three lists of 100 each: 30,100 items, between the partner's budget and the default.
const unitOverview = /* GraphQL */ `
  {
    organizations(first: 100) {
      nodes {
        name
        children(first: 100) { totalCount }
        assignments(first: 100) { totalCount }
        nominationsReceived(first: 100) { totalCount }
      }
    }
  }
`;

/** A refusal before planning: 400, one error with the code, and no `data` at all (nothing executed). */
function expectRefused(response: Awaited<ReturnType<typeof gateway>>, code: ErrorCode) {
  expect(response.status).toBe(400);
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions?.code).toBe(code);
  expect(response).not.toHaveProperty('data');
}

describe('operation limits at the gateway', () => {
  it('refuses an alias bomb, and the 1,000-alias one by its length, with codes instead of a server error', async () => {
    expectRefused(await gateway(aliasBomb(40), {}, adminToken), ErrorCode.TOO_MANY_ALIASES);
    expectRefused(await gateway(aliasBomb(1000), {}, adminToken), ErrorCode.QUERY_TOO_LARGE);
  });

  it('refuses a query nested 20 deep', async () => {
    const response = await gateway(depthBomb, {}, adminToken);
    expectRefused(response, ErrorCode.QUERY_TOO_DEEP);
    expect(response.errors![0]!.message).toBe('查询嵌套过深:最多 12 层');
  });

  it('refuses a query of too many tokens', async () => {
    expectRefused(await gateway(`{ me { ${'username '.repeat(4000)}} }`, {}, adminToken), ErrorCode.QUERY_TOO_LARGE);
  });

  it('refuses a fan-out of nested children(first: 100) through a fragment, saying what it would cost', async () => {
    const response = await gateway(fanOut, {}, adminToken);
    expectRefused(response, ErrorCode.QUERY_TOO_COMPLEX);
    expect(response.errors![0]!.extensions).toEqual({
      code: ErrorCode.QUERY_TOO_COMPLEX,
      limit: 50_000,
      cost: 100 * (1 + 100 * (1 + 100)),
    });
  });

  it('gives a partner department a tighter list budget than the office', async () => {
    const asAdmin = await gateway(unitOverview, {}, adminToken);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data.organizations.nodes.length).toBeGreaterThan(0);

    const asPartner = await gateway(unitOverview, {}, partnerToken);
    expectRefused(asPartner, ErrorCode.QUERY_TOO_COMPLEX);
    expect(asPartner.errors![0]!.extensions).toMatchObject({ limit: 25_000, cost: 30_100 });
  });

  it('answers a body over 1 MB with 413 and a code', async () => {
    const response = await fetch(system().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: '{ me { username } }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: '请求体过大:最多 1048576 字节', extensions: { code: ErrorCode.REQUEST_TOO_LARGE, limit: 1_048_576 } }],
    });
  });

  it('keeps answering a small query while bombs keep coming', async () => {
    let sending = true;
    const refusedCodes = new Set<string>();
    const bomber = async () => {
      while (sending) {
        const response = await gateway(fanOut, {}, partnerToken);
        refusedCodes.add(String(response.errors?.[0]?.extensions?.code));
      }
    };
    const bombers = [bomber(), bomber(), bomber(), bomber()];
    try {
      for (let i = 0; i < 10; i++) {
        const { status, data, errors } = await gateway('{ me { username } }', {}, adminToken);
        expect({ status, data, errors }).toEqual({ status: 200, data: { me: { username: 'admin' } }, errors: undefined });
      }
    } finally {
      sending = false;
      await Promise.all(bombers);
    }
    expect([...refusedCodes]).toEqual([ErrorCode.QUERY_TOO_COMPLEX]);
  });
});
