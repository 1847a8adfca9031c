import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { DataSource, type EntitySchema, type Logger as TypeormLogger, type MigrationInterface, type QueryRunner } from 'typeorm';
import { cancelAbandonedStatements } from './cancellation.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { queueSchemaName, setupJobQueues } from './job-queue-setup.js';
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
  /**
   * The kinds of job the subgraph runs: with migrations, the owner makes pg-boss's schema
   * (`<schema>_queue`) and a queue per kind, and the application role is let use them.
   */
  jobKinds?: readonly string[];
}

export interface Database {
  /** Runs the requests, as the schema's application role (never the owner of its tables). */
  dataSource: DataSource;
  /** The login the requests run as: `appRoleName(schema)`. */
  appRole: string;
  /** That login's connection string, for clients beside TypeORM (the job queue). */
  appUrl: string;
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
  if (options.migrate !== false) {
    await applyMigrations(options, url);
    if (options.jobKinds?.length) await setupJobQueues(url, schema, options.jobKinds);
  } else if (await hasPendingMigrations(options, url)) {
    await embedded?.stop();
    throw new Error(`${options.name}: 数据库有未执行的迁移,请先运行迁移命令 (node dist/migrate.js)`);
  }

  const appRole = appRoleName(schema);
  const appUrl = withLogin(url, appRole, await grantAppRole(url, schema, appRole, options.dataDir));

