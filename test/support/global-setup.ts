import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { appRoleName, dropSchema } from '@ronghe/kit';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM script shared with `npm start`
import { SUBGRAPHS, startSystem } from '../../scripts/system.mjs';

export interface SystemUnderTest {
  gatewayUrl: string;
  adminUrl: string;
  subgraphUrls: Record<string, string>;
  /** The server the subgraphs run on (as its owner) and each subgraph's schema there. */
  database: { url: string; schemas: Record<string, string> };
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
  const schemaOf = Object.fromEntries(SUBGRAPHS.map((name: string) => [name, `e2e_${run}_${name}`]));
  const schemas = Object.fromEntries(SUBGRAPHS.map((name: string) => [`${name.toUpperCase()}_DB_SCHEMA`, schemaOf[name]]));
  const ports: Record<string, number> = {};
  for (const app of ['gateway', 'admin', ...SUBGRAPHS]) ports[app] = await freePort();
  const logs: string[] = [];
  const system = await startSystem({
    env: { SEED_DEMO: 'true', NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, ...schemas },
    ports,
    onLine: (name: string, line: string) => logs.push(`[${name}] ${line}`),
  }).catch((error: Error) => {
    throw new Error(`${error.message}\n${logs.join('\n')}`);
  });

  project.provide('system', {
    gatewayUrl: system.gatewayUrl,
    adminUrl: system.adminUrl,
    subgraphUrls: system.subgraphUrls,
    database: { url: databaseUrl, schemas: schemaOf },
  });

  return async () => {
    await system.stop();
    if (system.failures.length) console.error(`system processes failed:\n${system.failures.join('\n')}\n${logs.join('\n')}`);
    for (const schema of Object.values(schemas)) {
      await dropSchema(databaseUrl, schema);
      await rm(`.data/${appRoleName(schema)}.password`, { force: true });
    }
  };
}
