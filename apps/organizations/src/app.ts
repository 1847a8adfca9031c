import { startSubgraph } from '@ronghe/kit';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { entities, migrations } from './entities.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';

/** Starts the organizations subgraph with the given environment. */
export function startOrganizations(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  return startSubgraph({
    config,
    entities,
    migrations,
    buildSchema,
    createServices: (dataSource, _config, _logger, clock) =>
      createServices(
        dataSource,
        {
          secret: config.JWT_SECRET,
          ttlSeconds: config.accessTokenTtlSeconds,
          refreshTtlSeconds: config.refreshTokenTtlSeconds,
        },
        clock,
      ),
    seedDemo,
  });
}
