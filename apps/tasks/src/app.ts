import { startSubgraph } from '@ronghe/kit';
import { type Clock, systemClock } from '@ronghe/kit/clock';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { entities, migrations } from './entities.js';
import { createRegistry } from './registry/registry.client.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';
import { LocalDiskStore, S3Store } from './storage/object-store.js';

/** How often the stored statuses are brought up to the date; the refresh rewrites only what changed. */
const STATUS_REFRESH_MS = 60 * 60 * 1000;

/** Starts the tasks subgraph with the given environment. */
export async function startTasks(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  const registry = createRegistry({ url: config.organizationsUrl, secret: config.INTERNAL_SECRET, timeoutMs: config.upstreamTimeoutMs });
  const store = config.evidenceS3 ? new S3Store(config.evidenceS3) : new LocalDiskStore(config.evidenceDir);
  let clock: Clock = systemClock;
  const running = await startSubgraph({
    config,
    entities,
    migrations,
    buildSchema,
    createServices: (dataSource, _config, logger, businessClock) => {
      clock = businessClock;
      return createServices(dataSource, { registry, store, clock, settings: config.supervision, logger });
    },
    seedDemo,
  });
  // Statuses move with the date alone (deadlines pass): brought up to date at start, which also fills
  // them after the migration, and hourly. TODO(jobs): the job queue will run this daily instead.
  const refresh = () =>
    running.services.supervision.refreshOverdueStatuses(clock()).catch((error: unknown) => {
      running.logger.warn({ err: error }, 'refreshing assignment statuses failed');
    });
  await refresh();
  const timer = setInterval(refresh, STATUS_REFRESH_MS);
  timer.unref();
  return {
    ...running,
    async close() {
      clearInterval(timer);
      await running.close();
    },
  };
}
