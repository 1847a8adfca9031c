// The image's one-shot migration command (`node dist/migrate.js`): run before a rollout.
import { runMigrationProcess } from '@ronghe/kit';
import { SUBGRAPH_NAME } from './config.js';
import { migrations } from './migrations/index.js';
import { JOB_KINDS } from './transfer/export.service.js';

await runMigrationProcess(SUBGRAPH_NAME, migrations, process.env, JOB_KINDS);
