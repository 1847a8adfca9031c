import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer } from 'node:net';
import { rm } from 'node:fs/promises';
import { appRoleName, dropSchema } from '@ronghe/kit';
// @ts-expect-error plain ESM script shared with `npm start`
import { SUBGRAPHS, startSystem } from '../../scripts/system.mjs';

export interface SystemUnderTest {
  gatewayUrl: string;
  adminUrl: string;
  subgraphUrls: Record<string, string>;
  /** The server the subgraphs run on (as its owner) and each subgraph's schema there. */
  database: { url: string; schemas: Record<string, string> };
}

export interface RunningTestSystem extends SystemUnderTest {
  /** Stops the processes and drops the system's schemas. */
  stop(): Promise<void>;
}

/**
 * `count` distinct ports free now: each socket stays open until all are taken, since a port just
 * closed may be handed out again by the next bind (a gateway and its admin once drew the same one).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((server) => (server.address() as { port: number }).port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/**
 * Starts the built system as separate processes talking real HTTP, on the test run's PostgreSQL
 * (`postgres.ts`), one fresh schema per subgraph, with the demo data `npm start` loads. The shared
 * end-to-end system is one; a test that changes data freely (the fuzz) starts its own.
 */
export async function startTestSystem(
  env: Record<string, string> = {},
  /**
   * How long each process may take to become healthy (a second system on a busy machine needs
   * longer); `logFile` also keeps every line the processes print, for reading after a failed run.
   */
  { timeoutMs, logFile }: { timeoutMs?: number; logFile?: string } = {},
): Promise<RunningTestSystem> {
  for (const app of [...SUBGRAPHS, 'gateway']) {
    if (!existsSync(`apps/${app}/dist/main.js`)) throw new Error(`apps/${app} is not built: run \`npm run build\` first`);
  }
  if (!existsSync('apps/admin/dist/index.html')) throw new Error('apps/admin is not built: run `npm run build` first');

  const run = randomBytes(3).toString('hex');
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: test/support/postgres.ts must run first');
  const schemaOf: Record<string, string> = Object.fromEntries(SUBGRAPHS.map((name: string) => [name, `e2e_${run}_${name}`]));
  const schemas = Object.fromEntries(SUBGRAPHS.map((name: string) => [`${name.toUpperCase()}_DB_SCHEMA`, schemaOf[name]]));
  const ports: Record<string, number> = {};
  const apps = ['gateway', 'admin', ...SUBGRAPHS];
  const free = await freePorts(apps.length);
  for (const [i, app] of apps.entries()) ports[app] = free[i]!;
  const logs: string[] = [];
  // One stream for the whole run: the processes print a line per request.
  if (logFile) mkdirSync(dirname(logFile), { recursive: true });
  const logStream = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
  const closeLog = () => new Promise<void>((resolve) => (logStream ? logStream.end(resolve) : resolve()));
  const system = await startSystem({
    env: {
      SEED_DEMO: 'true',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      // Generous: on a busy machine a sign-in (its password hash) or a call between subgraphs may
      // take seconds; a test about timeouts sets its own.
      SUBGRAPH_TIMEOUT_MS: '60000',
      UPSTREAM_TIMEOUT_MS: '30000',
      ...schemas,
      ...env,
    },
    ports,
    timeoutMs,
    onLine: (name: string, line: string) => {
      // The last lines, for an error; the whole log is in `logFile` when asked for.
      if (logs.push(`[${name}] ${line}`) > 2000) logs.shift();
      logStream?.write(`[${name}] ${line}\n`);
    },
  }).catch(async (error: Error) => {
    await closeLog();
    throw new Error(`${error.message}\n${logs.join('\n')}`);
  });

  return {
    gatewayUrl: system.gatewayUrl,
    adminUrl: system.adminUrl,
    subgraphUrls: system.subgraphUrls,
    database: { url: databaseUrl, schemas: schemaOf },
    async stop() {
      await system.stop();
      await closeLog();
      if (system.failures.length) console.error(`system processes failed:\n${system.failures.join('\n')}\n${logs.join('\n')}`);
      // Each subgraph's schema and its application role, with the role's password file.
      for (const schema of Object.values(schemaOf)) {
        await dropSchema(databaseUrl, schema);
        await rm(`.data/${appRoleName(schema)}.password`, { force: true });
      }
    },
  };
}