  const timeout = options.statementTimeoutMs;
  const searchPath = `-c search_path=${schema}`;
  const dataSource = new DataSource({
    ...shared,
    url: appUrl,
    extra: {
      max: options.poolSize ?? 10,
      options: timeout ? `${searchPath} -c statement_timeout=${timeout} -c idle_in_transaction_session_timeout=${timeout}` : searchPath,
    },
  });
  await dataSource.initialize();
  cancelAbandonedStatements(dataSource, appUrl);
  return {
    dataSource,
    appRole,
    appUrl,
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

/** Whether migrations are waiting, asked as the owner (the application role cannot read their table). */
const hasPendingMigrations = (options: ConnectionOptions, url: string) => asOwner(options, url, (migrator) => migrator.showMigrations());

/**
 * Brings the subgraph's schema up to date through its migrations, on a connection of its own and
 * without the requests' timeouts: building an index on a large table may rightly take minutes.
 */
async function applyMigrations(options: ConnectionOptions, url: string): Promise<void> {
  const applied = await asOwner(options, url, (migrator) => migrator.runMigrations({ transaction: 'each' }));
  if (applied.length > 0) options.logger.info({ migrations: applied.map((m) => m.name), schema: options.schema }, 'migrations applied');
}

/** Runs `work` on one connection of the schema's owner, closed afterwards. */
async function asOwner<T>(options: ConnectionOptions, url: string, work: (migrator: DataSource) => Promise<T>): Promise<T> {
  const migrator = new DataSource({ ...connectionSettings(options, url), extra: { max: 1, options: `-c search_path=${options.schema}` } });
  await migrator.initialize();
  try {
    return await work(migrator);
  } finally {
    await migrator.destroy();
  }
}

/**
 * The one-shot migration command of a deployment (a Kubernetes Job before a rollout): creates the
 * subgraph's schema and applies its pending migrations on the server named, then returns.
 */
export async function migrateDatabase(options: ConnectionOptions & { url: string; jobKinds?: readonly string[] }): Promise<void> {
  await ensureSchema(options.url, options.schema);
  await applyMigrations(options, options.url);
  if (options.jobKinds?.length) await setupJobQueues(options.url, options.schema, options.jobKinds);
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

/**
 * The role a subgraph's requests log in as: one per schema, so that a subgraph reads no other
 * subgraph's tables, and not their owner, so that it cannot alter, truncate or un-trigger them.
 */
export function appRoleName(schema: string): string {
  return `${schema}_app`;
}

/** Tables whose rows are history: the application role may add and read them, nothing else. */
export const APPEND_ONLY_TRIGGER_SUFFIX = '_append_only';

/**
 * Makes a table append-only for everyone, its owner included: UPDATE, DELETE and TRUNCATE raise.
 * Migrations call this; the application role is then granted only INSERT and SELECT on it.
 */
export function appendOnlySql(table: string): string {
  return `
    CREATE OR REPLACE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END
    $fn$;
    DROP TRIGGER IF EXISTS ${table}${APPEND_ONLY_TRIGGER_SUFFIX} ON ${table};
    CREATE TRIGGER ${table}${APPEND_ONLY_TRIGGER_SUFFIX} BEFORE UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
    DROP TRIGGER IF EXISTS ${table}_no_truncate ON ${table};
    CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();`;
}

/**
 * Creates or updates the schema's application role, as the owner: it may log in, use the schema
 * and change rows (only add and read them on append-only tables); it owns nothing, so it cannot
 * alter a table, truncate it or disable its triggers. Returns the role's password.
 */
async function grantAppRole(url: string, schema: string, role: string, dataDir: string): Promise<string> {
  const password = derivedAppRolePassword(url, role) ?? (await appRolePassword(dataDir, role));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = (name: string) => pg.escapeIdentifier(name);
  try {
    await client.query('BEGIN');
    // Replicas of one subgraph start together: one grants at a time.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ronghe-grants-${schema}`]);
    const [exists] = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rows;
    const login = `LOGIN PASSWORD ${pg.escapeLiteral(password)}`;
    // Naming SUPERUSER, REPLICATION or BYPASSRLS in an ALTER, even to deny them, takes a superuser
    // (PostgreSQL 16+): an owner with only CREATEROLE, as deployments have, sets them at creation only.
    await client.query(
      exists
        ? `ALTER ROLE ${q(role)} WITH ${login}`
        : `CREATE ROLE ${q(role)} WITH ${login} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`,
    );
    const appendOnly: string[] = (
      await client.query(
        `SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND t.tgname = c.relname || $2`,
        [schema, APPEND_ONLY_TRIGGER_SUFFIX],
      )
    ).rows.map((r) => r.relname);
    const s = q(schema);
    await client.query(`
      GRANT USAGE ON SCHEMA ${s} TO ${q(role)};
      REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${q(role)};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${q(role)};
      REVOKE ALL ON ${s}.migrations FROM ${q(role)};
      ${appendOnly.map((table) => `REVOKE UPDATE, DELETE ON ${s}.${q(table)} FROM ${q(role)};`).join('\n')}
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${q(role)};`);
    // The job queue's tables (pg-boss's, made by the owner): rows only, never their shape.
    const queue = queueSchemaName(schema);
    if ((await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [queue])).rowCount) {
      await client.query(`
        GRANT USAGE ON SCHEMA ${q(queue)} TO ${q(role)};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${q(queue)} TO ${q(role)};`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if ((error as { code?: string }).code === '42501') {
      throw new Error(
        `数据库账号无权创建或修改角色 ${role}:运行迁移的账号(DATABASE_URL 中的用户)需要 CREATEROLE 权限 (${(error as Error).message})`,
      );
    }
    throw error;
  } finally {
    await client.end();
  }
  return password;
}

/**
 * The application role's password when the owner's login has one: derived from it, so every replica
 * of a subgraph arrives at the same password without sharing a file. A password made per replica
 * would be set by each replica that starts, and the others' next connections refused. Only holders
 * of the owner's login, who may change the role anyway, can derive it.
 */
export function derivedAppRolePassword(ownerUrl: string, role: string): string | null {
  const owner = new URL(ownerUrl);
  if (!owner.password) return null;
  return createHmac('sha256', `${decodeURIComponent(owner.username)}:${decodeURIComponent(owner.password)}`)
    .update(`ronghe-app-role:${role}`)
    .digest('base64url');
}

/**
 * Without a password in the owner's login: the application role's password, made on first start and kept beside the cluster's password,
 * readable by its owner only. Without a data directory (tests), a fresh one each time.
 */
async function appRolePassword(dataDir: string, role: string): Promise<string> {
  const fresh = randomBytes(18).toString('base64url');
  if (!dataDir) return fresh;
  const file = path.resolve(dataDir, `${role}.password`);
  const kept = await readFile(file, 'utf8').catch(() => null);
  if (kept?.trim()) return kept.trim();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${fresh}\n`, { mode: 0o600 });
  return fresh;
}

function withLogin(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** Drops a schema and everything in it, and its application role: for tests that made a throwaway schema. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(queueSchemaName(schema))} CASCADE`);
    const role = appRoleName(schema);
    if ((await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount) {
      await client.query(`DROP OWNED BY ${pg.escapeIdentifier(role)}; DROP ROLE ${pg.escapeIdentifier(role)}`);
    }
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
