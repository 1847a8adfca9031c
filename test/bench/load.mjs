// `npm run bench -- load`: 50 clients on a typical read through the gateway for 30 s, as partner
// systems and the office would load it at once. Prints the error rate, latency percentiles and the
// requests the gateway shed (503 SERVER_BUSY with Retry-After) instead of queueing them into
// timeouts, and how long a small query waits meanwhile. Runs the built system in production mode on
// DATABASE_URL when set, else on an embedded PostgreSQL in a temporary folder, with demo data.
// Settings (environment): LOAD_CONNECTIONS (50), LOAD_SECONDS (30).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { SUBGRAPHS, startSystem } from '../../scripts/system.mjs';

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
// The README's federated read, a page of 20: all four subgraphs answer part of it.
const QUERY = `{ organizations(first: 20) { nodes { name assignments(first: 5) { nodes { status task { code } } }
  nominationsReceived(first: 5) { nodes { category status result { rank } } } } } }`;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(tmpdir(), 'ronghe-bench-load-'));
const ports = { gateway: await freePort(), admin: null };
for (const name of SUBGRAPHS) ports[name] = await freePort();
const logs = [];
let system;
try {
  system = await startSystem({
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      JWT_SECRET: 'bench-jwt-secret-bench-jwt-secret-0001',
      INTERNAL_SECRET: 'bench-internal-secret-bench-internal-01',
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
    },
    ports,
    onLine: (name, line) => logs.push(`[${name}] ${line}`),
    timeoutMs: 180_000,
  });
  const url = system.gatewayUrl;
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "Ronghe@2026") { accessToken } }' }),
  }).then((r) => r.json());
  const token = login.data.login.accessToken;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

  // A small query sent once a second while the load runs: what a user of the admin client meets.
  const probes = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: '{ me { username } }' }) });
      await response.arrayBuffer();
      probes.push({ ms: performance.now() - started, status: response.status });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  })();

  const statuses = {};
  let wrong = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
    headers,
    body: JSON.stringify({ query: QUERY }),
    setupClient: (client) => {
      client.on('response', (statusCode) => {
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      });
    },
    verifyBody: (body) => {
      const ok = !body.includes('"errors"');
      if (!ok && !body.includes('SERVER_BUSY')) wrong++;
      return ok;
    },
  });
  probing = false;
  await prober;

  const total = Object.values(statuses).reduce((a, b) => a + b, 0) + result.errors + result.timeouts;
  const shed = statuses[503] ?? 0;
  const failed = total - (statuses[200] ?? 0) - shed + wrong;
  const sorted = probes.map((p) => p.ms).sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]?.toFixed(0);
  console.log(`${CONNECTIONS} clients × ${SECONDS} s on the federated read (all four subgraphs), production mode:`);
  console.table({
    requests: total,
    'per second': Math.round(result.requests.average),
    'latency p50 ms': result.latency.p50,
    'latency p99 ms': result.latency.p99,
    'latency max ms': result.latency.max,
    'shed (503)': shed,
    'shed %': ((100 * shed) / total).toFixed(2),
    'errors (not shed)': failed,
    'error %': ((100 * failed) / total).toFixed(2),
    timeouts: result.timeouts,
    'small query p50 ms': pct(50),
    'small query p99 ms': pct(99),
  });
  console.log('HTTP statuses:', statuses);
} catch (error) {
  console.error(error);
  console.error(logs.slice(-40).join('\n'));
  process.exitCode = 1;
} finally {
  await system?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
