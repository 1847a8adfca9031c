import { loadSubgraphConfig } from '@ronghe/kit';

export const SUBGRAPH_NAME = 'evaluation';

/** The evaluation subgraph's settings, validated once at start. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => loadSubgraphConfig(SUBGRAPH_NAME, 4004, env);
