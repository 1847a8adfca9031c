import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { type RunningGateway, startGateway } from './gateway.js';

// No subgraph runs here: each is a closed port (down), a server that never answers (hung), or a
// proxy in front of it answering 502, the faults the gateway meets in operation.
const servers: http.Server[] = [];
async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
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

let closedUrl: string;
let hungUrl: string;
let badGatewayUrl: string;
let healthProbes = 0;
let healthyUrl: string;
beforeAll(async () => {
  const closing = http.createServer();
  await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
  closedUrl = `http://127.0.0.1:${(closing.address() as AddressInfo).port}/graphql`;
  await new Promise((resolve) => closing.close(resolve));
  hungUrl = await serve(() => {});
  badGatewayUrl = await serve((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>'));
  healthyUrl = await serve((req, res) => {
    if (req.url === '/health') healthProbes++;
    res.setHeader('content-type', 'application/json').end('{"status":"ok"}');
  });
});

async function gatewayWith(env: Record<string, string>): Promise<RunningGateway> {
  return startGateway(
    loadConfig({
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'silent',
      ORGANIZATIONS_URL: closedUrl,
      TASKS_URL: closedUrl,
      NOMINATIONS_URL: closedUrl,
      EVALUATION_URL: closedUrl,
      ...env,
    }),
  );
}

const query = async (url: string, source: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: source }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
};

describe('a subgraph that is down or slow', () => {
  it('costs only its part of the answer, with a code and the service named, never INTERNAL_SERVER_ERROR', async () => {
    const gateway = await gatewayWith({ NOMINATIONS_URL: badGatewayUrl });
    try {
      const { status, body } = await query(gateway.url, '{ organization(id: "o1") { id } nomination(id: "n1") { id } }');
      expect(status).toBe(200);
      expect(body.data).toEqual({ organization: null, nomination: null });
      const byService = Object.fromEntries((body.errors ?? []).map((error) => [error.extensions?.service, error]));
      expect(byService).toEqual({
        organizations: {
          message: '单位名录服务暂时无法访问,请稍后重试',
          extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, service: 'organizations' },
        },
        nominations: {
          message: '典型推荐服务暂时无法访问,请稍后重试',
          extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, service: 'nominations' },
        },
      });
    } finally {
      await gateway.close();
    }
  });

  it('gives up on one that does not answer after SUBGRAPH_TIMEOUT_MS, with UPSTREAM_TIMEOUT naming it', async () => {
    const gateway = await gatewayWith({ EVALUATION_URL: hungUrl, SUBGRAPH_TIMEOUT_MS: '200' });
    try {
      const { status, body } = await query(gateway.url, '{ review(id: "r1") { id } }');
      expect(status).toBe(200);
      expect(body).toEqual({
        data: { review: null },
        errors: [{ message: '考核评审服务响应超时,请稍后重试', extensions: { code: ErrorCode.UPSTREAM_TIMEOUT, service: 'evaluation' } }],
      });
    } finally {
      await gateway.close();
    }
  });
});

describe('gateway health', () => {
  it('answers probes from the status last seen instead of asking every subgraph each time', async () => {
    const gateway = await gatewayWith({
      ORGANIZATIONS_URL: healthyUrl,
      TASKS_URL: healthyUrl,
      NOMINATIONS_URL: healthyUrl,
      GATEWAY_HEALTH_MAX_AGE_MS: '300000',
    });
    try {
      const healthUrl = gateway.url.replace(/\/graphql$/, '/health');
      const probes = await Promise.all([1, 2, 3].map(() => fetch(healthUrl)));
      for (let i = 0; i < 5; i++) probes.push(await fetch(healthUrl));
      for (const probe of probes) {
        expect(probe.status).toBe(503);
        expect(await probe.json()).toEqual({
          status: 'degraded',
          service: 'gateway',
          subgraphs: { organizations: 'ok', tasks: 'ok', nominations: 'ok', evaluation: 'unavailable' },
        });
      }
      // One check for the eight probes: each healthy stand-in was asked once.
      expect(healthProbes).toBe(3);
    } finally {
      await gateway.close();
    }
  });
});
