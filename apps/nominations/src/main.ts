import { runSubgraphProcess } from '@ronghe/kit';
import { startNominations } from './app.js';

await runSubgraphProcess(() => startNominations());
