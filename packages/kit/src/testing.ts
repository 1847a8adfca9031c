import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Identity, Role } from '@ronghe/types';
import type { GraphQLSchema } from 'graphql';
import pg from 'pg';
import type { Logger as TypeormLogger } from 'typeorm';
import { createRequestContext, type RequestContext } from './context.js';
import { type Database, type DatabaseOptions, dropSchema, openDatabase } from './database.js';
import { createErrorFormatter } from './errors.js';
import { queueSchemaName } from './job-queue-setup.js';
import { freePort } from './ports.js';
import { JobQueue } from './jobs.js';
import { stableId } from './ids.js';
import { createLogger } from './logger.js';

/** Counts the SQL statements a piece of work sends: how tests hold batching to its promise. */
export class QueryCounter implements TypeormLogger {
  count = 0;
  readonly statements: string[] = [];
  /** Each statement's bound parameters, by the same index: to EXPLAIN a statement as it ran. */
  readonly parameters: (unknown[] | undefined)[] = [];
  logQuery(query: string, parameters?: unknown[]) {
    this.count += 1;
    this.statements.push(query);
    this.parameters.push(parameters);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.count = 0;
    this.statements.length = 0;
    this.parameters.length = 0;
  }
  /** Runs `work` and returns how many statements it sent. */
  async measure(work: () => Promise<unknown>): Promise<number> {
    this.reset();
    await work();
    return this.count;
  }
}

export interface TestDatabase extends Database {
  queries: QueryCounter;
  /** The job queue when the test named job kinds; started by the testbed once services defined them. */
  jobs: JobQueue | null;
  /** The throwaway schema (its job queue's is `<schema>_queue`). */
  schema: string;
  /** Runs SQL as the schema's owner (ANALYZE, the migrations table): what the application role may not. */
  asOwner<T = unknown>(sql: string, parameters?: unknown[]): Promise<T[]>;
}

/** Runs SQL on `schema` as the server's owner login, on a connection of its own. */
export async function ownerQuery<T = unknown>(url: string, schema: string, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * The PostgreSQL server the tests run on: the one named by DATABASE_URL, which the test run's
 * global setup sets to an embedded server when the developer named none.
 */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests through vitest, whose global setup starts PostgreSQL');
  return url;
}

/**
 * A throwaway database for one test file: a fresh schema on the test server. Migrations are
 * applied exactly as in production.
 */
export async function openTestDatabase(
  options: Pick<DatabaseOptions, 'name' | 'entities' | 'migrations' | 'statementTimeoutMs' | 'jobKinds'> & {
    /** How often the job workers poll; tests wait for jobs, so half a second by default. */
    jobPollSeconds?: number;
  },
): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  const schema = `test_${options.name}_${randomBytes(4).toString('hex')}`;
  const queries = new QueryCounter();
  const database = await openDatabase({
    ...options,
    url,
    schema,
    dataDir: '',
    logger: createLogger(options.name, 'silent'),
    typeormLogger: queries,
  });
  const logger = createLogger(options.name, 'silent');
  const jobs = options.jobKinds?.length
    ? new JobQueue({
        dataSource: database.dataSource,
        url: database.appUrl,
        schema,
        logger,
        pollIntervalSeconds: options.jobPollSeconds ?? 0.5,
      })
    : null;
  return {
    ...database,
    queries,
    jobs,
    schema,
    asOwner: (sql, parameters) => ownerQuery(url, schema, sql, parameters),
    async close() {
      await jobs?.stop();
      await database.close();
      await dropSchema(url, schema);
    },
  };
}

/** A GraphQL answer as the tests read it: `data` typed loosely unless the test names a type. */
export interface TestResult<T> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** A Relay connection as the tests walk it page by page. */
export interface TestConnection<N = any> {
  totalCount: number;
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Executes an operation on a subgraph schema, as `identity` (anonymous when omitted). */
export type TestExecute = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  identity?: Identity | null,
) => Promise<TestResult<T>>;

/** Runs operations against a subgraph schema in-process, as a given caller. */
export function createTestExecutor<Services>(schema: GraphQLSchema, services: Services): TestExecute {
  const logger: Logger = createLogger('test', 'silent');
  const server = new ApolloServer<RequestContext<Services>>({
    schema,
    formatError: createErrorFormatter(logger),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  return async <T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    identity: Identity | null = null,
  ): Promise<TestResult<T>> => {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: createRequestContext(identity, services, logger) },
    );
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
    return response.body.singleResult as never;
  };
}

