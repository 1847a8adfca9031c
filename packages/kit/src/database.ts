import pg from 'pg';
import { DataSource, type EntitySchema, type Logger as TypeormLogger, type MigrationInterface, type QueryRunner } from 'typeorm';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import type { Logger } from './logger.js';

// biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity classes as Function.
type EntityTarget = Function | EntitySchema;
export type MigrationClass = new () => MigrationInterface;

export interface DatabaseOptions {
  /** The subgraph's name: names its connections. */
  name: string;
  /**
   * A PostgreSQL server. Without it, this process starts the embedded PostgreSQL under
   * `dataDir/postgres` (a subgraph run alone; `npm start` starts one server for all and names it).
   */
  url: string | undefined;
  /** Schema for this subgraph's tables on a shared server. */
  schema: string;
  dataDir: string;
  entities: EntityTarget[];
  migrations: MigrationClass[];
  logger: Logger;
  poolSize?: number;
  /**
   * Longest a request's statement, or a pause inside its transaction, may take on the pool's
   * connections (`statement_timeout`, `idle_in_transaction_session_timeout`); unset: no limit.
   * Below the gateway's SUBGRAPH_TIMEOUT_MS, so no statement outlives the request that sent it.
   */
  statementTimeoutMs?: number;
  /** Receives every SQL statement when set (tests count them). */
  typeormLogger?: TypeormLogger;
  /**
   * Apply pending migrations on open (default). Off where a separate one-shot command migrates
   * (`dist/migrate.js`, the Kubernetes Job), so replicas starting together never race on them.
   */
  migrate?: boolean;
}

export interface Database {
  dataSource: DataSource;
  /** True when this process started the embedded PostgreSQL it runs on. */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the subgraph's database and brings its schema up to date through its migrations.
 * The same driver, pool and migrations run against a server and against the embedded one.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.url
    ? null
    : await startEmbeddedPostgres({
        dataDir: options.dataDir,
        onLog: (line) => options.logger.debug({ postgres: line }, 'embedded PostgreSQL'),
      });
  if (embedded) options.logger.info({ dataDir: embedded.clusterDir }, 'embedded PostgreSQL started');
  const url = options.url ?? embedded!.url;
  const schema = options.schema;
  await ensureSchema(url, schema);

  const shared = connectionSettings(options, url);
  if (options.migrate !== false) await applyMigrations(options, url);

  const timeout = options.statementTimeoutMs;
  const searchPath = `-c search_path=${schema}`;
  const dataSource = new DataSource({
    ...shared,
    extra: {
      max: options.poolSize ?? 10,
      options: timeout ? `${searchPath} -c statement_timeout=${timeout} -c idle_in_transaction_session_timeout=${timeout}` : searchPath,
    },
  });
  await dataSource.initialize();
  if (options.migrate === false && (await dataSource.showMigrations())) {
    await dataSource.destroy();
    await embedded?.stop();
    throw new Error(`${options.name}: 数据库有未执行的迁移,请先运行迁移命令 (node dist/migrate.js)`);
  }
  return {
    dataSource,
    embedded: embedded !== null,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/** What opening a connection to a subgraph's schema needs, for requests or for migrating. */
type ConnectionOptions = Pick<DatabaseOptions, 'name' | 'schema' | 'entities' | 'migrations' | 'logger' | 'typeormLogger'>;

function connectionSettings(options: ConnectionOptions, url: string) {
  return {
    type: 'postgres' as const,
    url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    installExtensions: false,
    applicationName: `ronghe-${options.name}`,
    ...(options.typeormLogger ? { logging: ['query' as const], logger: options.typeormLogger } : {}),
  };
}

/**
 * Brings the subgraph's schema up to date through its migrations, on a connection of its own and
 * without the requests' timeouts: building an index on a large table may rightly take minutes.
 */
async function applyMigrations(options: ConnectionOptions, url: string): Promise<void> {
  const migrator = new DataSource({ ...connectionSettings(options, url), extra: { max: 1, options: `-c search_path=${options.schema}` } });
  await migrator.initialize();
  try {
    const applied = await migrator.runMigrations({ transaction: 'each' });
    if (applied.length > 0) {
      options.logger.info({ migrations: applied.map((m) => m.name), schema: options.schema }, 'migrations applied');
    }
  } finally {
    await migrator.destroy();
  }
}

/**
 * The one-shot migration command of a deployment (a Kubernetes Job before a rollout): creates the
 * subgraph's schema and applies its pending migrations on the server named, then returns.
 */
export async function migrateDatabase(options: ConnectionOptions & { url: string }): Promise<void> {
  await ensureSchema(options.url, options.schema);
  await applyMigrations(options, options.url);
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
