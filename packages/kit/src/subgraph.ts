import type { DataSource } from 'typeorm';
import { type Clock, clockFromEnv } from './clock.js';
import { loadSubgraphConfig, type SubgraphConfig } from './config.js';
import { type Database, type DatabaseOptions, migrateDatabase, openDatabase } from './database.js';
import { JobQueue } from './jobs.js';
import { createLogger, type Logger } from './logger.js';
import type { SubgraphName } from '@ronghe/types';
import type { SubgraphSchema } from './schema.js';
import { type RunningServer, startSubgraphServer } from './server.js';

export interface SubgraphDefinition<Config extends SubgraphConfig, Services> {
  config: Config;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  buildSchema: () => Promise<SubgraphSchema>;
  /**
   * `clock` is the time the business rules read: real, or moved by a test (clock.ts).
   * `jobs` is there when `jobKinds` is set: services enqueue on it and define how each kind is done.
   */
  createServices: (dataSource: DataSource, config: Config, logger: Logger, clock: Clock, jobs: JobQueue | null) => Services;
  /** The kinds of job this subgraph runs (its queues are made with its migrations). */
  jobKinds?: DatabaseOptions['jobKinds'];
  /** Loads the demo data when SEED_DEMO is on; must do nothing on a database that has it. */
  seedDemo?: (dataSource: DataSource, logger: Logger, clock: Clock) => Promise<void>;
  /**
   * Work done before the subgraph serves (the tasks' start-up status refresh), with its job queue
   * already working: /health answers only once it is done, so nothing the work locks or rewrites
   * meets the first requests.
   */
  beforeServing?: (services: Services, logger: Logger) => Promise<void>;
}

export interface RunningSubgraph<Services> extends RunningServer {
  database: Database;
  services: Services;
  logger: Logger;
}

/** Opens the database, applies migrations, optionally seeds, and serves: one subgraph, one call. */
export async function startSubgraph<Config extends SubgraphConfig, Services>(
  definition: SubgraphDefinition<Config, Services>,
): Promise<RunningSubgraph<Services>> {
  const { config } = definition;
  const logger = createLogger(config.name, config.LOG_LEVEL);
  const clock = clockFromEnv(config, logger);
  const database = await openDatabase({
    name: config.name,
    url: config.databaseUrl,
    schema: config.schema,
    dataDir: config.DATA_DIR,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
    statementTimeoutMs: config.statementTimeoutMs,
    migrate: config.DB_MIGRATE_ON_START,
    jobKinds: definition.jobKinds,
  });
  const jobs = definition.jobKinds?.length
    ? new JobQueue({ dataSource: database.dataSource, url: database.appUrl, schema: config.schema, logger })
    : null;
  try {
    if (config.SEED_DEMO && definition.seedDemo) await definition.seedDemo(database.dataSource, logger, clock);
    const { schema } = await definition.buildSchema();
    const services = definition.createServices(database.dataSource, config, logger, clock, jobs);
    await jobs?.start();
    await definition.beforeServing?.(services, logger);
    const server = await startSubgraphServer({
      name: config.name,
      schema,
      services,
      logger,
      host: config.HOST,
      port: config.port,
      internalSecret: config.INTERNAL_SECRET,
      hideSuggestions: config.NODE_ENV === 'production',
      checkHealth: async () => {
        await database.dataSource.query('SELECT 1');
      },
      jobs,
    });
    return {
      ...server,
      database,
      services,
      logger,
      async close() {
        await server.close();
        await jobs?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await jobs?.stop().catch(() => {});
    await database.close();
    throw error;
  }
}

/** Entry point of a subgraph process: start, and stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraphProcess(start: () => Promise<RunningServer>): Promise<void> {
  try {
    const running = await start();
    const stop = async () => {
      await running.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(JSON.stringify({ level: 'fatal', msg: 'failed to start', err: String((error as Error)?.stack ?? error) }));
    process.exit(1);
  }
}

/**
 * Entry point of a subgraph's one-shot migration command (`node dist/migrate.js`, the image's
 * migration Job): applies the pending migrations on the configured server, then exits 0, or 1
 * with the reason. It never starts an embedded PostgreSQL: a deployment names its server.
 */
export async function runMigrationProcess(
  name: SubgraphName,
  migrations: DatabaseOptions['migrations'],
  env: NodeJS.ProcessEnv = process.env,
  jobKinds: DatabaseOptions['jobKinds'] = [],
): Promise<void> {
  try {
    const config = loadSubgraphConfig(name, env);
    if (!config.databaseUrl) throw new Error(`${name}: 迁移需要 DATABASE_URL 或 ${name.toUpperCase()}_DATABASE_URL`);
    const logger = createLogger(name, config.LOG_LEVEL);
    await migrateDatabase({ name, url: config.databaseUrl, schema: config.schema, entities: [], migrations, logger, jobKinds });
    logger.info({ schema: config.schema }, 'database up to date');
    process.exit(0);
  } catch (error) {
    console.error(JSON.stringify({ level: 'fatal', msg: 'migration failed', err: String((error as Error)?.stack ?? error) }));
    process.exit(1);
  }
}
