import { loadSubgraphConfig } from '@ronghe/kit/config';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('timeouts', () => {
  it('by default a subgraph stops a statement before the gateway stops waiting for its answer', () => {
    expect(loadSubgraphConfig('tasks', {}).statementTimeoutMs).toBeLessThan(loadConfig({}).SUBGRAPH_TIMEOUT_MS);
  });
});
