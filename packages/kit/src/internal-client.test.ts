import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode, INTERNAL_TOKEN_HEADER } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyInternalToken } from './identity.js';
import { createInternalClient } from './internal-client.js';

const SECRET = 'internal-client-test-secret-0123456789abcdef';
const identity = { accountId: 'a1', username: 'office', organizationId: 'o1', roles: [] };

// A real owner on a free port: /hang never answers, /missing answers with the owner's own
// verdict, /broken with something that is not GraphQL, /ok echoes who asked.
let base: string;
const hanging: http.ServerResponse[] = [];
const server = http.createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const json = (body: unknown) => res.setHeader('content-type', 'application/json').end(JSON.stringify(body));
  if (req.url === '/hang') return void hanging.push(res);
  if (req.url === '/missing') return json({ errors: [{ message: '单位不存在: x', extensions: { code: ErrorCode.NOT_FOUND } }] });
  if (req.url === '/broken') return void res.writeHead(502).end('<html>bad gateway</html>');
  const claims = await verifyInternalToken(String(req.headers[INTERNAL_TOKEN_HEADER]), SECRET);
  json({ data: { caller: claims.identity?.username, variables: JSON.parse(Buffer.concat(chunks).toString()).variables } });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const client = (path: string, timeoutMs = 5000) =>
  createInternalClient({ url: `${base}${path}`, service: '单位库', secret: SECRET, timeoutMs });

describe('the internal client', () => {
  it('calls the owner with the signed identity of the caller', async () => {
    await expect(client('/ok')('query { x }', { id: 'o1' }, identity)).resolves.toEqual({ caller: 'office', variables: { id: 'o1' } });
  });

  it('gives up on an owner that does not answer, with UPSTREAM_UNAVAILABLE naming it', async () => {
    const failure = client('/hang', 200)('query { x }', {}, identity);
    await expect(failure).rejects.toMatchObject({
      message: '暂时无法连接单位库,请稍后重试',
      extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, service: '单位库' },
    });
    expect(hanging.length).toBe(1);
  });

  it("passes the owner's own verdict through", async () => {
    await expect(client('/missing')('query { x }', {}, identity)).rejects.toMatchObject({ extensions: { code: ErrorCode.NOT_FOUND } });
  });

  it('treats an answer that is not GraphQL, or an owner that is down, as unavailable', async () => {
    await expect(client('/broken')('query { x }', {}, identity)).rejects.toMatchObject({
      extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE },
    });
    const down = createInternalClient({ url: 'http://127.0.0.1:1/graphql', service: '单位库', secret: SECRET });
    await expect(down('query { x }', {}, null)).rejects.toMatchObject({ extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE } });
  });
});
