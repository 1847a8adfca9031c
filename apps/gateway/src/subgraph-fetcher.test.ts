import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createSubgraphFetcher } from './subgraph-fetcher.js';

// Real HTTP servers standing in for a subgraph: one that answers, one that sends its headers and
// never finishes the body, one that never answers.
const servers: http.Server[] = [];
const sockets = new Set<unknown>();
let closedConnections = 0;
async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => closedConnections++);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const init = (body: object) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-test': 'yes' },
  body: JSON.stringify(body),
});

describe('the subgraph fetcher', () => {
  it('posts the body and headers and answers what RemoteGraphQLDataSource reads, on kept-alive connections', async () => {
    const url = await serve((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () =>
        res
          .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'max-age=0' })
          .end(JSON.stringify({ data: { path: req.url, header: req.headers['x-test'], body: JSON.parse(body) } })),
      );
    });
    const { fetcher, close } = createSubgraphFetcher({ timeoutMs: 5000, signal: () => undefined });
    const before = sockets.size;
    try {
      for (const n of [1, 2, 3, 4]) {
        const response = await fetcher(url, init({ query: `{ n${n} }` }));
        expect([response.ok, response.status, response.url]).toEqual([true, 200, url]);
        expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
        expect(response.headers.get('cache-control')).toBe('max-age=0');
        expect(response.headers.get('x-absent')).toBeNull();
        expect(await response.json()).toEqual({ data: { path: '/graphql', header: 'yes', body: { query: `{ n${n} }` } } });
      }
      // Kept alive: undici may open a second connection while the first is being released, not one a call.
      expect(sockets.size - before).toBeLessThan(4);
    } finally {
      await close();
    }
  });

  it('fails with a TimeoutError when the whole answer, body included, takes longer than the timeout', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
    });
    const { fetcher, close } = createSubgraphFetcher({ timeoutMs: 200, signal: () => undefined });
    try {
      await expect(fetcher(url, init({ query: '{ slow }' }))).rejects.toMatchObject({ name: 'TimeoutError' });
    } finally {
      await close();
    }
  });

  it('fails with an AbortError as soon as the client of the request has gone, and closes the connection', async () => {
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const url = await serve(() => arrived());
    const gone = new AbortController();
    const { fetcher, close } = createSubgraphFetcher({ timeoutMs: 60_000, signal: () => gone.signal });
    const closedBefore = closedConnections;
    try {
      const call = fetcher(url, init({ query: '{ hung }' }));
      await arrival;
      gone.abort();
      await expect(call).rejects.toMatchObject({ name: 'AbortError' });
      await expect.poll(() => closedConnections - closedBefore).toBe(1);
    } finally {
      await close();
    }
  });
});
