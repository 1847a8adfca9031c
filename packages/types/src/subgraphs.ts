/**
 * The subgraphs, in composition order, with the port each listens on when nothing else is set.
 * The one list every app's config, the gateway's composition and the start scripts read.
 */
export const SUBGRAPH_PORTS = {
  organizations: 4001,
  tasks: 4002,
  nominations: 4003,
  evaluation: 4004,
} as const;

export type SubgraphName = keyof typeof SUBGRAPH_PORTS;

export const SUBGRAPHS = Object.keys(SUBGRAPH_PORTS) as readonly SubgraphName[];

export const GATEWAY_PORT = 4000;
export const ADMIN_PORT = 3000;

/** Where a subgraph answers on this machine, by default on its own port. */
export function localSubgraphUrl(name: SubgraphName, port: number = SUBGRAPH_PORTS[name]): string {
  return `http://127.0.0.1:${port}/graphql`;
}
