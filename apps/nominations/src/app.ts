import { startSubgraph } from '@ronghe/kit';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { entities, migrations } from './entities.js';
import { createRegistry } from './registry/registry.client.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';

/** Starts the nominations subgraph with the given environment. */
export function startNominations(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  const registry = createRegistry({ url: config.organizationsUrl, secret: config.INTERNAL_SECRET, timeoutMs: config.upstreamTimeoutMs });
  return startSubgraph({
    config,
    entities,
    migrations,
    buildSchema,
    createServices: (dataSource, _config, _logger, clock) => createServices(dataSource, registry, clock),
    seedDemo,
  });
}
