import type { DataSource } from 'typeorm';
import type { SubgraphConfig } from './config.js';
import { type Database, type DatabaseOptions, openDatabase } from './database.js';
import { createLogger, type Logger } from './logger.js';
import type { SubgraphSchema } from './schema.js';
import { type RunningServer, startSubgraphServer } from './server.js';

export interface SubgraphDefinition<Config extends SubgraphConfig, Services> {
  config: Config;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  buildSchema: () => Promise<SubgraphSchema>;
  createServices: (dataSource: DataSource, config: Config, logger: Logger) => Services;
  /** Loads the demo data when SEED_DEMO is on; must do nothing on a database that has it. */
  seedDemo?: (dataSource: DataSource, logger: Logger) => Promise<void>;
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
  const database = await openDatabase({
    name: config.name,
    url: config.databaseUrl,
    schema: config.schema,
    dataDir: config.DATA_DIR,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  try {
    if (config.SEED_DEMO && definition.seedDemo) await definition.seedDemo(database.dataSource, logger);
    const { schema } = await definition.buildSchema();
    const services = definition.createServices(database.dataSource, config, logger);
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
    });
    return {
      ...server,
      database,
      services,
      logger,
      async close() {
        await server.close();
        await database.close();
      },
    };
  } catch (error) {
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
