import { loadSubgraphConfig } from '@ronghe/kit';
import { z } from 'zod';

export const SUBGRAPH_NAME = 'evaluation';

const upstream = z.object({
  ORGANIZATIONS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  NOMINATIONS_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
});

/** The evaluation subgraph's settings, validated once at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const base = loadSubgraphConfig(SUBGRAPH_NAME, 4004, env);
  const extra = upstream.parse(env);
  return {
    ...base,
    organizationsUrl: extra.ORGANIZATIONS_URL,
    nominationsUrl: extra.NOMINATIONS_URL,
    upstreamTimeoutMs: extra.UPSTREAM_TIMEOUT_MS,
  };
}

export type EvaluationConfig = ReturnType<typeof loadConfig>;
