// Idle footprint (`npm run bench -- footprint`): starts the system the way `npm start` does
// (scripts/system.mjs: four subgraphs, the gateway, the admin client's server) with the demo data,
// lets it settle, and prints each process's resident memory against the target of 150 MB.
// Settings (environment): DATABASE_URL (unset: the embedded PostgreSQL, in a throwaway data
// folder, as `npm start` runs; set: throwaway schemas bench_<run>_* on it), NODE_ENV (unset, as
// `npm start`), BENCH_IDLE_SECONDS (15).
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { dropSchema } from '@ronghe/kit';
import { SUBGRAPHS, startSystem } from '../../scripts/system.mjs';

const DATABASE_URL = process.env.DATABASE_URL;
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 15);
const TARGET_MB = 150;

/** Resident and peak memory of a process, in MB, from /proc (Linux). */
async function memoryOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const run = randomBytes(3).toString('hex');
const schemas = Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_DB_SCHEMA`, `bench_${run}_${name}`]));
const base = 46_700 + Math.floor(Math.random() * 200);
const ports = { gateway: base, admin: base + 1, ...Object.fromEntries(SUBGRAPHS.map((name, i) => [name, base + 2 + i])) };
const logs = [];
const dataDir = DATABASE_URL ? null : await mkdtemp(path.join(tmpdir(), 'ronghe-footprint-'));
let system;
let exitCode = 0;
try {
  console.log(`starting the system as \`npm start\` does (demo data, ${DATABASE_URL ? 'on DATABASE_URL' : 'embedded PostgreSQL'}) ...`);
  system = await startSystem({
    env: { LOG_LEVEL: 'warn', SEED_DEMO: 'true', ...(DATABASE_URL ? { DATABASE_URL, ...schemas } : { DATA_DIR: dataDir }) },
    ports,
    onLine: (name, line) => logs.push(`[${name}] ${line}`),
  });
  // One request through every subgraph, as a first page would, then quiet.
  await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "Ronghe@2026") { accessToken } }' }),
  });
  await sleep(IDLE_SECONDS * 1000);
  const rows = [];
  for (const [name, pid] of Object.entries(system.pids)) {
    const { rss, peak } = await memoryOf(pid);
    rows.push({
      process: name,
      'idle RSS MB': Math.round(rss),
      'peak RSS MB': Math.round(peak),
      target: `≤ ${TARGET_MB}`,
      ok: rss <= TARGET_MB,
    });
  }
  console.log(`\nidle ${IDLE_SECONDS} s after start:`);
  console.table(rows);
  if (rows.some((r) => !r.ok)) exitCode = 1;
} catch (error) {
  exitCode = 1;
  console.error(error, logs.slice(-40).join('\n'));
} finally {
  await system?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  else for (const schema of Object.values(schemas)) await dropSchema(DATABASE_URL, schema);
}
process.exit(exitCode);