type Logger = ReturnType<typeof createLogger>;

export interface SubgraphTestbed<Services> {
  db: TestDatabase;
  services: Services;
  execute: TestExecute;
  close(): Promise<void>;
}

/** A subgraph's schema and services over a throwaway database: the base of its integration tests. */
export async function openSubgraphTestbed<Services>(options: {
  name: string;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  buildSchema: () => Promise<{ schema: GraphQLSchema }>;
  createServices: (db: TestDatabase) => Services;
  jobKinds?: DatabaseOptions['jobKinds'];
  jobPollSeconds?: number;
}): Promise<SubgraphTestbed<Services>> {
  const db = await openTestDatabase(options);
  const services = options.createServices(db);
  await db.jobs?.start();
  const { schema } = await options.buildSchema();
  return { db, services, execute: createTestExecutor(schema, services), close: () => db.close() };
}

/**
 * Starts another subgraph for real, over HTTP, on a throwaway database with its demo data: what a
 * subgraph's integration tests talk to when its rules ask an owner at write time.
 */
/**
 * How long a test's subgraph waits for a real peer subgraph. Generous: on a busy machine a peer may
 * take seconds to answer, and a test that means to see an unreachable peer points at a closed port,
 * which is refused at once.
 */
export const PEER_TIMEOUT_MS = 60_000;

export async function startPeerSubgraph(
  name: string,
  start: (env: NodeJS.ProcessEnv) => Promise<{ url: string; close(): Promise<void> }>,
  secret: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const url = testDatabaseUrl();
  const schema = `test_${name}_${randomBytes(4).toString('hex')}`;
  const upper = name.toUpperCase();
  const running = await start({
    DATABASE_URL: url,
    [`${upper}_DB_SCHEMA`]: schema,
    [`${upper}_PORT`]: '0',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    INTERNAL_SECRET: secret,
    ...extraEnv,
  });
  return {
    url: running.url,
    async close() {
      await running.close();
      await dropSchema(url, schema);
    },
  };
}

/** A clock the tests move by hand (through a nomination window, past a deadline). */
export function testClock(start: string) {
  let now = new Date(start);
  const clock = () => now;
  clock.set = (iso: string) => {
    now = new Date(iso);
  };
  return clock;
}

/**
 * The migrations own the database's own safeguards (foreign keys, checks, unique and other
 * indexes, defaults), which the entities do not repeat; TypeORM would drop those. Anything else
 * it wants to change is drift.
 */
const SAFEGUARD_ONLY_IN_MIGRATIONS = [
  /^ALTER TABLE "[^"]+" DROP CONSTRAINT /,
  /^DROP INDEX /,
  /^ALTER TABLE "[^"]+" ALTER COLUMN "[^"]+" DROP DEFAULT$/,
];

/**
 * What TypeORM would still change to make a database built by the subgraph's migrations match
 * its entities (tables, columns, types, nullability, and any index, constraint or default an
 * entity declares): empty when they agree. Each subgraph's migrations test expects it empty, so an
 * entity changed without a migration (or the reverse) fails there, not in production.
 */
export async function pendingSchemaChanges(options: Pick<DatabaseOptions, 'name' | 'entities' | 'migrations'>): Promise<string[]> {
  const db = await openTestDatabase(options);
  try {
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries
      .map((q) => q.query.trim())
      .filter((query) => !SAFEGUARD_ONLY_IN_MIGRATIONS.some((safeguard) => safeguard.test(query)));
  } finally {
    await db.close();
  }
}

/** A caller of the demo district: account and unit ids as the demo data makes them. */
export function demoCaller(username: string, unitName: string, ...roles: Role[]): Identity {
  return { accountId: stableId('account', username), username, organizationId: stableId('organization', unitName), roles };
}

/** A job as the tests follow it. */
export interface TestJob {
  id: string;
  state: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  progress: number;
  message: string | null;
  result: Record<string, unknown> | null;
  error: { code: string; message: string } | null;
  files: { id: string; fileName: string; mimeType: string; size: number }[];
}

export const TEST_JOB_FIELDS = 'id state progress message result error { code message } files { id fileName mimeType size }';

/**
 * Follows a job through `<service>Job(id)` until it finishes, as a client does; every state and
 * progress seen on the way is kept in `seen`. Waits as long as the work takes (the test's timeout bounds it).
 */
