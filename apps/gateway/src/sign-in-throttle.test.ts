import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { type RunningGateway, startGateway } from './gateway.js';

// A stand-in organizations subgraph: `login` succeeds with the right password, fails otherwise.
let organizations: http.Server;
let organizationsUrl: string;
beforeAll(async () => {
  organizations = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables?: Record<string, unknown> };
      const right = Object.values(variables ?? {}).includes('Ronghe@2026');
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify(
          right
            ? { data: { login: { accessToken: 'token' } } }
            : { data: null, errors: [{ message: '用户名或密码错误', extensions: { code: 'INVALID_CREDENTIALS' } }] },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => organizations.listen(0, '127.0.0.1', resolve));
  organizationsUrl = `http://127.0.0.1:${(organizations.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => organizations.close(resolve)));

async function gatewayWith(env: Record<string, string>): Promise<RunningGateway> {
  return startGateway(
    loadConfig({ GATEWAY_PORT: '0', LOG_LEVEL: 'silent', ORGANIZATIONS_URL: organizationsUrl, SIGN_IN_ATTEMPTS_PER_ADDRESS: '3', ...env }),
  );
}

const login = async (url: string, password: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      variables: { u: 'admin', p: password },
    }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code: body.errors?.[0]?.extensions?.code, body };
};

describe('sign-in throttle per client address', () => {
  it('answers 429 with Retry-After once an address has used its attempts; successful ones are given back', async () => {
    const gateway = await gatewayWith({});
    try {
      for (let i = 0; i < 5; i++) expect((await login(gateway.url, 'Ronghe@2026')).status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await login(gateway.url, 'wrong')).code).toBe(ErrorCode.INVALID_CREDENTIALS);
      const refused = await login(gateway.url, 'Ronghe@2026');
      expect(refused).toMatchObject({ status: 429, code: ErrorCode.TOO_MANY_REQUESTS });
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(600);
      expect(refused.body.errors![0]!.message).toMatch(/登录尝试过于频繁/);
    } finally {
      await gateway.close();
    }
  });

  it('counts every login in a request, so aliases do not multiply the attempts', async () => {
    const gateway = await gatewayWith({});
    try {
      const aliased = `mutation { ${['a', 'b', 'c'].map((n) => `${n}: login(username: "admin", password: "${n}") { accessToken }`).join(' ')} }`;
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: aliased }),
      });
      expect(response.status).toBe(200);
      expect(await login(gateway.url, 'wrong')).toMatchObject({ status: 429, code: ErrorCode.TOO_MANY_REQUESTS });
    } finally {
      await gateway.close();
    }
  });

  it('takes the address from X-Forwarded-For only when the proxy is trusted', async () => {
    const trusting = await gatewayWith({ TRUSTED_PROXIES: 'loopback' });
    const untrusting = await gatewayWith({});
    try {
      for (const [i, address] of ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2'].entries()) {
        const forwarded = { 'x-forwarded-for': address };
        expect((await login(trusting.url, 'wrong', forwarded)).status, `attempt ${i}`).toBe(200);
      }
      expect((await login(trusting.url, 'wrong', { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
      expect((await login(trusting.url, 'wrong', { 'x-forwarded-for': '203.0.113.3' })).status).toBe(200);
      // A client that names itself a new address each time still counts as the one it is.
      for (let i = 0; i < 3; i++) await login(untrusting.url, 'wrong', { 'x-forwarded-for': `198.51.100.${i}` });
      expect((await login(untrusting.url, 'wrong', { 'x-forwarded-for': '198.51.100.9' })).status).toBe(429);
    } finally {
      await trusting.close();
      await untrusting.close();
    }
  });
});
