import { describe, expect, it } from 'vitest';
import { SUBGRAPH_PORTS } from '@ronghe/types';
import { loadSubgraphConfig } from './config.js';

describe('loadSubgraphConfig', () => {
  it('runs locally with no environment at all', () => {
    const config = loadSubgraphConfig('tasks', {});
    expect(config).toMatchObject({ name: 'tasks', port: SUBGRAPH_PORTS.tasks, schema: 'tasks', databaseUrl: undefined, SEED_DEMO: false });
  });

  it('lets a per-subgraph variable override the shared one', () => {
    const config = loadSubgraphConfig('tasks', {
      DATABASE_URL: 'postgres://a@127.0.0.1/shared',
      TASKS_DATABASE_URL: 'postgres://a@127.0.0.1/tasks',
      TASKS_PORT: '5002',
      TASKS_DB_SCHEMA: 'tasks_v2',
      DB_STATEMENT_TIMEOUT_MS: '5000',
      TASKS_DB_STATEMENT_TIMEOUT_MS: '20000',
    });
    expect(config).toMatchObject({
      port: 5002,
      schema: 'tasks_v2',
      databaseUrl: 'postgres://a@127.0.0.1/tasks',
      statementTimeoutMs: 20_000,
    });
    expect(loadSubgraphConfig('nominations', { DB_STATEMENT_TIMEOUT_MS: '5000' }).statementTimeoutMs).toBe(5000);
  });

  it('names what is wrong, in Chinese, at start', () => {
    const load = () => loadSubgraphConfig('tasks', { TASKS_PORT: 'abc', INTERNAL_SECRET: 'short' });
    expect(load).toThrow(/^配置无效 \(tasks\)/);
    expect(load).toThrow(/TASKS_PORT/);
    expect(load).toThrow(/INTERNAL_SECRET/);
    expect(load).toThrow(/至少 32 个字符/);
  });
});