export async function waitForJob(
  execute: TestExecute,
  service: string,
  id: string,
  identity: Identity,
  seen: Pick<TestJob, 'state' | 'progress'>[] = [],
): Promise<TestJob> {
  for (;;) {
    const answer = await execute<Record<string, TestJob>>(
      `query ($id: ID!) { ${service}Job(id: $id) { ${TEST_JOB_FIELDS} } }`,
      { id },
      identity,
    );
    if (answer.errors) throw new Error(`${service}Job: ${JSON.stringify(answer.errors)}`);
    const job = answer.data![`${service}Job`]!;
    const last = seen.at(-1);
    if (!last || last.state !== job.state || last.progress !== job.progress) seen.push({ state: job.state, progress: job.progress });
    if (job.state === 'SUCCEEDED' || job.state === 'FAILED') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export { freePort } from './ports.js';

/**
 * A built subgraph (its dist/main.js) run as its own process on a schema of its own, as in
 * production, for a test that kills it in the middle of a job and starts it again. `holder` holds
 * locks inside a transaction to stop a job midway; `watcher` reads: a transaction sees
 * pg_stat_activity as it was at its first read, so from `holder` a job whose connection opened
 * later would never be seen waiting.
 */
export class RestartHarness {
  readonly schema: string;
  readonly logs: string[] = [];
  holder!: pg.Client;
  watcher!: pg.Client;
  port = 0;
  private dataDir = '';
  private child: ChildProcess | null = null;

  constructor(
    private readonly options: {
      name: string;
      /** The built entry point. */
      main: string;
      /** The process's environment, given where it lives. */
      env: (where: { url: string; schema: string; port: number; dataDir: string }) => NodeJS.ProcessEnv;
    },
  ) {
    this.schema = `test_${options.name}_${randomBytes(3).toString('hex')}`;
  }

  async open(): Promise<void> {
    this.dataDir = await mkdtemp(path.join(tmpdir(), `ronghe-${this.options.name}-`));
    this.port = await freePort();
    const connect = async () => {
      const client = new pg.Client({ connectionString: testDatabaseUrl(), options: `-c search_path=${this.schema}` });
      await client.connect();
      return client;
    };
    this.holder = await connect();
    this.watcher = await connect();
  }

  /** Starts the subgraph and waits until its /health answers. */
  async start(): Promise<void> {
    const { main, env } = this.options;
    if (!existsSync(main)) throw new Error(`${main} is not built: run \`npm run build\` first`);
    const where = { url: testDatabaseUrl(), schema: this.schema, port: this.port, dataDir: this.dataDir };
    const child = spawn(process.execPath, [main], { env: { ...process.env, ...env(where) }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk) => this.logs.push(String(chunk)));
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${main} exited with ${child.exitCode}\n${this.logs.join('')}`);
      const healthy = await fetch(`http://127.0.0.1:${this.port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Kills the subgraph at once, as a crash or an eviction would, and waits until it is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Waits until some statement is blocked by a lock `holder` holds: the job stopped midway. */
  async untilHeld(): Promise<void> {
    const { pid } = (await this.holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!;
    await this.until(
      async () =>
        (
          await this.watcher.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [
            pid,
          ])
        ).rows[0]!.n,
      (waiting) => waiting > 0,
    );
  }

  /**
   * Reads until `done` holds. Past `patienceMs` (well inside the test's own timeout) it fails with
   * what a stuck job leaves behind — the schema's job rows, its queue's entries and the subgraph's
   * last log lines — not with a bare timeout.
   */
  async until<T>(read: () => Promise<T>, done: (value: T) => boolean, patienceMs = 200_000): Promise<T> {
    const started = Date.now();
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() - started > patienceMs) {
        const jobs = (await this.watcher.query('SELECT id, state, attempts, progress, message FROM job')).rows;
        const queue = (
          await this.watcher.query(
            `SELECT name, state, retry_count, start_after, data FROM ${pg.escapeIdentifier(queueSchemaName(this.schema))}.job`,
          )
        ).rows;
        throw new Error(
          `still waiting: ${JSON.stringify(value)}\njobs ${JSON.stringify(jobs)}\nqueue ${JSON.stringify(queue)}\n${this.logs.join('').slice(-4000)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async close(): Promise<void> {
    await this.kill();
    await this.holder?.end();
    await this.watcher?.end();
    await dropSchema(testDatabaseUrl(), this.schema);
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }
}
