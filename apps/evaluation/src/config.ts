import { loadSubgraphConfig, subgraphUrlSetting } from '@ronghe/kit';
import { z } from 'zod';

export const SUBGRAPH_NAME = 'evaluation';

const upstream = z.object({
  ORGANIZATIONS_URL: subgraphUrlSetting('organizations'),
  NOMINATIONS_URL: subgraphUrlSetting('nominations'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** 公示 practice names people in full; set to true where persons' names must be masked on the public list. */
  PUBLIC_LIST_MASK_NAMES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
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
    publicList: { maskNames: extra.PUBLIC_LIST_MASK_NAMES },
  };
}

export type EvaluationConfig = ReturnType<typeof loadConfig>;
