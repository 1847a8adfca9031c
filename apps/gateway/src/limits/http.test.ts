import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode } from '@ronghe/types';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admission, bodyTooLarge } from './http.js';

// A real HTTP server with the middleware in front of a route that answers only when released,
// so "in flight" is decided by the test, not by timing.
let server: http.Server;
let base: string;
const waiting: { release: () => void; closed: boolean }[] = [];

beforeAll(async () => {
  const app = express();
  const held = (_req: express.Request, res: express.Response) => {
    const request = { release: () => res.json({ data: { ok: true } }), closed: false };
    res.once('close', () => {
      request.closed = true;
    });
    waiting.push(request);
  };
  app.post('/slow', admission({ active: 2, queue: 0, maxWaitMs: 60_000 }), held);
  // One may wait for a place, for at most 300 ms.
  app.post('/queued', admission({ active: 1, queue: 1, maxWaitMs: 300 }), held);
  const echo: express.RequestHandler = (req, res) => {
    res.json({ size: JSON.stringify(req.body).length });
  };
  app.post('/echo', express.json({ limit: 1024 }), bodyTooLarge(1024), echo);
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('admission', () => {
  it('refuses requests beyond the cap with 503, Retry-After and SERVER_BUSY, and takes them again once one ends', async () => {
    const first = fetch(`${base}/slow`, { method: 'POST' });
    const second = fetch(`${base}/slow`, { method: 'POST' });
    await until(() => waiting.length === 2);

    const busy = await fetch(`${base}/slow`, { method: 'POST' });
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(await busy.json()).toEqual({ errors: [{ message: '服务器繁忙,请稍后重试', extensions: { code: ErrorCode.SERVER_BUSY } }] });

    waiting.shift()!.release();
    expect((await first).status).toBe(200);
    const third = fetch(`${base}/slow`, { method: 'POST' });
    await until(() => waiting.length === 2);
    for (const request of waiting.splice(0)) request.release();
    expect((await second).status).toBe(200);
    expect((await third).status).toBe(200);
  });

  it('frees the place of a client that went away', async () => {
    const gone = new AbortController();
    fetch(`${base}/slow`, { method: 'POST', signal: gone.signal }).catch(() => undefined);
    const staying = fetch(`${base}/slow`, { method: 'POST' });
    await until(() => waiting.length === 2);
    gone.abort();
    await until(() => waiting[0]!.closed);
    // The aborted request's place has come free, so a new one is taken rather than refused.
    const next = fetch(`${base}/slow`, { method: 'POST' });
    await until(() => waiting.length === 3);
    for (const request of waiting.splice(0)) request.release();
    expect((await staying).status).toBe(200);
    expect((await next).status).toBe(200);
  });
});

describe('bodyTooLarge', () => {
  it('answers a body over the limit with 413 and REQUEST_TOO_LARGE, and lets smaller ones through', async () => {
    const post = (body: string) => fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const large = await post(JSON.stringify({ query: 'x'.repeat(2048) }));
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({
      errors: [{ message: '请求体过大:最多 1024 字节', extensions: { code: ErrorCode.REQUEST_TOO_LARGE, limit: 1024 } }],
    });
    expect((await post(JSON.stringify({ query: 'x' }))).status).toBe(200);
  });

  it('lets one wait for a place and serves it when one comes free, refusing the next at once', async () => {
    const first = fetch(`${base}/queued`, { method: 'POST' });
    await until(() => waiting.length === 1);
    const queued = fetch(`${base}/queued`, { method: 'POST' });
    // The queue holds one: a third is refused at once, while the second is still waiting.
    const refused = await fetch(`${base}/queued`, { method: 'POST' });
    expect(refused.status).toBe(503);
    expect(waiting).toHaveLength(1);
    waiting.shift()!.release();
    await until(() => waiting.length === 1);
    waiting.shift()!.release();
    expect((await first).status).toBe(200);
    expect((await queued).status).toBe(200);
  });

  it('refuses a request that waited too long, with 503 and Retry-After', async () => {
    const first = fetch(`${base}/queued`, { method: 'POST' });
    await until(() => waiting.length === 1);
    const late = await fetch(`${base}/queued`, { method: 'POST' });
    expect(late.status).toBe(503);
    expect(late.headers.get('retry-after')).toBe('1');
    expect(waiting).toHaveLength(1);
    waiting.shift()!.release();
    expect((await first).status).toBe(200);
  });
});
