import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { INTERNAL_TOKEN_HEADER } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './config.js';
import { type RunningGateway, startGateway } from './gateway.js';

// Counts the signatures the gateway makes, around the real signing.
const signed = vi.hoisted(() => ({ count: 0 }));
vi.mock('@ronghe/kit/identity', async (importOriginal) => {
  const original = await importOriginal<typeof import('@ronghe/kit/identity')>();
  return {
    ...original,
    signInternalToken: (...args: Parameters<typeof original.signInternalToken>) => {
      signed.count += 1;
      return original.signInternalToken(...args);
    },
  };
});

/** A stand-in subgraph: records the internal token of each call and answers with `data`. */
async function standIn(data: Record<string, unknown>) {
  const tokens: string[] = [];
  const server = http.createServer((req, res) => {
    tokens.push(String(req.headers[INTERNAL_TOKEN_HEADER.toLowerCase()]));
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, tokens, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let organizations: Awaited<ReturnType<typeof standIn>>;
let tasks: Awaited<ReturnType<typeof standIn>>;
let gateway: RunningGateway;
beforeAll(async () => {
  organizations = await standIn({ me: null });
  tasks = await standIn({ assignment: null });
  gateway = await startGateway(
    loadConfig({ GATEWAY_PORT: '0', LOG_LEVEL: 'silent', ORGANIZATIONS_URL: organizations.url, TASKS_URL: tasks.url }),
  );
});
afterAll(async () => {
  await gateway?.close();
  await organizations?.close();
  await tasks?.close();
});

const query = async () => {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ me { id } assignment(id: "a") { id } }' }),
  });
  return response.json();
};

describe('internal token', () => {
  it('is signed once per incoming request, however many subgraphs the request calls', async () => {
    signed.count = 0;
    expect(await query()).toEqual({ data: { me: null, assignment: null } });
    expect(signed.count).toBe(1);
    expect(organizations.tokens).toHaveLength(1);
    expect(tasks.tokens).toEqual(organizations.tokens);

    // The next request is a new caller's as far as the gateway knows: it gets its own signature.
    expect(await query()).toEqual({ data: { me: null, assignment: null } });
    expect(signed.count).toBe(2);
  });
});
