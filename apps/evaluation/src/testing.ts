import { createInternalClient } from '@ronghe/kit';
import { openSubgraphTestbed, startPeerSubgraph } from '@ronghe/kit/testing';
import { startNominations } from '@ronghe/nominations/app';
import { startOrganizations } from '@ronghe/organizations/app';
import type { Identity } from '@ronghe/types';
import { entities, migrations } from './entities.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';
import { createUpstream } from './upstream/upstream.client.js';

export const TEST_INTERNAL_SECRET = 'evaluation-test-internal-secret-0123456789';

/**
 * The evaluation subgraph over a throwaway database, with real organizations and nominations
 * subgraphs (the demo district and its frozen 2026 nominations) answering over HTTP.
 */
export async function openTestbed(clock: () => Date = () => new Date()) {
  const organizations = await startPeerSubgraph('organizations', startOrganizations, TEST_INTERNAL_SECRET);
  const nominations = await startPeerSubgraph('nominations', startNominations, TEST_INTERNAL_SECRET, { ORGANIZATIONS_URL: organizations.url });
  // No tasks subgraph here: the review's rules never ask it; the end-to-end tests cover its evidence.
  const upstream = createUpstream({
    organizationsUrl: organizations.url,
    nominationsUrl: nominations.url,
    tasksUrl: 'http://127.0.0.1:9/graphql',
    secret: TEST_INTERNAL_SECRET,
    timeoutMs: 5000,
  });
  const bed = await openSubgraphTestbed({ name: 'evaluation', entities, migrations, buildSchema, createServices: (db) => createServices(db.dataSource, upstream, clock) });
  const callOrganizations = createInternalClient({ url: organizations.url, service: 'organizations', secret: TEST_INTERNAL_SECRET });
  const callNominations = createInternalClient({ url: nominations.url, service: 'nominations', secret: TEST_INTERNAL_SECRET });
  return {
    ...bed,
    /** Runs an operation on the organizations subgraph, e.g. to add evaluator accounts. */
    organizations: <T>(query: string, variables: Record<string, unknown>, identity: Identity) => callOrganizations<T>(query, variables, identity),
    /** Runs an operation on the nominations subgraph. */
    nominations: <T>(query: string, variables: Record<string, unknown>, identity: Identity) => callNominations<T>(query, variables, identity),
    async close() {
      await bed.close();
      await nominations.close();
      await organizations.close();
    },
  };
}
