import { subgraphUrlSetting } from '@ronghe/kit/config';
import { GATEWAY_PORT } from '@ronghe/types';
import { z } from 'zod';

z.config(z.locales.zhCN());

const DEV_INTERNAL_SECRET = 'ronghe-dev-internal-secret-change-me-0123456789';
const DEV_JWT_SECRET = 'ronghe-dev-jwt-secret-change-me-0123456789abcdef';
const production = process.env.NODE_ENV === 'production';

const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(GATEWAY_PORT),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INTERNAL_SECRET: production ? z.string().min(32) : z.string().min(32).default(DEV_INTERNAL_SECRET),
  JWT_SECRET: production ? z.string().min(32) : z.string().min(32).default(DEV_JWT_SECRET),
  ORGANIZATIONS_URL: subgraphUrlSetting('organizations'),
  TASKS_URL: subgraphUrlSetting('tasks'),
  NOMINATIONS_URL: subgraphUrlSetting('nominations'),
  EVALUATION_URL: subgraphUrlSetting('evaluation'),
  /**
   * Longest the gateway waits for a subgraph call, in ms. Keep it above the subgraphs'
   * DB_STATEMENT_TIMEOUT_MS (8 s): a statement then ends before the call that waits for it, and a
   * call the gateway gives up on has its statements cancelled when its connection closes.
   */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  // /health answers from the subgraphs' status as last seen; it asks them again once it is this old.
  GATEWAY_HEALTH_MAX_AGE_MS: z.coerce.number().int().min(0).max(300_000).default(5000),
  // Operation limits, checked before planning (limits/operation-limits.ts). The defaults leave the
  // admin client room: its deepest query (the task tree) has depth 9 and a list cost of 20,050.
  GATEWAY_MAX_DEPTH: limit(12),
  GATEWAY_MAX_ALIASES: limit(30),
  GATEWAY_MAX_DIRECTIVES: limit(50),
  GATEWAY_MAX_TOKENS: limit(3000),
  /** List items an operation may fetch, by its page sizes (limits/list-cost.ts). */
  GATEWAY_MAX_COST: limit(50_000),
  /** The same for partner departments (PARTNER_READONLY) and anonymous callers. */
  GATEWAY_PARTNER_MAX_COST: limit(25_000),
  GATEWAY_MAX_BODY_BYTES: limit(1024 * 1024),
  /** Requests worked on at once; a few more wait (below), the rest are refused with 503 and Retry-After. */
  GATEWAY_MAX_IN_FLIGHT: limit(16),
  /** Requests that may wait for a place. */
  GATEWAY_MAX_QUEUE: z.coerce.number().int().min(0).default(32),
  /** Longest a request waits for a place before it is refused with 503, in ms. */
  GATEWAY_MAX_QUEUE_WAIT_MS: limit(3000),
  // An external OpenID Connect provider, for production sign-in instead of local passwords.
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_JWKS_URL: z.string().url().optional(),
  OIDC_AUDIENCE: z.string().optional(),
  OIDC_USERNAME_CLAIM: z.string().default('preferred_username'),
  OIDC_ORG_CLAIM: z.string().default('ronghe_org'),
  OIDC_ROLES_CLAIM: z.string().default('ronghe_roles'),
  // Who may say, in X-Forwarded-For, which address a request came from (Express' `trust proxy`):
  // unset trusts nobody; e.g. `loopback`, `10.0.0.0/8, 172.16.0.1`, or a number of hops.
  TRUSTED_PROXIES: z.string().optional(),
  // Sign-in and refresh attempts one client address may make per window; successful ones are given back.
  SIGN_IN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
  // Shared counters for several gateway replicas; without it each replica counts on its own.
  REDIS_URL: z.string().url().optional(),
  // How long an account's session version is trusted before asking organizations again (revocation delay).
  SESSION_CHECK_SECONDS: z.coerce.number().int().min(1).max(30).default(30),
  // While organizations is unreachable, the last known version serves this long, then requests are refused.
  SESSION_CHECK_GRACE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
  // How long a partner client's API key and registered operations are trusted before asking organizations again
  // (so a revoked or rotated key is refused within this time); the grace above applies as well.
  PARTNER_CLIENT_CHECK_SECONDS: z.coerce.number().int().min(1).max(30).default(30),
  // Partner clients' usage is summed in memory and written to organizations this often (and at shutdown).
  // Unknown or revoked partner keys one client address may try per SIGN_IN_WINDOW_SECONDS before 429.
  PARTNER_BAD_KEYS_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  PARTNER_USAGE_FLUSH_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  // The schema registry (PostgreSQL) the supergraph is published to; unset serves the supergraph
  // built into the gateway, as a single-host install does. Only read: the role needs SELECT alone.
  REGISTRY_DATABASE_URL: z.string().url().optional(),
  REGISTRY_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('registry'),
  /** How often each replica asks the registry for a newer supergraph, in ms. */
  SUPERGRAPH_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
});

/** The gateway's settings, validated once at start; secrets have no default in production. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`配置无效 (gateway): ${z.prettifyError(parsed.error)}`);
  const c = parsed.data;
  const trustProxy = !c.TRUSTED_PROXIES ? false : /^\d+$/.test(c.TRUSTED_PROXIES) ? Number(c.TRUSTED_PROXIES) : c.TRUSTED_PROXIES;
  return {
    ...c,
    trustProxy,
    subgraphUrls: {
      organizations: c.ORGANIZATIONS_URL,
      tasks: c.TASKS_URL,
      nominations: c.NOMINATIONS_URL,
      evaluation: c.EVALUATION_URL,
    } as Record<string, string>,
  };
}

export type GatewayConfig = ReturnType<typeof loadConfig>;
