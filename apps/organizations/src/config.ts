import { loadSubgraphConfig } from '@ronghe/kit';
import { z } from 'zod';

export const SUBGRAPH_NAME = 'organizations';

const accountSettings = z.object({
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(8 * 3600),
});

/** The organizations subgraph's settings, validated once at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const base = loadSubgraphConfig(SUBGRAPH_NAME, 4001, env);
  const extra = accountSettings.parse(env);
  return { ...base, accessTokenTtlSeconds: extra.ACCESS_TOKEN_TTL_SECONDS };
}

export type OrganizationsConfig = ReturnType<typeof loadConfig>;
