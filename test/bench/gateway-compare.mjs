// Gateway library comparison: @apollo/gateway (apps/gateway, as shipped) against the Hive Gateway
// runtime (test/bench/hive-gateway.mjs), all in front of the same four subgraphs on the same
// PostgreSQL database, all verifying the caller's bearer token and signing an internal token for
// every subgraph request. The Hive runtime runs twice: without upstream request deduplication
// (the same work as @apollo/gateway) and with its default deduplication of identical in-flight
// subgraph requests. Drives the same federated query at each with autocannon, checks that every
// response carries the same data, prints a table and (BENCH_OUT) writes the results as JSON.
//
// Run after the build (`npx turbo run build --filter=!@ronghe/admin`):
//   node test/bench/gateway-compare.mjs
// Settings (environment): DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
// BENCH_CONNECTIONS (10), BENCH_DURATION (15 s measured per run), BENCH_WARMUP (3 s before each run),
// BENCH_ROUNDS (3), BENCH_SYSTEM_WARMUP (10 s per gateway once, before the first round),
// BENCH_MAX_REQUESTS (per run, 200000), BENCH_OUT (a JSON file for the results).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { SUBGRAPHS, startSystem } from '../../scripts/system.mjs';

const root = new URL('../../', import.meta.url).pathname;
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SYSTEM_WARMUP = Number(process.env.BENCH_SYSTEM_WARMUP ?? 10);
const MAX_REQUESTS = Number(process.env.BENCH_MAX_REQUESTS ?? 200_000);
const INTERNAL_SECRET = process.env.INTERNAL_SECRET ?? 'ronghe-dev-internal-secret-change-me-0123456789';
const JWT_SECRET = process.env.JWT_SECRET ?? 'ronghe-dev-jwt-secret-change-me-0123456789abcdef';

const QUERY = `{ organizations(first: 20) { nodes { name
  nominationsReceived { nodes { category result { rank } } }
  assignments(first: 5) { nodes { task { code } } } } } }`;

for (const app of [...SUBGRAPHS, 'gateway']) {
  if (!existsSync(`${root}apps/${app}/dist/main.js`))
    throw new Error(`apps/${app} is not built: run \`npx turbo run build --filter=!@ronghe/admin\` first`);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForHealth(url, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {}
    await sleep(200);
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs} ms`);
}

async function post(url, body, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

function measure(url, token, seconds, expectedBody, title) {
  return autocannon({
    title,
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    maxOverallRequests: MAX_REQUESTS,
    timeout: 10,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY }),
    // Every response must be the complete, correct answer; anything else counts as a mismatch.
    verifyBody: (body) => body === expectedBody,
  });
}

const run = randomBytes(3).toString('hex');
const schemas = Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_DB_SCHEMA`, `bench_${run}_${name}`]));
const ports = { gateway: await freePort(), admin: null };
for (const name of SUBGRAPHS) ports[name] = await freePort();
const hivePorts = { hive: await freePort(), hiveDedupe: await freePort(), hiveRouter: await freePort() };
const logs = [];
const onLine = (name, line) => logs.push(`[${name}] ${line}`);
const probe = `--import=${pathToFileURL(`${root}test/bench/probe.mjs`)}`;
const commonEnv = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  INTERNAL_SECRET,
  JWT_SECRET,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, probe].filter(Boolean).join(' '),
};

/** GraphQL requests served and CPU time used so far by each process (see probe.mjs). */
async function snapshot(urls) {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => [name, await (await fetch(new URL('/__bench', url))).json()]),
  );
  return Object.fromEntries(entries);
}
const delta = (after, before) =>
  Object.fromEntries(
    Object.keys(after).map((k) => [
      k,
      { requests: after[k].graphqlRequests - before[k].graphqlRequests, cpuMs: after[k].cpuMs - before[k].cpuMs },
    ]),
  );

