import { startSubgraph } from '@ronghe/kit';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { entities, migrations } from './entities.js';
import { createRegistry } from './registry/registry.client.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';
import { LocalDiskStore, S3Store } from './storage/object-store.js';

/** Starts the tasks subgraph with the given environment. */
export function startTasks(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  const registry = createRegistry({ url: config.organizationsUrl, secret: config.INTERNAL_SECRET, timeoutMs: config.upstreamTimeoutMs });
  const store = config.evidenceS3 ? new S3Store(config.evidenceS3) : new LocalDiskStore(config.evidenceDir);
  return startSubgraph({
    config,
    entities,
    migrations,
    buildSchema,
    createServices: (dataSource, _config, logger, clock) =>
      createServices(dataSource, { registry, store, clock, settings: config.supervision, logger }),
    seedDemo,
  });
}
