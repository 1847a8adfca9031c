import { runSubgraphProcess } from '@ronghe/kit';
import { startEvaluation } from './app.js';

await runSubgraphProcess(() => startEvaluation());
