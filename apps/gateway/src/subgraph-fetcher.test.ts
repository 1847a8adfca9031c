import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphFetcher } from './subgraph-fetcher.js';

// One real HTTP server standing in for a subgraph: /answer answers, /slow sends its headers and
// never finishes the body, /hung never answers.
let origin: string;
let opened = 0;
let arrivedHung: (socket: Socket) => void = () => {};
const server = http.createServer((req, res) => {
  if (req.url === '/hung') return arrivedHung(req.socket);
  if (req.url === '/slow') return res.writeHead(200, { 'content-type': 'application/json' }).write('{"data":');
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () =>
    res
      .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'max-age=0' })
      .end(JSON.stringify({ data: { path: req.url, header: req.headers['x-test'], body: JSON.parse(body) } })),
  );
});
server.on('connection', () => opened++);
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const init = (body: object) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-test': 'yes' },
  body: JSON.stringify(body),
});

describe('the subgraph fetcher', () => {
  it('posts the body and headers and answers what RemoteGraphQLDataSource reads, on kept-alive connections', async () => {
    const { fetcher, close } = createSubgraphFetcher({ timeoutMs: 5000, signal: () => undefined });
    const before = opened;
    try {
      for (const n of [1, 2, 3, 4]) {
        const response = await fetcher(`${origin}/answer`, init({ query: `{ n${n} }` }));
        expect([response.ok, response.status, response.url]).toEqual([true, 200, `${origin}/answer`]);
        expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
        expect(response.headers.get('cache-control')).toBe('max-age=0');
        expect(response.headers.get('x-absent')).toBeNull();
        expect(await response.json()).toEqual({ data: { path: '/answer', header: 'yes', body: { query: `{ n${n} }` } } });
      }
      // Kept alive: one connection serves the calls made one after another.
      expect(opened - before).toBe(1);
    } finally {
      close();
    }
  });

  it('fails with a TimeoutError when the whole answer, body included, takes longer than the timeout', async () => {
    const { fetcher, close } = createSubgraphFetcher({ timeoutMs: 200, signal: () => undefined });
    try {
      await expect(fetcher(`${origin}/slow`, init({ query: '{ slow }' }))).rejects.toMatchObject({ name: 'TimeoutError' });
    } finally {
      close();
    }
  });

  it('fails with an AbortError as soon as the client of the request has gone, and closes the connection', async () => {
    const arrival = new Promise<Socket>((resolve) => (arrivedHung = resolve));
    const gone = new AbortController();
    const { fetcher, close } = createSubgraphFetcher({ timeoutMs: 60_000, signal: () => gone.signal });
    try {
      const call = fetcher(`${origin}/hung`, init({ query: '{ hung }' }));
      const socket = await arrival;
      const socketClosed = new Promise((resolve) => socket.once('close', resolve));
      gone.abort();
      await expect(call).rejects.toMatchObject({ name: 'AbortError' });
      await socketClosed;
    } finally {
      close();
    }
  });
});
