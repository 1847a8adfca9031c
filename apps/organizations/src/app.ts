import { startSubgraph } from '@ronghe/kit';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { entities, migrations } from './entities.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';
import { JOB_KINDS } from './transfer/export.service.js';

/** Starts the organizations subgraph with the given environment. */
export function startOrganizations(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  return startSubgraph({
    config,
    entities,
    migrations,
    buildSchema,
    jobKinds: JOB_KINDS,
    createServices: (dataSource, _config, _logger, clock, jobs) =>
      createServices(
        dataSource,
        {
          secret: config.JWT_SECRET,
          ttlSeconds: config.accessTokenTtlSeconds,
          refreshTtlSeconds: config.refreshTokenTtlSeconds,
        },
        clock,
        { jobs, jobRows: config.exportJobRows },
      ),
    seedDemo,
  });
}
