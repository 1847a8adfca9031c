import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { DataSource, type EntitySchema, type Logger as TypeormLogger, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { Logger } from './logger.js';

type EntityTarget = Function | EntitySchema;
export type MigrationClass = new () => MigrationInterface;

export interface DatabaseOptions {
  /** The subgraph's name: names its embedded data folder. */
  name: string;
  /** A PostgreSQL server. Without it, an embedded PGlite under `dataDir/name` is started. */
  url: string | undefined;
  /** Schema for this subgraph's tables on a shared server. */
  schema: string;
  dataDir: string;
  entities: EntityTarget[];
  migrations: MigrationClass[];
  logger: Logger;
  poolSize?: number;
  /** Receives every SQL statement when set (tests count them). */
  typeormLogger?: TypeormLogger;
}

export interface Database {
  dataSource: DataSource;
  /** True when the data lives in the embedded PGlite. */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the subgraph's database and brings its schema up to date through its migrations.
 * The same `pg` driver and migrations run against a server and against the embedded PGlite,
 * which is served over the wire protocol for that reason.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.url ? null : await startEmbeddedPostgres(path.join(options.dataDir, options.name), options.logger);
  const url = options.url ?? embedded!.url;
  // The embedded database belongs to this subgraph alone, so its tables stay in `public`.
  const schema = embedded ? 'public' : options.schema;
  if (!embedded) await ensureSchema(url, schema);

  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    installExtensions: false,
    applicationName: `ronghe-${options.name}`,
    ...(options.typeormLogger ? { logging: ['query' as const], logger: options.typeormLogger } : {}),
    // PGlite runs one session: a single pooled connection keeps transactions from interleaving.
    extra: {
      max: embedded ? 1 : (options.poolSize ?? 10),
      options: `-c search_path=${schema}`,
    },
  });
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) {
    options.logger.info({ migrations: applied.map((m) => m.name), schema }, 'migrations applied');
  }
  return {
    dataSource,
    embedded: embedded !== null,
    async close() {
      await dataSource.destroy();
      await embedded?.close();
    },
  };
}

async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await client.end();
  }
}

/** Drops a schema and everything in it: for tests that made a throwaway schema. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

interface EmbeddedPostgres {
  url: string;
  close(): Promise<void>;
}

async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<EmbeddedPostgres> {
  await mkdir(dataDir, { recursive: true });
  // pg_trgm backs substring search on names; a server has it as a trusted extension.
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  logger.info({ dataDir: path.resolve(dataDir) }, 'embedded PostgreSQL (PGlite) started');
  return {
    url,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * A migration written as plain SQL. Statements run unqualified: the connection's search_path
 * is the subgraph's schema, so the same migration serves every deployment.
 */
export function sqlMigration(name: string, up: string, down: string): MigrationClass {
  const migration = class implements MigrationInterface {
    name = name;
    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(up);
    }
    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(down);
    }
  };
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}
