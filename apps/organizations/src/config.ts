import { loadSubgraphConfig } from '@ronghe/kit';
import { z } from 'zod';

export const SUBGRAPH_NAME = 'organizations';

const accountSettings = z.object({
  // Short-lived access tokens: a disabled account or changed role takes effect within minutes.
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(86_400)
    .default(30 * 60),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(300)
    .max(90 * 86_400)
    .default(14 * 86_400),
  /** A persons export of more rows than this runs as a job (organizationsJob); a smaller one answers at once. */
  EXPORT_JOB_ROWS: z.coerce.number().int().min(0).max(1_000_000).default(5000),
});

/** The organizations subgraph's settings, validated once at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const base = loadSubgraphConfig(SUBGRAPH_NAME, env);
  const extra = accountSettings.parse(env);
  return {
    ...base,
    accessTokenTtlSeconds: extra.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: extra.REFRESH_TOKEN_TTL_SECONDS,
    exportJobRows: extra.EXPORT_JOB_ROWS,
  };
}

export type OrganizationsConfig = ReturnType<typeof loadConfig>;
