import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@ronghe/types';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { GatewayConfig } from './config.js';

/** The mutations that try a secret: a password, or a refresh token. */
const SIGN_IN_FIELDS = new Set(['login', 'refreshSession']);

export interface SignInThrottle {
  plugin: ApolloServerPlugin<{ clientAddress?: string }>;
  close(): Promise<void>;
}

/** How many secrets the operation tries: aliases can put several `login`s in one request. */
const secretsTried = (operation: OperationDefinitionNode | null | undefined) =>
  operation?.operation !== 'mutation'
    ? 0
    : operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && SIGN_IN_FIELDS.has(s.name.value)).length;

/**
 * Caps sign-in and refresh attempts per client address (SIGN_IN_ATTEMPTS_PER_ADDRESS per
 * SIGN_IN_WINDOW_SECONDS), besides the per-username lockout in organizations. Every attempt takes a
 * point before it runs, so a burst in parallel is capped too; a successful one gives it back, so an
 * office behind one address is not locked out by its own colleagues signing in. Counters are shared
 * through Redis when REDIS_URL is set (an in-memory limiter stands in while Redis is unreachable).
 */
export async function createSignInThrottle(config: GatewayConfig): Promise<SignInThrottle> {
  const limits = { keyPrefix: 'ronghe-sign-in', points: config.SIGN_IN_ATTEMPTS_PER_ADDRESS, duration: config.SIGN_IN_WINDOW_SECONDS };
  let limiter: RateLimiterAbstract = new RateLimiterMemory(limits);
  let close = async () => {};
  if (config.REDIS_URL) {
    const { Redis } = await import('ioredis');
    const redis = new Redis(config.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false });
    redis.on('error', () => {}); // the insurance limiter answers meanwhile; ioredis reconnects
    limiter = new RateLimiterRedis({ ...limits, storeClient: redis, insuranceLimiter: limiter });
    close = async () => {
      redis.disconnect();
    };
  }

  const plugin: ApolloServerPlugin<{ clientAddress?: string }> = {
    async requestDidStart() {
      let counted: { address: string; points: number } | null = null;
      return {
        async didResolveOperation({ operation, contextValue }) {
          const points = secretsTried(operation);
          if (points === 0) return;
          const address = contextValue.clientAddress ?? 'unknown';
          try {
            await limiter.consume(address, points);
            counted = { address, points };
          } catch (refusal) {
            if (!(refusal instanceof RateLimiterRes)) throw refusal;
            const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
            throw new GraphQLError(`登录尝试过于频繁,请 ${Math.ceil(seconds / 60)} 分钟后再试`, {
              extensions: {
                code: ErrorCode.TOO_MANY_REQUESTS,
                retryAfterSeconds: seconds,
                http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
              },
            });
          }
        },
        async willSendResponse({ response }) {
          const succeeded = response.body.kind === 'single' && !response.body.singleResult.errors?.length;
          if (counted && succeeded) await limiter.reward(counted.address, counted.points).catch(() => {});
        },
      };
    },
  };
  return { plugin, close: () => close() };
}
