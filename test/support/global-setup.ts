import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM script shared with `npm start`
import { SUBGRAPHS, startSystem } from '../../scripts/system.mjs';

export interface SystemUnderTest {
  gatewayUrl: string;
  adminUrl: string;
  subgraphUrls: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    system: SystemUnderTest;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * Starts the built system once for the end-to-end tests, as separate processes talking real HTTP,
 * on the test run's PostgreSQL (`postgres.ts`), one fresh schema per subgraph. Demo data is loaded
 * as `npm start` loads it.
 */
export default async function setup(project: TestProject) {
  for (const app of [...SUBGRAPHS, 'gateway']) {
    if (!existsSync(`apps/${app}/dist/main.js`)) throw new Error(`apps/${app} is not built: run \`npm run build\` first`);
  }
  if (!existsSync('apps/admin/dist/index.html')) throw new Error('apps/admin is not built: run `npm run build` first');

  const run = randomBytes(3).toString('hex');
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: test/support/postgres.ts must run first');
  const schemas = Object.fromEntries(SUBGRAPHS.map((name: string) => [`${name.toUpperCase()}_DB_SCHEMA`, `e2e_${run}_${name}`]));
  const ports: Record<string, number> = {};
  for (const app of ['gateway', 'admin', ...SUBGRAPHS]) ports[app] = await freePort();
  const logs: string[] = [];
  const system = await startSystem({
    env: {
      SEED_DEMO: 'true',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      // Partner keys checked again after 2 s (30 s by default) and usage written every 0.5 s, so the
      // tests see a revoked key refused and its calls counted without waiting long.
      PARTNER_CLIENT_CHECK_SECONDS: '2',
      PARTNER_USAGE_FLUSH_MS: '500',
      ...schemas,
    },
    ports,
    onLine: (name: string, line: string) => logs.push(`[${name}] ${line}`),
  }).catch((error: Error) => {
    throw new Error(`${error.message}\n${logs.join('\n')}`);
  });

  project.provide('system', { gatewayUrl: system.gatewayUrl, adminUrl: system.adminUrl, subgraphUrls: system.subgraphUrls });

  return async () => {
    await system.stop();
    if (system.failures.length) console.error(`system processes failed:\n${system.failures.join('\n')}\n${logs.join('\n')}`);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    for (const schema of Object.values(schemas)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  };
}
