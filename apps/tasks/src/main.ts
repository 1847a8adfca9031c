import { runSubgraphProcess } from '@ronghe/kit';
import { startTasks } from './app.js';

await runSubgraphProcess(() => startTasks());
