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
    const timer = setInterval(async () => {
      if (polling) return;
      polling = true;
      try {
        const latest = await reader.latestId();
        if (latest === null || latest === currentId) return;
        const next = await reader.get(latest);
        update(next.sdl);
        currentId = latest;
        options.logger.info({ supergraph: latest }, 'switched to the newly published supergraph');
      } catch (error) {
        options.logger.warn({ err: error, supergraph: currentId }, 'supergraph poll failed: keeping the current one');
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
