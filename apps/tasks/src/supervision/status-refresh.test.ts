import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dropSchema } from '@ronghe/kit';
import { ownerQuery, startPeerSubgraph, testDatabaseUrl } from '@ronghe/kit/testing';
import { startOrganizations } from '@ronghe/organizations/app';
import { AssignmentStatus } from '@ronghe/types';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTasks } from '../app.js';
import { STATUS_REFRESH } from './status-refresh.js';

// The deadline refresh as scheduled work on the queue: replicas of the tasks subgraph on one
// schema, each a queue worker; the start-up refresh runs once for all of them, and the daily
// schedule is one row whatever their number.

const SECRET = 'status-refresh-test-internal-secret-0123456789';
const schema = `test_refresh_${randomBytes(4).toString('hex')}`;
let organizations: Awaited<ReturnType<typeof startPeerSubgraph>>;
let dataDir: string;
let clockFile: string;
const replicas: Awaited<ReturnType<typeof startTasks>>[] = [];

const env = (seed: boolean): NodeJS.ProcessEnv => ({
  DATABASE_URL: testDatabaseUrl(),
  TASKS_DB_SCHEMA: schema,
  TASKS_PORT: '0',
  ORGANIZATIONS_URL: organizations.url,
  INTERNAL_SECRET: SECRET,
  DATA_DIR: dataDir,
  RONGHE_CLOCK_FILE: clockFile,
  SEED_DEMO: String(seed),
  LOG_LEVEL: 'silent',
  NODE_ENV: 'test',
});
const query = <T>(sql: string, parameters: unknown[] = []) => ownerQuery<T>(testDatabaseUrl(), schema, sql, parameters);
const refreshJobs = (key: string) =>
  query<{ state: string }>(`SELECT state FROM "${schema}_queue".job WHERE name = $1 AND singleton_key = $2`, [STATUS_REFRESH, key]);

beforeAll(async () => {
  organizations = await startPeerSubgraph('organizations', startOrganizations, SECRET);
  dataDir = await mkdtemp(path.join(tmpdir(), 'ronghe-refresh-'));
  clockFile = path.join(dataDir, 'clock');
  await writeFile(clockFile, '2026-11-10T02:00:00Z');
});

afterAll(async () => {
  for (const replica of replicas) await replica.close();
  await organizations?.close();
  await dropSchema(testDatabaseUrl(), schema);
  await rm(dataDir, { recursive: true, force: true });
});

it('schedules the refresh daily after midnight in Beijing and runs it once at start-up', async () => {
  replicas.push(await startTasks(env(true)));
  expect(await refreshJobs('2026-11-10')).toEqual([{ state: 'completed' }]);
  const schedules = await query<{ cron: string; timezone: string }>(
    `SELECT cron, timezone FROM "${schema}_queue".schedule WHERE name = $1`,
    [STATUS_REFRESH],
  );
  expect(schedules).toEqual([{ cron: '5 0 * * *', timezone: 'Asia/Shanghai' }]);
});

it('runs the start-up refresh once for replicas starting together, and stores the statuses', async () => {
  // Stale statuses, and a date on which the demo's deadlines have passed.
  await query(`UPDATE assignment SET status = $1 WHERE status <> $2`, [AssignmentStatus.ON_TRACK, AssignmentStatus.DONE]);
  await writeFile(clockFile, '2027-06-30T02:00:00Z');
  replicas.push(...(await Promise.all([startTasks(env(false)), startTasks(env(false))])));

  expect(await refreshJobs('2027-06-30')).toEqual([{ state: 'completed' }]);
  const statuses = await query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM assignment GROUP BY status');
  expect(statuses.find((s) => s.status === AssignmentStatus.OVERDUE)?.n ?? 0).toBeGreaterThan(0);
  expect(await query(`SELECT 1 FROM "${schema}_queue".schedule`)).toHaveLength(1);
});
