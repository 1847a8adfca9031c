import { startSubgraph } from '@ronghe/kit';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { entities, migrations } from './entities.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';
import { createUpstream } from './upstream/upstream.client.js';

/** Starts the evaluation subgraph with the given environment. */
export function startEvaluation(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  const upstream = createUpstream({
    organizationsUrl: config.organizationsUrl,
    nominationsUrl: config.nominationsUrl,
    secret: config.INTERNAL_SECRET,
    timeoutMs: config.upstreamTimeoutMs,
  });
  return startSubgraph({
    config,
    entities,
    migrations,
    buildSchema,
    createServices: (dataSource, _config, _logger, clock) => createServices(dataSource, upstream, clock, config.publicList),
    seedDemo,
  });
}
