import { openSubgraphTestbed } from '@ronghe/kit/testing';
import { entities, migrations } from './entities.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';

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
