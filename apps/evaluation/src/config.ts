import { loadSubgraphConfig, subgraphUrlSetting } from '@ronghe/kit';
import { z } from 'zod';

export const SUBGRAPH_NAME = 'evaluation';

const upstream = z.object({
  ORGANIZATIONS_URL: subgraphUrlSetting('organizations'),
  NOMINATIONS_URL: subgraphUrlSetting('nominations'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
});

/** The evaluation subgraph's settings, validated once at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const base = loadSubgraphConfig(SUBGRAPH_NAME, env);
  const extra = upstream.parse(env);
  return {
    ...base,
    organizationsUrl: extra.ORGANIZATIONS_URL,
    nominationsUrl: extra.NOMINATIONS_URL,
    upstreamTimeoutMs: extra.UPSTREAM_TIMEOUT_MS,
  };
}

export type EvaluationConfig = ReturnType<typeof loadConfig>;
