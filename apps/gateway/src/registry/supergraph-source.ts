import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@ronghe/kit/logger';
import { createSupergraphReader } from './store.js';

export interface SupergraphSourceOptions {
  databaseUrl: string;
  schema: string;
  pollMs: number;
  /** The supergraph built into the image, served until the registry holds one. */
  builtIn: string;
  logger: Logger;
}

/**
 * The gateway's supergraph, read from the registry and polled: when a publish adds a newer one,
 * Apollo Gateway's `update` swaps it in. Requests already running finish on the plan they were
 * given; new ones are planned on the new supergraph, so nothing restarts and nothing in flight
 * fails. A poll that cannot reach the registry or an SDL the gateway refuses keeps the current one.
 */
export function registrySupergraph(options: SupergraphSourceOptions): SupergraphSdlHook {
  return async ({ update }) => {
    const reader = createSupergraphReader(options.databaseUrl, options.schema);
    let currentId = await reader.latestId();
    let sdl = options.builtIn;
    if (currentId === null) {
      options.logger.warn('schema registry holds no supergraph yet: serving the one built into the gateway');
    } else {
      sdl = (await reader.get(currentId)).sdl;
      options.logger.info({ supergraph: currentId }, 'supergraph read from the schema registry');
    }

    let polling = false;
    // A supergraph the gateway refused is not tried again at every poll; a newer publish is.
    let refused: number | null = null;
    const timer = setInterval(async () => {
      if (polling) return;
      polling = true;
      let latest: number | null = null;
      try {
        latest = await reader.latestId();
        if (latest === null || latest === currentId || latest === refused) return;
        const next = await reader.get(latest);
        try {
          update(next.sdl);
        } catch (error) {
          refused = latest;
          throw error;
        }
        currentId = latest;
        options.logger.info({ supergraph: latest }, 'switched to the newly published supergraph');
      } catch (error) {
        options.logger.error({ err: error, supergraph: currentId, latest }, 'supergraph poll or switch failed: keeping the current one');
      } finally {
        polling = false;
      }
    }, options.pollMs);
    timer.unref();

    return {
      supergraphSdl: sdl,
      cleanup: async () => {
        clearInterval(timer);
        await reader.close();
      },
    };
  };
}
