import type { Identity } from '@ronghe/types';
import type { Logger } from './logger.js';
import { LoaderRegistry } from './loaders.js';

/** What every resolver gets: who is calling, the request's loaders, and the app's services. */
export interface RequestContext<Services = unknown> {
  identity: Identity | null;
  loaders: LoaderRegistry;
  logger: Logger;
  services: Services;
}

export function createRequestContext<Services>(identity: Identity | null, services: Services, logger: Logger): RequestContext<Services> {
  return { identity, services, logger, loaders: new LoaderRegistry() };
}

/** Who is asking, and the request's loaders: what a service needs to check and batch. */
export type Caller = Pick<RequestContext, 'identity' | 'loaders'>;
