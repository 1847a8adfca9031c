import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startGateway } from '../gateway.js';

// A stand-in organizations subgraph that knows no partner key and counts the questions it is asked.
let organizations: http.Server;
let organizationsUrl: string;
let asked = 0;
beforeAll(async () => {
  organizations = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      asked += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { partnerCredential: null } }));
    });
  });
  await new Promise<void>((resolve) => organizations.listen(0, '127.0.0.1', resolve));
  organizationsUrl = `http://127.0.0.1:${(organizations.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => organizations.close(resolve)));

const call = async (url: string, key: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ me { username } }' }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, retryAfter: response.headers.get('retry-after') };
};

describe('partner keys at the gateway', () => {
  it('refuses an unknown key with 401, and an address trying many with 429 before asking organizations', async () => {
    const gateway = await startGateway(
      loadConfig({ GATEWAY_PORT: '0', LOG_LEVEL: 'silent', ORGANIZATIONS_URL: organizationsUrl, PARTNER_BAD_KEYS_PER_ADDRESS: '3' }),
    );
    try {
      for (let i = 0; i < 3; i++) {
        expect(await call(gateway.url, `rhk_unknownkey${i}${'x'.repeat(30)}`)).toMatchObject({
          status: 401,
          code: ErrorCode.UNAUTHENTICATED,
        });
      }
      const before = asked;
      const refused = await call(gateway.url, `rhk_another${'y'.repeat(36)}`);
      expect(refused).toMatchObject({ status: 429, code: ErrorCode.TOO_MANY_REQUESTS });
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(asked).toBe(before);
    } finally {
      await gateway.close();
    }
  });
});
