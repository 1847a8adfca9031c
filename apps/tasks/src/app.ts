import { type JobQueue, startSubgraph } from '@ronghe/kit';
import { type Clock, systemClock } from '@ronghe/kit/clock';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { entities, migrations } from './entities.js';
import { createRegistry } from './registry/registry.client.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';
import { LocalDiskStore, S3Store } from './storage/object-store.js';
import { JOB_KINDS, refreshStatusesNow, scheduleStatusRefresh } from './supervision/status-refresh.js';

/** Starts the tasks subgraph with the given environment. */
export async function startTasks(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  const registry = createRegistry({ url: config.organizationsUrl, secret: config.INTERNAL_SECRET, timeoutMs: config.upstreamTimeoutMs });
  const store = config.evidenceS3 ? new S3Store(config.evidenceS3) : new LocalDiskStore(config.evidenceDir);
  let clock: Clock = systemClock;
  let queue: JobQueue | undefined;
  const running = await startSubgraph({
    config,
    entities,
    migrations,
    buildSchema,
    jobKinds: JOB_KINDS,
    createServices: (dataSource, _config, logger, businessClock, jobs) => {
      clock = businessClock;
      queue = jobs!;
      const services = createServices(dataSource, { registry, store, clock, settings: config.supervision, logger });
      scheduleStatusRefresh(queue, services.supervision, clock);
      return services;
    },
    seedDemo,
    // Statuses as of today before the first request reads them (they also fill after a migration).
    beforeServing: async (_services, logger) => {
      await refreshStatusesNow(queue!, clock).catch((error: unknown) => {
        logger.warn({ err: error }, 'refreshing assignment statuses failed');
      });
    },
  });
  return running;
}
