import { createLogger } from '@ronghe/kit';
import { openSubgraphTestbed } from '@ronghe/kit/testing';
import { entities, migrations } from './entities.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';
import { seedDemo } from './demo/seed.js';

export const TEST_JWT_SECRET = 'organizations-test-secret-0123456789abcdef';

/** The organizations subgraph over a throwaway database. */
export const openTestbed = () =>
  openSubgraphTestbed({
    name: 'organizations',
    entities,
    migrations,
    buildSchema,
    createServices: (db) => createServices(db.dataSource, { secret: TEST_JWT_SECRET, ttlSeconds: 3600, refreshTtlSeconds: 86_400 }),
  });

/** The testbed with the demo district loaded, as most tests start from it. */
export async function openSeededTestbed() {
  const bed = await openTestbed();
  await seedDemo(bed.db.dataSource, createLogger('test', 'silent'));
  return bed;
}
