import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, stableId } from '@ronghe/kit';
import { openSubgraphTestbed, testClock, demoCaller } from '@ronghe/kit/testing';
import { ErrorCode, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.js';
import { entities, migrations } from '../entities.js';
import { createRegistry } from '../registry/registry.client.js';
import { buildSchema } from '../schema.js';
import { createServices } from '../services.js';
import { LocalDiskStore } from '../storage/object-store.js';

const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
const clock = testClock('2026-11-10T02:00:00Z');
let bed: Awaited<ReturnType<typeof openSubgraphTestbed<ReturnType<typeof createServices>>>>;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'ronghe-evidence-'));
  // Nothing listens on port 9: the organizations subgraph is down.
  const registry = createRegistry({
    url: 'http://127.0.0.1:9/graphql',
    secret: 'tasks-test-internal-secret-0123456789abcdef',
    timeoutMs: 500,
  });
  bed = await openSubgraphTestbed({
    name: 'tasks',
    entities,
    migrations,
    buildSchema,
    createServices: (db) =>
      createServices(db.dataSource, {
        registry,
        store: new LocalDiskStore(folder),
        clock,
        settings: { riskWindowDays: 30, reminderDays: 7 },
      }),
  });
  await seedDemo(bed.db.dataSource, createLogger('tasks', 'silent'), clock);
});
afterAll(async () => {
  await bed?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('when the organizations subgraph is down', () => {
  it('still rolls up by area and task, and names the missing service for the township roll-up', async () => {
    const { data, errors } = await bed.execute(
      `query { supervisionOverview { totals { total } byArea { total } byTownship { label } } }`,
      {},
      admin,
    );
    expect(data!.supervisionOverview.totals.total).toBeGreaterThan(0);
    expect(data!.supervisionOverview.byTownship).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions?.code).toBe(ErrorCode.UPSTREAM_UNAVAILABLE);
    expect(errors![0]!.message).toContain('单位名录服务');
  });

  it('refuses a decomposition it cannot check, writing nothing', async () => {
    const before = await bed.db.dataSource.query('SELECT COUNT(*)::int AS n FROM task');
    const { errors } = await bed.execute(
      `mutation ($input: CreateSubTaskInput!) { createSubTask(input: $input) { id } }`,
      {
        input: {
          parentId: stableId('task', `管政办〔2026〕8号(演示):一`),
          title: '子任务',
          requirement: '要求',
          deadline: '2026-12-01',
          assignees: [{ organizationId: stableId('organization', '十八里河社区'), role: 'LEAD' }],
        },
      },
      { ...admin, organizationId: stableId('organization', '十八里河镇'), roles: [Role.UNIT_OPERATOR] },
    );
    expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.UPSTREAM_UNAVAILABLE);
    expect(await bed.db.dataSource.query('SELECT COUNT(*)::int AS n FROM task')).toEqual(before);
  });
});
