import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// The admin image's server (deploy/containers/admin-server.mjs), run as the image runs it, over
// real HTTP: the built client's files, index.html for client-side routes, /graphql passed to the
// gateway (a stand-in server here that echoes what it received), /health for the probes.
const script = new URL('../../deploy/containers/admin-server.mjs', import.meta.url).pathname;
let dir: string;
let gateway: http.Server;
let admin: ChildProcess;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'admin-static-'));
  mkdirSync(path.join(dir, 'public', 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'public', 'index.html'), '<!doctype html><title>融合</title>');
  writeFileSync(path.join(dir, 'public', 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the static folder');

  gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, url: req.url, body, forwardedFor: req.headers['x-forwarded-for'] }));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const gatewayPort = (gateway.address() as AddressInfo).port;

  admin = spawn(process.execPath, [script], {
    cwd: dir,
    env: { ...process.env, ADMIN_PORT: '0', HOST: '127.0.0.1', GATEWAY_URL: `http://127.0.0.1:${gatewayPort}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    admin.once('exit', (code) => reject(new Error(`admin server exited with ${code}`)));
    admin.stdout?.on('data', (chunk: Buffer) => {
      const match = /"port":(\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  admin?.kill('SIGTERM');
  await new Promise<void>((resolve) => gateway?.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('the admin image server', () => {
  test('answers the health probe', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'admin' });
  });

  test('serves the client, and index.html for a client-side route, never cached', async () => {
    for (const route of ['/', '/organizations/42', '/%E0%A4%A']) {
      const response = await fetch(`${base}${route}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>融合</title>');
    }
  });

  test('serves content-hashed assets with a long cache', async () => {
    const response = await fetch(`${base}/assets/index-abc123.js`);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe('console.log(1)');
  });

  test('never serves a file outside its folder', async () => {
    // Sent as written (fetch would normalise the dots away before they reach the server).
    const rawGet = (route: string) =>
      new Promise<string>((resolve, reject) => {
        http
          .get(`${base}/`, { path: route }, (res) => {
            let text = '';
            res.on('data', (chunk) => {
              text += chunk;
            });
            res.on('end', () => resolve(text));
          })
          .on('error', reject);
      });
    for (const route of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/../../secret.txt']) {
      const text = await rawGet(route);
      expect(text, route).toContain('<title>融合</title>');
      expect(text, route).not.toContain('outside the static folder');
    }
  });

  test('passes /graphql to the gateway with the body, and names the client in X-Forwarded-For', async () => {
    const response = await fetch(`${base}/graphql?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      method: 'POST',
      url: '/graphql?x=1',
      body: JSON.stringify({ query: '{ __typename }' }),
      forwardedFor: '127.0.0.1',
    });
  });

  test('refuses other methods on static files', async () => {
    expect((await fetch(`${base}/`, { method: 'DELETE' })).status).toBe(405);
  });
});
