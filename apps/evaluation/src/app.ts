import { startSubgraph } from '@ronghe/kit';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { entities, migrations } from './entities.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';
import { JOB_KINDS } from './jobs/jobs.js';
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
    jobKinds: JOB_KINDS,
    createServices: (dataSource, _config, _logger, clock, jobs) => createServices(dataSource, upstream, jobs!, clock, config.publicList),
    seedDemo,
  });
}
