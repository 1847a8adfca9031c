import type { Identity } from '@ronghe/types';
import type { Logger } from './logger.js';
import { LoaderRegistry } from './loaders.js';

/** What every resolver gets: who is calling, the request's loaders, and the app's services. */
export interface RequestContext<Services = unknown> {
  identity: Identity | null;
  loaders: LoaderRegistry;
  logger: Logger;
  services: Services;
  /**
   * Aborts when nobody waits for the answer any more (the caller hung up, or the gateway gave up
   * on it). Statements are cancelled by the kit (`runAbortable`); long work in a loop checks it.
   */
  signal: AbortSignal;
}

const NEVER = new AbortController().signal;

export function createRequestContext<Services>(
  identity: Identity | null,
  services: Services,
  logger: Logger,
  signal: AbortSignal = NEVER,
): RequestContext<Services> {
  return { identity, services, logger, loaders: new LoaderRegistry(), signal };
}

/** Who is asking, and the request's loaders: what a service needs to check and batch. */
export type Caller = Pick<RequestContext, 'identity' | 'loaders'>;
