import { runSubgraphProcess } from '@ronghe/kit';
import { startOrganizations } from './app.js';

await runSubgraphProcess(() => startOrganizations());
