import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GatewayConfig } from './config.js';
import { consumeOrRefuse, type RateLimitStore } from './limits/rate-limits.js';

/** The mutations that try a secret: a password, or a refresh token. */
const SIGN_IN_FIELDS = new Set(['login', 'refreshSession']);

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
 * through Redis when REDIS_URL is set (limits/rate-limits.ts).
 */
export function createSignInThrottle(config: GatewayConfig, store: RateLimitStore): ApolloServerPlugin<{ clientAddress?: string }> {
  const limiter = store.limiter({
    keyPrefix: 'ronghe-sign-in',
    points: config.SIGN_IN_ATTEMPTS_PER_ADDRESS,
    duration: config.SIGN_IN_WINDOW_SECONDS,
  });

  const plugin: ApolloServerPlugin<{ clientAddress?: string }> = {
    async requestDidStart() {
      let counted: { address: string; points: number } | null = null;
      return {
        async didResolveOperation({ operation, contextValue }) {
          const points = secretsTried(operation);
          if (points === 0) return;
          const address = contextValue.clientAddress ?? 'unknown';
          await consumeOrRefuse(limiter, address, points, (seconds) => ({
            message: `登录尝试过于频繁,请 ${Math.ceil(seconds / 60)} 分钟后再试`,
          }));
          counted = { address, points };
        },
        async willSendResponse({ response }) {
          const succeeded = response.body.kind === 'single' && !response.body.singleResult.errors?.length;
          if (counted && succeeded) await limiter.reward(counted.address, counted.points).catch(() => {});
        },
      };
    },
  };
  return plugin;
}
