import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createLogger } from '@ronghe/kit/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimitStore, type RateLimitStore } from '../limits/rate-limits.js';
import { createUsageRecorder, USAGE_KEY, type UsageEntry } from './usage.js';

// A real Redis server of the test's own (Debian's redis-server), on a port no other test uses.
const PORT = 48379;
let server: ChildProcess;
let stores: RateLimitStore[] = [];

beforeAll(async () => {
  server = spawn('redis-server', ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'pipe' });
  let out = '';
  server.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  while (!out.includes('Ready to accept connections')) {
    if (server.exitCode !== null) throw new Error(`redis-server exited: ${out}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  stores = [];
  server.kill();
  if (server.exitCode === null) await once(server, 'exit');
});

const replica = async (written: UsageEntry[]) => {
  const store = await createRateLimitStore({ REDIS_URL: `redis://127.0.0.1:${PORT}` });
  stores.push(store);
  if (store.redis && store.redis.status !== 'ready') await once(store.redis, 'ready');
  return createUsageRecorder({
    flushMs: 60_000,
    logger: createLogger('gateway', 'silent'),
    now: () => new Date('2026-06-01T14:00:00Z'),
    redis: store.redis,
    send: async (entries) => {
      written.push(...entries);
    },
  });
};

describe('partner usage shared between gateway replicas (REDIS_URL)', () => {
  it("sums every replica's calls in Redis, so a replica killed before its flush loses none", async () => {
    const written: UsageEntry[] = [];
    const a = await replica(written);
    const b = await replica(written);
    a.record({ clientId: 'c1', operationHash: 'h1', operationName: 'Units', latencyMs: 10, failed: false });
    a.record({ clientId: 'c1', operationHash: 'h1', operationName: 'Units', latencyMs: 40, failed: true });
    b.record({ clientId: 'c1', operationHash: 'h1', operationName: 'Units', latencyMs: 20, failed: false });
    // Replica a is never closed, as when it is killed: b's flush writes a's sums with its own.
    await b.close();
    expect(written).toEqual([
      {
        clientId: 'c1',
        day: '2026-06-01',
        operationHash: 'h1',
        operationName: 'Units',
        count: 3,
        errors: 1,
        latencyMsSum: 70,
        latencyMsMax: 40,
      },
    ]);
    expect(await stores[0]?.redis?.exists(USAGE_KEY)).toBe(0);
  });
});
