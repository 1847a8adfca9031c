import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ErrorCode } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openDatabase, sqlMigration } from './database.js';
import { createErrorFormatter } from './errors.js';
import { createLogger } from './logger.js';
import { openTestDatabase, type TestDatabase, testDatabaseUrl } from './testing.js';

// A migration that takes longer than the statement timeout: it must still apply.
const migrations = [
  sqlMigration('CreateNote1700000000001', 'CREATE TABLE note (id int PRIMARY KEY)', 'DROP TABLE note'),
  sqlMigration('SlowBackfill1700000000002', 'SELECT pg_sleep(0.5); INSERT INTO note (id) VALUES (1)', 'DELETE FROM note'),
];

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase({ name: 'kit_timeout', entities: [], migrations, statementTimeoutMs: 200 });
});
afterAll(() => db?.close());

describe('statement timeout', () => {
  it('applies migrations that run longer than the timeout', async () => {
    expect(await db.dataSource.query('SELECT id FROM note')).toEqual([{ id: 1 }]);
  });

  it('stops a statement that runs past it and answers QUERY_TIMEOUT, not an internal error', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { slow: Int }',
      resolvers: { Query: { slow: () => db.dataSource.query('SELECT pg_sleep(2)') } },
      formatError: createErrorFormatter(createLogger('test', 'silent')),
    });
    const response = await server.executeOperation({ query: '{ slow }' });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toEqual([
      {
        message: '查询超时,请稍后重试或缩小查询范围',
        path: ['slow'],
        locations: [{ line: 1, column: 3 }],
        extensions: { code: ErrorCode.QUERY_TIMEOUT },
      },
    ]);
  });
});

describe('the application role', () => {
  it('asks for CREATEROLE when the owner named by the URL may not create it', async () => {
    const owner = `kit_owner_${randomBytes(4).toString('hex')}`;
    const schema = `${owner}_schema`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${owner} LOGIN PASSWORD 'owner-pass'`);
      await admin.query(`GRANT CREATE ON DATABASE postgres TO ${owner}`);
      const url = new URL(testDatabaseUrl());
      url.username = owner;
      url.password = 'owner-pass';
      await expect(
        openDatabase({
          name: 'kit_owner',
          url: url.toString(),
          schema,
          dataDir: '',
          entities: [],
          migrations,
          logger: createLogger('test', 'silent'),
        }),
      ).rejects.toThrow(/CREATEROLE/);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.query(`DROP OWNED BY ${owner}; DROP ROLE ${owner}`);
      await admin.end();
    }
  });

  it("lets a replica's new connections in after another replica of the subgraph started", async () => {
    // The owner as deployments have it: may create roles, is no superuser.
    const owner = `kit_owner_${randomBytes(4).toString('hex')}`;
    const schema = `${owner}_schema`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`CREATE ROLE ${owner} LOGIN CREATEROLE PASSWORD 'owner-pass'`);
    await admin.query(`GRANT CREATE ON DATABASE postgres TO ${owner}`);
    const url = new URL(testDatabaseUrl());
    url.username = owner;
    url.password = 'owner-pass';
    // Each replica with its own data directory, as pods with their own /tmp.
    const dirs = [await mkdtemp(path.join(tmpdir(), 'ronghe-a-')), await mkdtemp(path.join(tmpdir(), 'ronghe-b-'))];
    const open = (dataDir: string) =>
      openDatabase({
        name: 'kit_replicas',
        url: url.toString(),
        schema,
        dataDir,
        entities: [],
        migrations,
        logger: createLogger('test', 'silent'),
      });
    const first = await open(dirs[0] as string);
    try {
      const second = await open(dirs[1] as string);
      await second.close();
      const again = new pg.Client({ connectionString: String((first.dataSource.options as { url?: string }).url) });
      await again.connect();
      expect((await again.query('SELECT current_user AS who')).rows).toEqual([{ who: first.appRole }]);
      await again.end();
    } finally {
      await first.close();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.query(`DROP OWNED BY ${first.appRole}, ${owner}; DROP ROLE ${first.appRole}; DROP ROLE ${owner}`);
      await admin.end();
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    }
  });
});
