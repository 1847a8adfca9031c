import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSubgraphTestbed, startPeerSubgraph, testClock, PEER_TIMEOUT_MS } from '@ronghe/kit/testing';

export { testClock };
import { startOrganizations } from '@ronghe/organizations/app';
import { createLogger } from '@ronghe/kit';
import { entities, migrations } from './entities.js';
import { createRegistry } from './registry/registry.client.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';
import { LocalDiskStore } from './storage/object-store.js';
import { seedDemo } from './demo/seed.js';

export const TEST_INTERNAL_SECRET = 'tasks-test-internal-secret-0123456789abcdef';

/**
 * The tasks subgraph over a throwaway database, with the demo documents and tasks loaded, asking a
 * real organizations subgraph (on its own throwaway database with the demo district) over HTTP.
 */
export async function openTestbed(
  clock: () => Date = testClock('2026-11-10T02:00:00Z'),
  options: { riskWindowDays?: number; reminderDays?: number } = {},
) {
  const organizations = await startPeerSubgraph('organizations', startOrganizations, TEST_INTERNAL_SECRET);
  const registry = createRegistry({ url: organizations.url, secret: TEST_INTERNAL_SECRET, timeoutMs: PEER_TIMEOUT_MS });
  const evidenceDir = await mkdtemp(path.join(tmpdir(), 'ronghe-evidence-'));
  const bed = await openSubgraphTestbed({
    name: 'tasks',
    entities,
    migrations,
    buildSchema,
    createServices: (db) =>
      createServices(db.dataSource, {
        registry,
        store: new LocalDiskStore(evidenceDir),
        clock,
        settings: { riskWindowDays: options.riskWindowDays ?? 30, reminderDays: options.reminderDays ?? 7 },
      }),
  });
  await seedDemo(bed.db.dataSource, createLogger('tasks', 'silent'), clock);
  // As at start-up: the seeded assignments' statuses stored.
  await bed.services.supervision.refreshOverdueStatuses(clock());
  return {
    ...bed,
    evidenceDir,
    /** The organizations peer, for a test that changes the registry (dissolves a unit, say). */
    organizationsUrl: organizations.url,
    async close() {
      await bed.close();
      await organizations.close();
      await rm(evidenceDir, { recursive: true, force: true });
    },
  };
}
