import { createHash } from 'node:crypto';
import { createLogger } from '@ronghe/kit/logger';
import { ErrorCode } from '@ronghe/types';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createRateLimitStore } from '../limits/rate-limits.js';
import { type PartnerClient, partnerKeyOf } from './credentials.js';
import { registeredOperation } from './operations.js';
import { createPartnerQuota } from './quota.js';
import { createUsageRecorder, type UsageEntry } from './usage.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const UNITS = 'query Units { organizations(first: 5) { nodes { name } } }\n';

const clientWith = (limits: Partial<PartnerClient> = {}): PartnerClient => ({
  id: 'c1',
  name: '民政局救助系统',
  organizationId: 'o1',
  ratePerMinute: 100,
  dailyQuota: 1000,
  registered: new Map([[sha256(UNITS), { hash: sha256(UNITS), name: 'Units', document: UNITS }]]),
  ...limits,
});

const codeOf = (resolution: ReturnType<typeof registeredOperation>) => ('refusal' in resolution ? resolution.refusal.code : null);

describe('partner API keys', () => {
  it('are told apart from access tokens by their prefix', () => {
    expect(partnerKeyOf('Bearer rhk_abcdefghijklmnopqrstuvwxyz012345')).toBe('rhk_abcdefghijklmnopqrstuvwxyz012345');
    expect(partnerKeyOf('Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig')).toBeNull();
    expect(partnerKeyOf(undefined)).toBeNull();
  });
});

describe('registered operations only', () => {
  const client = clientWith();

  it('runs a registered operation named by its persisted-query hash, with or without its text', () => {
    const byHash = registeredOperation(client, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(UNITS) } } });
    expect(byHash).toEqual({ operation: expect.objectContaining({ name: 'Units', document: UNITS }) });
    expect(registeredOperation(client, { query: UNITS, extensions: { persistedQuery: { sha256Hash: sha256(UNITS) } } })).toHaveProperty(
      'operation',
    );
    expect(registeredOperation(client, { query: UNITS })).toHaveProperty('operation');
  });

  it('answers an unknown hash alone with PERSISTED_QUERY_NOT_FOUND, any other text with OPERATION_NOT_REGISTERED', () => {
    const other = '{ accounts { nodes { username } } }';
    expect(codeOf(registeredOperation(client, { extensions: { persistedQuery: { sha256Hash: sha256(other) } } }))).toBe(
      ErrorCode.PERSISTED_QUERY_NOT_FOUND,
    );
    expect(codeOf(registeredOperation(client, { query: other, extensions: { persistedQuery: { sha256Hash: sha256(other) } } }))).toBe(
      ErrorCode.OPERATION_NOT_REGISTERED,
    );
    expect(codeOf(registeredOperation(client, { query: other }))).toBe(ErrorCode.OPERATION_NOT_REGISTERED);
    expect(codeOf(registeredOperation(client, {}))).toBe(ErrorCode.OPERATION_NOT_REGISTERED);
  });

  it('refuses a registered hash sent with some other text', () => {
    const smuggled = { query: '{ accounts { nodes { username } } }', extensions: { persistedQuery: { sha256Hash: sha256(UNITS) } } };
    expect(codeOf(registeredOperation(client, smuggled))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

/** The refusal a quota throws: 429, TOO_MANY_REQUESTS and the seconds of Retry-After. */
async function refusal(consume: Promise<void>) {
  const error = await consume.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  const extensions = (error as GraphQLError).extensions as { code: string; http: { status: number; headers: Map<string, string> } };
  expect(extensions.code).toBe(ErrorCode.TOO_MANY_REQUESTS);
  expect(extensions.http.status).toBe(429);
  return Number(extensions.http.headers.get('retry-after'));
}

describe('rate and daily quota per client', () => {
  it('refuses past the rate per minute, for that client only', async () => {
    const quota = createPartnerQuota(await createRateLimitStore({}));
    const client = clientWith({ ratePerMinute: 2 });
    await quota(client);
    await quota(client);
    const seconds = await refusal(quota(client));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    await expect(quota({ ...client, id: 'c2' })).resolves.toBeUndefined();
  });

  it('refuses past the daily quota until Beijing midnight', async () => {
    // 2026-06-01 22:00 in Beijing: two hours to midnight.
    const quota = createPartnerQuota(await createRateLimitStore({}), () => new Date('2026-06-01T14:00:00Z'));
    const client = clientWith({ dailyQuota: 3 });
    for (let i = 0; i < 3; i++) await quota(client);
    expect(await refusal(quota(client))).toBe(2 * 3600);
  });
});

describe('usage recording', () => {
  const logger = createLogger('gateway', 'silent');

  it('sums calls per client, day and operation and writes them in one batch', async () => {
    const batches: UsageEntry[][] = [];
    const usage = createUsageRecorder({
      flushMs: 60_000,
      logger,
      now: () => new Date('2026-06-01T14:00:00Z'),
      send: async (entries) => {
        batches.push(entries);
      },
    });
    usage.record({ clientId: 'c1', operationHash: 'h1', operationName: 'Units', latencyMs: 10, failed: false });
    usage.record({ clientId: 'c1', operationHash: 'h1', operationName: 'Units', latencyMs: 30, failed: true });
    usage.record({ clientId: 'c1', operationHash: 'h2', operationName: 'Other', latencyMs: 5, failed: false });
    expect(batches).toEqual([]);
    await usage.close();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual([
      {
        clientId: 'c1',
        day: '2026-06-01',
        operationHash: 'h1',
        operationName: 'Units',
        count: 2,
        errors: 1,
        latencyMsSum: 40,
        latencyMsMax: 30,
      },
      {
        clientId: 'c1',
        day: '2026-06-01',
        operationHash: 'h2',
        operationName: 'Other',
        count: 1,
        errors: 0,
        latencyMsSum: 5,
        latencyMsMax: 5,
      },
    ]);
  });

  it('keeps the sums of a write that could not reach organizations for the next one', async () => {
    let fail = true;
    const written: UsageEntry[] = [];
    const usage = createUsageRecorder({
      flushMs: 60_000,
      logger,
      send: async (entries) => {
        if (fail) throw new Error('organizations down');
        written.push(...entries);
      },
    });
    usage.record({ clientId: 'c1', operationHash: 'h1', operationName: 'Units', latencyMs: 10, failed: false });
    await usage.flush();
    fail = false;
    usage.record({ clientId: 'c1', operationHash: 'h1', operationName: 'Units', latencyMs: 20, failed: false });
    await usage.close();
    expect(written).toEqual([expect.objectContaining({ count: 2, latencyMsSum: 30, latencyMsMax: 20 })]);
  });

  it('drops a batch organizations refused, so one bad entry does not block the rest for ever', async () => {
    const unavailable = new GraphQLError('down', { extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE } });
    const refused = new GraphQLError('bad', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    const answers = [unavailable, refused, null];
    const written: UsageEntry[] = [];
    const usage = createUsageRecorder({
      flushMs: 60_000,
      logger,
      send: async (entries) => {
        const answer = answers.shift();
        if (answer) throw answer;
        written.push(...entries);
      },
    });
    usage.record({ clientId: 'c1', operationHash: 'h1', operationName: 'Units', latencyMs: 10, failed: false });
    await usage.flush(); // unavailable: kept
    await usage.flush(); // refused: dropped
    usage.record({ clientId: 'c1', operationHash: 'h2', operationName: 'Other', latencyMs: 5, failed: false });
    await usage.close();
    expect(written).toEqual([expect.objectContaining({ operationHash: 'h2', count: 1 })]);
  });
});
