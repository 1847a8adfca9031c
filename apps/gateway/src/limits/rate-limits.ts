import { ErrorCode } from '@ronghe/types';
import { GraphQLError } from 'graphql';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  /** Seconds. */
  duration: number;
}

/**
 * Where the gateway's counters live (the sign-in throttle, partner clients' rates and quotas): in
 * memory, or in Redis when REDIS_URL is set so that several replicas share them, with an in-memory
 * limiter answering while Redis is unreachable. One Redis connection for every limiter.
 */
export interface RateLimitStore {
  limiter(options: LimiterOptions): RateLimiterAbstract;
  /** The shared Redis connection when REDIS_URL is set (partner usage sums live there too). */
  redis?: import('ioredis').Redis;
  close(): Promise<void>;
}

export async function createRateLimitStore(config: { REDIS_URL?: string | undefined }): Promise<RateLimitStore> {
  if (!config.REDIS_URL) return { limiter: (options) => new RateLimiterMemory(options), close: async () => {} };
  const { Redis } = await import('ioredis');
  const redis = new Redis(config.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false });
  redis.on('error', () => {}); // the insurance limiter answers meanwhile; ioredis reconnects
  return {
    redis,
    limiter: (options) => new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) }),
    close: async () => {
      redis.disconnect();
    },
  };
}

/** 429 with `Retry-After`, as the client reads it: the GraphQL error carries the header for Apollo's response. */
export function tooManyRequests(message: string, seconds: number, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.TOO_MANY_REQUESTS,
      retryAfterSeconds: seconds,
      ...details,
      http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
    },
  });
}

/**
 * Takes `points` from the key's allowance; when there are not enough, throws TOO_MANY_REQUESTS
 * with the seconds until the allowance comes back (or `retryAfter`'s answer, e.g. the next midnight).
 */
export async function consumeOrRefuse(
  limiter: RateLimiterAbstract,
  key: string,
  points: number,
  refusal: (seconds: number) => { message: string; seconds?: number; details?: Record<string, unknown> },
): Promise<void> {
  try {
    await limiter.consume(key, points);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const waited = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    const { message, seconds = waited, details } = refusal(waited);
    throw tooManyRequests(message, seconds, details);
  }
}
