// Starts the whole system on one machine: four subgraphs (embedded PostgreSQL unless DATABASE_URL
// is set, demo data loaded on first start), the gateway and the admin client. Ctrl-C stops all.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const env = { SEED_DEMO: 'true', ...process.env };
const gatewayPort = Number(env.GATEWAY_PORT ?? 4000);
const adminPort = Number(env.ADMIN_PORT ?? 3000);
const subgraphs = [
  ['organizations', Number(env.ORGANIZATIONS_PORT ?? 4001)],
  ['tasks', Number(env.TASKS_PORT ?? 4002)],
  ['nominations', Number(env.NOMINATIONS_PORT ?? 4003)],
  ['evaluation', Number(env.EVALUATION_PORT ?? 4004)],
];
for (const [name, port] of subgraphs) env[`${name.toUpperCase()}_URL`] ??= `http://127.0.0.1:${port}/graphql`;

const children = [];
let stopping = false;

function start(name, args, extraEnv = {}) {
  const child = spawn(process.execPath, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (line) => line && process.stdout.write(`[${name}] ${line}\n`);
  child.stdout.setEncoding('utf8').on('data', (d) => d.split('\n').forEach(prefix));
  child.stderr.setEncoding('utf8').on('data', (d) => d.split('\n').forEach(prefix));
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[${name}] exited with code ${code}; stopping everything`);
      stopAll(1);
    }
  });
  children.push(child);
}

async function waitFor(url, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`${what} did not become healthy at ${url}`);
}

function stopAll(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

try {
  for (const [name, port] of subgraphs) {
    start(name, [`apps/${name}/dist/main.js`], { [`${name.toUpperCase()}_PORT`]: String(port) });
  }
  await Promise.all(subgraphs.map(([name, port]) => waitFor(`http://127.0.0.1:${port}/health`, name)));
  start('gateway', ['apps/gateway/dist/main.js'], { GATEWAY_PORT: String(gatewayPort) });
  await waitFor(`http://127.0.0.1:${gatewayPort}/health`, 'gateway');
  const vite = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname;
  start('admin', [vite, 'preview', 'apps/admin', '--host', '127.0.0.1', '--port', String(adminPort), '--strictPort'], {
    GATEWAY_URL: `http://127.0.0.1:${gatewayPort}`,
  });
  await waitFor(`http://127.0.0.1:${adminPort}/`, 'admin');
  console.log(`
融合 (Ronghe) is running:
  admin client   http://localhost:${adminPort}   (sign in as admin / Ronghe@2026)
  GraphQL        http://localhost:${gatewayPort}/graphql
  health         http://localhost:${gatewayPort}/health
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(String(error));
  stopAll(1);
}
