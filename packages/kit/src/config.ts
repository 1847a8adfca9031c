import { localSubgraphUrl, SUBGRAPH_PORTS, type SubgraphName } from '@ronghe/types';
import { z } from 'zod';

// Validation messages in Chinese, like every other message a user or operator reads.
z.config(z.locales.zhCN());

// Local-only defaults: in production every secret must be set explicitly.
const DEV_INTERNAL_SECRET = 'ronghe-dev-internal-secret-change-me-0123456789';
const DEV_JWT_SECRET = 'ronghe-dev-jwt-secret-change-me-0123456789abcdef';

const secret = (fallback: string) =>
  z
    .string()
    .min(32, '至少 32 个字符')
    .default(process.env.NODE_ENV === 'production' ? (undefined as unknown as string) : fallback);

const statementTimeout = z.coerce.number().int().min(100).max(120_000);

/** Settings every subgraph reads the same way. */
export const subgraphConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Shared with the gateway: signs the identity it forwards; nothing else can call a subgraph. */
  INTERNAL_SECRET: secret(DEV_INTERNAL_SECRET),
  /** Signs the access tokens that `login` issues and the gateway verifies. */
  JWT_SECRET: secret(DEV_JWT_SECRET),
  /** A PostgreSQL server; without it the subgraph starts the embedded PostgreSQL under DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  /**
   * Longest a statement (or a pause inside a transaction) may take, in ms: 8 s, below the
   * gateway's SUBGRAPH_TIMEOUT_MS (10 s), so the database stops work nobody waits for any more.
   */
  DB_STATEMENT_TIMEOUT_MS: statementTimeout.default(8000),
  /**
   * Apply pending migrations on start. `false` where the one-shot migration command runs first
   * (the Kubernetes Job): replicas then only check that none is pending.
   */
  DB_MIGRATE_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** A file whose content moves the business clock (tests only; ignored in production): see clock.ts. */
  RONGHE_CLOCK_FILE: z.string().optional(),
  /** Load the demo data on start when the database is empty. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** The URL setting of another subgraph this one calls, defaulting to where it runs locally. */
export const subgraphUrlSetting = (name: SubgraphName) => z.string().url().default(localSubgraphUrl(name));

export type SubgraphConfig = z.infer<typeof subgraphConfigSchema> & {
  name: SubgraphName;
  port: number;
  /** PostgreSQL schema holding this subgraph's tables on a shared server. */
  schema: string;
  databaseUrl: string | undefined;
  statementTimeoutMs: number;
};

/**
 * Reads and validates a subgraph's environment. `NAME_PORT` (default: the subgraph's port in
 * `SUBGRAPH_PORTS`), `NAME_DATABASE_URL`, `NAME_DB_SCHEMA` and `NAME_DB_STATEMENT_TIMEOUT_MS`
 * (NAME being the subgraph's name upper-cased) override the shared settings.
 */
export function loadSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const prefix = name.toUpperCase();
  const parsed = subgraphConfigSchema
    .extend({
      [`${prefix}_PORT`]: z.coerce.number().int().min(0).max(65535).default(SUBGRAPH_PORTS[name]),
      [`${prefix}_DATABASE_URL`]: z.string().url().optional(),
      [`${prefix}_DB_SCHEMA`]: z
        .string()
        .regex(/^[a-z_][a-z0-9_]*$/, '只能包含小写字母、数字和下划线')
        .default(name),
      [`${prefix}_DB_STATEMENT_TIMEOUT_MS`]: statementTimeout.optional(),
    })
    .safeParse(env);
  if (!parsed.success) {
    throw new Error(`配置无效 (${name}): ${z.prettifyError(parsed.error)}`);
  }
  const data = parsed.data as z.infer<typeof subgraphConfigSchema> & Record<string, unknown>;
  return {
    ...data,
    name,
    port: data[`${prefix}_PORT`] as number,
    schema: data[`${prefix}_DB_SCHEMA`] as string,
    databaseUrl: (data[`${prefix}_DATABASE_URL`] as string | undefined) ?? data.DATABASE_URL,
    statementTimeoutMs: (data[`${prefix}_DB_STATEMENT_TIMEOUT_MS`] as number | undefined) ?? data.DB_STATEMENT_TIMEOUT_MS,
  };
}