let system;
const hives = [];
let exitCode = 0;
try {
  console.log(`starting subgraphs + Apollo gateway on PostgreSQL (schemas bench_${run}_*) ...`);
  system = await startSystem({
    env: { ...commonEnv, SEED_DEMO: 'true', DATABASE_URL, ...schemas },
    ports,
    onLine,
    // A busy shared machine seeds slowly.
    timeoutMs: 240_000,
  }).catch((error) => {
    throw new Error(`${error.message}\n${logs.join('\n')}`);
  });

  // Two Hive runtimes: like for like (no upstream request deduplication, as @apollo/gateway), and
  // with the library's default of sharing identical subgraph requests in flight.
  for (const [key, dedupe, router] of [
    ['hive', false, false],
    ['hiveDedupe', true, false],
    ['hiveRouter', false, true],
  ]) {
    const child = spawn(process.execPath, ['test/bench/hive-gateway.mjs'], {
      cwd: root,
      env: {
        ...process.env,
        ...commonEnv,
        GATEWAY_PORT: String(hivePorts[key]),
        HIVE_DEDUPLICATE_INFLIGHT: String(dedupe),
        HIVE_ROUTER_RUNTIME: String(router),
        ...Object.fromEntries(Object.entries(system.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    hives.push(child);
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => onLine(key, String(chunk).trimEnd()));
    await waitForHealth(`http://127.0.0.1:${hivePorts[key]}/healthcheck`, child).catch((error) => {
      throw new Error(`${error.message}\n${logs.filter((l) => l.startsWith(`[${key}]`)).join('\n')}`);
    });
  }

  const gateways = [
    { name: '@apollo/gateway', url: system.gatewayUrl },
    { name: 'Hive gateway-runtime', url: `http://127.0.0.1:${hivePorts.hive}/graphql` },
    { name: 'Hive, inflight dedupe (default)', url: `http://127.0.0.1:${hivePorts.hiveDedupe}/graphql` },
    { name: 'Hive + router-runtime (Rust planner)', url: `http://127.0.0.1:${hivePorts.hiveRouter}/graphql` },
  ];

  // Sign in through the shipped gateway; the same bearer token is then used on both.
  const login = await post(system.gatewayUrl, { query: 'mutation { login(username: "admin", password: "Ronghe@2026") { accessToken } }' });
  const token = JSON.parse(login.text).data?.login?.accessToken;
  if (!token) throw new Error(`login failed: ${login.text}`);

  // Both answer the query with the same data; the exact body of each is what its load run expects.
  for (const gateway of gateways) {
    const { status, text } = await post(gateway.url, { query: QUERY }, token);
    const body = JSON.parse(text);
    if (status !== 200 || body.errors || !body.data?.organizations?.nodes?.length) {
      throw new Error(`${gateway.name} did not answer the query: ${status} ${text.slice(0, 2000)}`);
    }
    gateway.expectedBody = text;
    gateway.data = body.data;
    // The same identity rules: no token is anonymous (refused by the subgraph), a forged one is refused.
    gateway.anonymous = JSON.parse((await post(gateway.url, { query: QUERY })).text).errors?.[0]?.extensions?.code;
    const forged = await post(gateway.url, { query: QUERY }, `${token.slice(0, -4)}AAAA`);
    gateway.forged = `${forged.status} ${JSON.parse(forged.text).errors?.[0]?.extensions?.code}`;
  }
  // Subgraph requests one query causes through each gateway.
  for (const gateway of gateways) {
    const before = await snapshot(system.subgraphUrls);
    await post(gateway.url, { query: QUERY }, token);
    const d = delta(await snapshot(system.subgraphUrls), before);
    gateway.fanOut = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v.requests]));
  }
  const sameData = gateways.every((g) => isDeepStrictEqual(g.data, gateways[0].data));
  const nodes = gateways[0].data.organizations.nodes;
  console.log(
    `query answered by all: ${nodes.length} organizations, ` +
      `${nodes.reduce((n, o) => n + o.nominationsReceived.nodes.length, 0)} nominations, ` +
      `${nodes.reduce((n, o) => n + o.assignments.nodes.length, 0)} assignments; identical data: ${sameData}`,
  );
  for (const g of gateways) {
    console.log(
      `  ${g.name}: without token -> ${g.anonymous}; forged token -> ${g.forged}; subgraph requests per query ${JSON.stringify(g.fanOut)}`,
    );
  }
  if (!sameData) {
    exitCode = 1;
    for (const g of gateways) console.error(`${g.name}: ${JSON.stringify(g.data)}`);
  }

  // The subgraphs and the database warm up over the first minute of load (JIT, plan and page
  // caches); load every gateway once before anything is measured.
  for (const gateway of gateways) await measure(gateway.url, token, SYSTEM_WARMUP, gateway.expectedBody, `${gateway.name} system warm-up`);

  // Alternate the order each round (A B C, C B A, ...) so drift on the shared machine favours none.
  const results = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? gateways : [...gateways].reverse();
    for (const gateway of order) {
      await measure(gateway.url, token, WARMUP, gateway.expectedBody, `${gateway.name} warm-up`);
      const processes = { gateway: gateway.url, ...system.subgraphUrls };
      const before = await snapshot(processes);
      const r = await measure(gateway.url, token, DURATION, gateway.expectedBody, gateway.name);
      const used = delta(await snapshot(processes), before);
      const served = used.gateway.requests;
      const subgraphCpu = SUBGRAPHS.reduce((sum, name) => sum + used[name].cpuMs, 0);
      const subgraphRequests = SUBGRAPHS.reduce((sum, name) => sum + used[name].requests, 0);
      const row = {
        gateway: gateway.name,
        round: round + 1,
        requests: r.requests.total,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        mean: r.latency.average,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        mismatches: r.mismatches,
        gatewayCpuMsPerQuery: used.gateway.cpuMs / served,
        subgraphCpuMsPerQuery: subgraphCpu / served,
        subgraphRequestsPerQuery: subgraphRequests / served,
        gatewayCpuShare: used.gateway.cpuMs / (DURATION * 1000),
      };
      results.push(row);
      console.log(
        `round ${row.round} ${row.gateway}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ` +
          `errors ${row.errors + row.non2xx + row.mismatches}; gateway CPU ${row.gatewayCpuMsPerQuery.toFixed(2)} ms/query ` +
          `(${(row.gatewayCpuShare * 100).toFixed(0)}% of a core), subgraphs ${row.subgraphCpuMsPerQuery.toFixed(2)} ms/query, ` +
          `${row.subgraphRequestsPerQuery.toFixed(2)} subgraph requests/query`,
      );
    }
  }

  const summary = gateways.map(({ name }) => {
    const rows = results.filter((r) => r.gateway === name);
    const avg = (key) => rows.reduce((s, r) => s + r[key], 0) / rows.length;
    return {
      gateway: name,
      'req/s': Number(avg('rps').toFixed(1)),
      'p50 ms': Number(avg('p50').toFixed(1)),
      'p99 ms': Number(avg('p99').toFixed(1)),
      requests: rows.reduce((s, r) => s + r.requests, 0),
      errors: rows.reduce((s, r) => s + r.errors + r.timeouts, 0),
      non2xx: rows.reduce((s, r) => s + r.non2xx, 0),
      'wrong body': rows.reduce((s, r) => s + r.mismatches, 0),
      'gateway CPU ms/query': Number(avg('gatewayCpuMsPerQuery').toFixed(2)),
      'subgraph CPU ms/query': Number(avg('subgraphCpuMsPerQuery').toFixed(2)),
    };
  });
  console.log(`\n${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured, ${ROUNDS} round(s) each; mean over rounds:`);
  console.table(summary);
  for (const s of summary.slice(1))
    console.log(`${s.gateway} / @apollo/gateway throughput: ${(s['req/s'] / summary[0]['req/s']).toFixed(2)}x`);
  console.log(`identical data from all: ${sameData}`);
  if (summary.some((s) => s.errors || s.non2xx || s['wrong body'])) exitCode = 1;

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    settings: {
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      warmupSeconds: WARMUP,
      systemWarmupSeconds: SYSTEM_WARMUP,
      rounds: ROUNDS,
      query: QUERY,
    },
    sameData,
    fanOut: Object.fromEntries(gateways.map((g) => [g.name, g.fanOut])),
    summary,
    runs: results,
  };
  if (process.env.BENCH_OUT) await writeFile(process.env.BENCH_OUT, `${JSON.stringify(report, null, 2)}\n`);
} catch (error) {
  exitCode = 1;
  console.error(error);
} finally {
  for (const child of hives) {
    if (child.exitCode !== null) continue;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  }
  if (system) {
    await system.stop();
    if (system.failures.length) console.error(`processes failed:\n${system.failures.join('\n')}\n${logs.slice(-50).join('\n')}`);
  }
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  for (const schema of Object.values(schemas)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}
process.exit(exitCode);
