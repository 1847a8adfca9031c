// Bench: supervision on a registry of a thousand units. Each unit holds all eight tasks of the plan
// in force (8,000 assignments), a third of them with a report; measures, on PostgreSQL
// (DATABASE_URL, default the local `test` database) in a throwaway schema, the SQL statements and
// time of listing every unit's assignments with their computed status page by page, the district
// roll-up and the unit ranking. Needs the build (apps/tasks/dist, packages/kit/dist).
// Target: a bounded number of statements per page, whatever the page size (the number).
import { openSubgraphTestbed } from '../../packages/kit/dist/testing.js';
import { createLogger, stableId } from '../../packages/kit/dist/index.js';
import { seedDemo } from '../../apps/tasks/dist/demo/seed.js';
import { entities, migrations } from '../../apps/tasks/dist/entities.js';
import { buildSchema } from '../../apps/tasks/dist/schema.js';
import { createServices } from '../../apps/tasks/dist/services.js';
import { LocalDiskStore } from '../../apps/tasks/dist/storage/object-store.js';

process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const UNITS = Number(process.env.BENCH_UNITS ?? 1000);
const now = new Date();
const unreachable = {
  units: async () => {
    throw new Error('the registry is not part of this bench');
  },
};
const bed = await openSubgraphTestbed({
  name: 'bench_tasks',
  entities,
  migrations,
  buildSchema,
  createServices: (db) =>
    createServices(db.dataSource, {
      registry: unreachable,
      store: new LocalDiskStore('/tmp/ronghe-bench-evidence'),
      clock: () => now,
      settings: { riskWindowDays: 30, reminderDays: 7 },
    }),
});
try {
  await seedDemo(bed.db.dataSource, createLogger('bench', 'silent'), () => now);
  const db = bed.db.dataSource;
  const [plan] = await db.query(`SELECT id FROM policy_document WHERE validity = 'VALID'`);
  const tasks = (await db.query(`SELECT id FROM task WHERE document_id = $1 AND parent_id IS NULL ORDER BY sort_order`, [plan.id])).map(
    (t) => t.id,
  );
  const units = Array.from({ length: UNITS }, (_, i) => stableId('organization', `bench-unit-${i}`));
  const pairs = units.flatMap((u, i) =>
    tasks.map((t) => ({ id: stableId('assignment', `bench:${u}:${t}`), task: t, unit: u, reported: i % 3 === 0 })),
  );
  await db.query(
    `INSERT INTO assignment (id, task_id, organization_id, role, created_at) SELECT id, task, org, 'SUPPORTING', now() + (n * interval '1 millisecond')
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS x(id, task, org, n)`,
    [pairs.map((p) => p.id), pairs.map((p) => p.task), pairs.map((p) => p.unit)],
  );
  const reported = pairs.filter((p) => p.reported);
  await db.query(
    `INSERT INTO progress_report (id, assignment_id, period, status, summary, submitted_at, submitted_by)
       SELECT gen_random_uuid(), a, '2026-Q3', 'ACCEPTED', '进展', now(), 'bench' FROM unnest($1::uuid[]) AS a`,
    [reported.map((p) => p.id)],
  );
  const admin = {
    accountId: stableId('account', 'admin'),
    username: 'admin',
    organizationId: stableId('organization', '管城回族区人民政府办公室'),
    roles: ['PROGRAM_ADMIN'],
  };
  const LIST = `query ($first: Int!, $after: String) { assignments(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id status deadline role task { code indicators { id } } indicatorProgress { met progress } latestReport { status } organization { id } } } }`;
  const rows = [];
  for (const first of [20, 100]) {
    let after = null;
    let pages = 0;
    let statements = 0;
    const started = performance.now();
    for (;;) {
      let result;
      statements += await bed.db.queries.measure(async () => {
        result = await bed.execute(LIST, { first, after }, admin);
      });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      pages += 1;
      if (!result.data.assignments.pageInfo.hasNextPage) break;
      after = result.data.assignments.pageInfo.endCursor;
    }
    const ms = performance.now() - started;
    rows.push({
      work: `list all assignments, ${first} per page`,
      pages,
      'statements per page': (statements / pages).toFixed(1),
      'ms per page': (ms / pages).toFixed(1),
    });
  }
  for (const [work, query] of [
    ['district roll-up (area, task)', `{ supervisionOverview { totals { total } byArea { total } byTask { total } } }`],
    ['unit ranking, first page', `{ unitPerformanceRanking(first: 100) { totalCount nodes { rank score } } }`],
    ['warnings, first page', `{ supervisionWarnings(first: 100) { totalCount nodes { id status } } }`],
  ]) {
    await bed.execute(query, {}, admin); // warm-up
    let result;
    const started = performance.now();
    const statements = await bed.db.queries.measure(async () => {
      result = await bed.execute(query, {}, admin);
    });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    rows.push({ work, pages: 1, 'statements per page': statements.toFixed(1), 'ms per page': (performance.now() - started).toFixed(1) });
  }
  console.log(
    `supervision on ${UNITS.toLocaleString()} units × ${tasks.length} tasks (${pairs.length.toLocaleString()} assignments, ${reported.length.toLocaleString()} with a report)`,
  );
  console.table(rows);
  const perPage = rows.slice(0, 2).map((r) => Number(r['statements per page']));
  if (Math.max(...perPage) > 8) {
    console.error('listing makes more than 8 statements per page');
    process.exitCode = 1;
  }
} finally {
  await bed.close();
}
