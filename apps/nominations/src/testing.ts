import { openSubgraphTestbed, startPeerSubgraph, testClock, PEER_TIMEOUT_MS } from '@ronghe/kit/testing';

export { testClock };
import { startOrganizations } from '@ronghe/organizations/app';
import { entities, migrations } from './entities.js';
import { createRegistry } from './registry/registry.client.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';

export const TEST_INTERNAL_SECRET = 'nominations-test-internal-secret-0123456789';

/**
 * The nominations subgraph over a throwaway database, asking a real organizations subgraph
 * (started on its own throwaway database with the demo district) over HTTP.
 */
export async function openTestbed(clock: () => Date, registryUrl?: string) {
  const organizations = registryUrl ? null : await startPeerSubgraph('organizations', startOrganizations, TEST_INTERNAL_SECRET);
  const registry = createRegistry({ url: registryUrl ?? organizations!.url, secret: TEST_INTERNAL_SECRET, timeoutMs: PEER_TIMEOUT_MS });
  const bed = await openSubgraphTestbed({
    name: 'nominations',
    entities,
    migrations,
    buildSchema,
    createServices: (db) => createServices(db.dataSource, registry, clock),
  });
  return {
    ...bed,
    /** The organizations peer (when this testbed started one), for a test that changes the registry. */
    organizationsUrl: organizations?.url ?? null,
    async close() {
      await bed.close();
      await organizations?.close();
    },
  };
}
