import { startSubgraph } from '@ronghe/kit';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { entities, migrations } from './entities.js';
import { buildSchema } from './schema.js';
import { createServices } from './services.js';

/** Starts the nominations subgraph with the given environment. */
export const startNominations = (env: NodeJS.ProcessEnv = process.env) =>
  startSubgraph({ config: loadConfig(env), entities, migrations, buildSchema, createServices, seedDemo });
