import { openSubgraphTestbed } from '@ronghe/kit/testing';
import { entities, migrations } from './entities.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';

/** The tasks subgraph over a throwaway database. */
export const openTestbed = () =>
  openSubgraphTestbed({
    name: 'tasks',
    entities,
    migrations,
    buildSchema,
    createServices: (db) => createServices(db.dataSource),
  });
