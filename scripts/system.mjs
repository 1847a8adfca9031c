// Starts the whole system as separate processes, the way an operator runs it: the database
// (unless DATABASE_URL names one), four subgraphs, then the gateway, then the admin client. Used
// by `npm start` and by the end-to-end tests.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmbeddedPostgres } from '@ronghe/kit/embedded-postgres';
import { localSubgraphUrl, SUBGRAPHS } from '@ronghe/types';

const root = new URL('../', import.meta.url).pathname;

export { SUBGRAPHS };

async function waitForHealth(url, what, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before it was healthy`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {}
    await sleep(200);
  }
  throw new Error(`${what} did not become healthy at ${url} within ${timeoutMs} ms`);
}

/**
 * @param {{ env?: Record<string, string>, ports: { gateway: number, admin: number | null, organizations: number, tasks: number, nominations: number, evaluation: number }, onLine?: (name: string, line: string) => void, timeoutMs?: number }} options
 */
export async function startSystem({ env = {}, ports, onLine = () => {}, timeoutMs = 90_000 }) {
  const children = [];
  let stopping = false;
  const baseEnv = { ...process.env, ...env };
  // One PostgreSQL server for the whole system, each subgraph in its own schema on it.
  const database = baseEnv.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: baseEnv.DATA_DIR ?? `${root}.data`,
        onLog: (line) => onLine('postgres', line),
      });
  if (database) baseEnv.DATABASE_URL = database.url;
  for (const name of SUBGRAPHS) baseEnv[`${name.toUpperCase()}_URL`] = localSubgraphUrl(name, ports[name]);
  const failures = [];
  /** Each process's id by name, for a caller that measures them (the footprint bench). */
  const pids = {};

  const start = (name, args, extraEnv) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...baseEnv, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      let buffer = '';
      stream.on('data', (chunk) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop();
        for (const line of lines) if (line) onLine(name, line);
      });
    }
    child.on('exit', (code) => {
      if (!stopping) failures.push(`${name} exited with code ${code}`);
    });
    children.push(child);
    pids[name] = child.pid;
    return child;
  };

  const stop = async () => {
    stopping = true;
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', resolve);
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }),
      ),
    );
    await database?.stop();
  };

  try {
    await Promise.all(
      SUBGRAPHS.map((name) => {
        const child = start(name, [`apps/${name}/dist/main.js`], { [`${name.toUpperCase()}_PORT`]: String(ports[name]) });
        return waitForHealth(`http://127.0.0.1:${ports[name]}/health`, name, child, timeoutMs);
      }),
    );
    // GATEWAY_NODE_ARGS: node arguments for the gateway alone (a benchmark profiling it: --cpu-prof).
    const gatewayArgs = (baseEnv.GATEWAY_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const gateway = start('gateway', [...gatewayArgs, 'apps/gateway/dist/main.js'], { GATEWAY_PORT: String(ports.gateway) });
    await waitForHealth(`http://127.0.0.1:${ports.gateway}/health`, 'gateway', gateway, timeoutMs);
    if (ports.admin !== null) {
      const vite = `${root}node_modules/vite/bin/vite.js`;
      const admin = start('admin', [vite, 'preview', 'apps/admin', '--host', '127.0.0.1', '--port', String(ports.admin), '--strictPort'], {
        GATEWAY_URL: `http://127.0.0.1:${ports.gateway}`,
      });
      await waitForHealth(`http://127.0.0.1:${ports.admin}/`, 'admin', admin, timeoutMs);
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    adminUrl: ports.admin === null ? null : `http://127.0.0.1:${ports.admin}`,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((name) => [name, localSubgraphUrl(name, ports[name])])),
    failures,
    pids,
    stop,
  };
}
