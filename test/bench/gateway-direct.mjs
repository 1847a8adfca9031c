// The gateway's own cost (`npm run bench -- direct`): one query that needs one subgraph, sent
// through the gateway and straight to that subgraph (with an internal token signed once, as the
// gateway would send), on the same system. The gateway must keep ≥ 0.6× the direct throughput.
// Prints req/s, latency and the gateway's CPU per query (probe.mjs), alternating the order each
// round. Run after the build. Settings (environment): DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test, throwaway schemas), BENCH_CONNECTIONS (10),
// BENCH_DURATION (10 s measured per run), BENCH_WARMUP (3 s), BENCH_ROUNDS (3), BENCH_OUT (JSON),
// BENCH_GATEWAY_NODE_ARGS (node arguments for the gateway alone, e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import { signInternalToken } from '@ronghe/kit/identity';
import { INTERNAL_TOKEN_HEADER } from '@ronghe/types';
import autocannon from 'autocannon';
import { decodeJwt } from 'jose';
import { dropSchema } from '@ronghe/kit';
import { SUBGRAPHS, startSystem } from '../../scripts/system.mjs';

const root = new URL('../../', import.meta.url).pathname;
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET = 0.6;
const INTERNAL_SECRET = 'ronghe-dev-internal-secret-change-me-0123456789';
const JWT_SECRET = 'ronghe-dev-jwt-secret-change-me-0123456789abcdef';
const QUERY = '{ organizations(first: 20) { nodes { id name kind } } }';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const run = randomBytes(3).toString('hex');
const schemas = Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_DB_SCHEMA`, `bench_${run}_${name}`]));
const ports = { gateway: await freePort(), admin: null };
for (const name of SUBGRAPHS) ports[name] = await freePort();
const logs = [];
const probe = `--import=${pathToFileURL(`${root}test/bench/probe.mjs`)}`;

async function cpuMs(url) {
  return (await (await fetch(new URL('/__bench', url))).json()).cpuMs;
}

const measure = (url, headers, seconds, expected) =>
  autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
    verifyBody: (body) => body === expected,
  });

let system;
let exitCode = 0;
try {
  system = await startSystem({
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      INTERNAL_SECRET,
      JWT_SECRET,
      DATABASE_URL,
      ...schemas,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, probe].filter(Boolean).join(' '),
      GATEWAY_NODE_ARGS: process.env.BENCH_GATEWAY_NODE_ARGS ?? '',
    },
    ports,
    onLine: (name, line) => logs.push(`[${name}] ${line}`),
  }).catch((error) => {
    throw new Error(`${error.message}\n${logs.join('\n')}`);
  });
  const login = await (
    await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "Ronghe@2026") { accessToken } }' }),
    })
  ).json();
  const token = login.data.login.accessToken;
  const claims = decodeJwt(token);
  const identity = { accountId: claims.sub, username: claims.username, organizationId: claims.org, roles: claims.roles };
  // An internal token lives 60 s: the direct path signs a fresh one before each run.
  const direct = { name: 'direct to organizations', url: system.subgraphUrls.organizations, headers: {} };
  const sign = async () => {
    direct.headers = { [INTERNAL_TOKEN_HEADER]: await signInternalToken({ identity }, INTERNAL_SECRET) };
  };
  await sign();
  const paths = [direct, { name: 'through the gateway', url: system.gatewayUrl, headers: { authorization: `Bearer ${token}` } }];
  for (const path of paths) {
    const response = await fetch(path.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...path.headers },
      body: JSON.stringify({ query: QUERY }),
    });
    path.expected = await response.text();
    const body = JSON.parse(path.expected);
    if (!body.data?.organizations?.nodes?.length) throw new Error(`${path.name}: ${path.expected.slice(0, 500)}`);
  }
  if (JSON.stringify(JSON.parse(paths[0].expected).data) !== JSON.stringify(JSON.parse(paths[1].expected).data)) {
    throw new Error(`the two paths answer differently:\n${paths[0].expected}\n${paths[1].expected}`);
  }
  for (const path of paths) await measure(path.url, path.headers, 5, path.expected);

  // One client at a time: the latency the gateway adds, and the subgraph calls it makes per query.
  const sequential = {};
  for (const path of paths) {
    await sign();
    const before = await (await fetch(new URL('/__bench', system.subgraphUrls.organizations))).json();
    const times = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      await (
        await fetch(path.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...path.headers },
          body: JSON.stringify({ query: QUERY }),
        })
      ).text();
      times.push(performance.now() - started);
    }
    const after = await (await fetch(new URL('/__bench', system.subgraphUrls.organizations))).json();
    times.sort((a, b) => a - b);
    sequential[path.name] = { p50: times[25], calls: (after.graphqlRequests - before.graphqlRequests) / 50 };
    console.log(
      `one at a time, ${path.name}: p50 ${times[25].toFixed(1)} ms, organizations requests per query ${sequential[path.name].calls}`,
    );
  }

  const results = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const path of round % 2 ? [...paths].reverse() : paths) {
      await sign();
      await measure(path.url, path.headers, WARMUP, path.expected);
      const before = await cpuMs(system.gatewayUrl);
      const r = await measure(path.url, path.headers, DURATION, path.expected);
      const gatewayCpu = (await cpuMs(system.gatewayUrl)) - before;
      const failed = r.errors + r.timeouts + r.non2xx + r.mismatches;
      results.push({
        path: path.name,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        failed,
        gatewayCpu,
        served: r.requests.total,
      });
      console.log(
        `round ${round + 1} ${path.name}: ${r.requests.average.toFixed(1)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, failed ${failed}`,
      );
    }
  }
  const summary = paths.map(({ name }) => {
    const rows = results.filter((r) => r.path === name);
    const avg = (k) => rows.reduce((s, r) => s + r[k], 0) / rows.length;
    return {
      path: name,
      'req/s': Number(avg('rps').toFixed(1)),
      'p50 ms': Number(avg('p50').toFixed(1)),
      'p99 ms': Number(avg('p99').toFixed(1)),
      failed: rows.reduce((s, r) => s + r.failed, 0),
      'gateway CPU ms/query': Number((rows.reduce((s, r) => s + r.gatewayCpu, 0) / rows.reduce((s, r) => s + r.served, 0)).toFixed(2)),
    };
  });
  console.log(`\n${QUERY}\n${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured, ${ROUNDS} rounds; mean:`);
  console.table(summary);
  const ratio = summary[1]['req/s'] / summary[0]['req/s'];
  console.log(`gateway / direct throughput: ${ratio.toFixed(2)}× (target ≥ ${TARGET}×) ${ratio >= TARGET ? 'ok' : 'BELOW TARGET'}`);
  if (ratio < TARGET || summary.some((s) => s.failed)) exitCode = 1;
  if (process.env.BENCH_OUT)
    await writeFile(
      process.env.BENCH_OUT,
      `${JSON.stringify({ date: new Date().toISOString(), summary, sequential, results }, null, 2)}\n`,
    );
} catch (error) {
  exitCode = 1;
  console.error(error);
} finally {
  await system?.stop();
  for (const schema of Object.values(schemas)) await dropSchema(DATABASE_URL, schema);
}
process.exit(exitCode);
