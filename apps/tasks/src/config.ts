import { loadSubgraphConfig } from '@ronghe/kit';

export const SUBGRAPH_NAME = 'tasks';

/** The tasks subgraph's settings, validated once at start. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => loadSubgraphConfig(SUBGRAPH_NAME, 4002, env);
