// Bench: supervision on a registry of 1,000 units, then of 5,000. Each unit holds all eight tasks of
// the plan in force (8,000, then 40,000 assignments), a third of them with a report; measures, on
// PostgreSQL (DATABASE_URL, default the local `test` database) in a throwaway schema, the SQL
// statements and time of listing every unit's assignments page by page (at 1,000 units), and at
// both sizes the overview, the roll-up by unit and the warnings, which aggregate the stored
// statuses in SQL. Needs the build (apps/tasks/dist, packages/kit/dist).
// Targets: a bounded number of statements per page, whatever the page size; overview, roll-ups and
// warnings ≤ 100 ms and flat in the number of assignments.
import { openSubgraphTestbed } from '../../packages/kit/dist/testing.js';
import { createLogger, stableId } from '../../packages/kit/dist/index.js';
import { seedDemo } from '../../apps/tasks/dist/demo/seed.js';
import { entities, migrations } from '../../apps/tasks/dist/entities.js';
import { buildSchema } from '../../apps/tasks/dist/schema.js';
import { createServices } from '../../apps/tasks/dist/services.js';
import { LocalDiskStore } from '../../apps/tasks/dist/storage/object-store.js';

process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const SIZES = (process.env.BENCH_UNITS ?? '1000,5000').split(',').map(Number);
const TARGET_MS = 100;
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
  const admin = {
    accountId: stableId('account', 'admin'),
    username: 'admin',
    organizationId: stableId('organization', '管城回族区人民政府办公室'),
    roles: ['PROGRAM_ADMIN'],
  };
  const LIST = `query ($first: Int!, $after: String) { assignments(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id status deadline role task { code indicators { id } } indicatorProgress { met progress } latestReport { status } organization { id } } } }`;
  const AGGREGATES = [
    [
      'overview (totals, area, main task)',
      `{ supervisionOverview { totals { total light } byArea { total light } byTask { total light } } }`,
    ],
    ['roll-up by unit, first page', `{ unitRollups(first: 100) { totalCount nodes { total overdue light } } }`],
    ['warnings, first page', `{ supervisionWarnings(first: 100) { totalCount nodes { id } } }`],
  ];
  const RUNS = 7;
  const listing = [];
  const aggregates = [];
  let seeded = 0;
  for (const size of SIZES) {
    // Units are added to those already there, so each size is the previous one plus more.
    const units = Array.from({ length: size - seeded }, (_, i) => stableId('organization', `bench-unit-${seeded + i}`));
    const pairs = units.flatMap((u, i) =>
      tasks.map((t) => ({ id: stableId('assignment', `bench:${u}:${t}`), task: t, unit: u, reported: (seeded + i) % 3 === 0 })),
    );
    seeded = size;
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
    // Rows written behind the services' back: the deadline refresh stores their statuses, as at start-up.
    const refreshing = performance.now();
    const changed = await bed.services.supervision.refreshOverdueStatuses(now);
    const refreshSeconds = (performance.now() - refreshing) / 1000;
    // Autovacuum's work after a refresh that rewrote many statuses (and their tallies), done at once,
    // as the tables' owner: the application role may not, and its VACUUM skipped every table.
    await bed.db.asOwner('VACUUM ANALYZE assignment, task, task_status_tally, unit_status_tally, progress_report, indicator_value');
    const [{ total }] = await db.query('SELECT count(*)::int AS total FROM assignment');
    console.log(
      `${size.toLocaleString()} units × ${tasks.length} tasks: ${total.toLocaleString()} assignments; deadline refresh ${refreshSeconds.toFixed(1)} s (${changed.toLocaleString()} statuses stored)`,
    );

    if (size === SIZES[0]) {
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
        listing.push({
          work: `list all ${total.toLocaleString()} assignments, ${first} per page`,
          pages,
          'statements per page': (statements / pages).toFixed(1),
          'ms per page': ((performance.now() - started) / pages).toFixed(1),
        });
      }
    }

    for (const [work, query] of AGGREGATES) {
      await bed.execute(query, {}, admin); // warm-up
      const times = [];
      let statements = 0;
      for (let run = 0; run < RUNS; run++) {
        let result;
        const started = performance.now();
        statements = await bed.db.queries.measure(async () => {
          result = await bed.execute(query, {}, admin);
        });
        times.push(performance.now() - started);
        if (result.errors) throw new Error(JSON.stringify(result.errors));
      }
      times.sort((a, b) => a - b);
      aggregates.push({ work, assignments: total, statements, 'p50 ms': times[RUNS >> 1].toFixed(1), target: `≤ ${TARGET_MS}` });
    }
  }
  console.table(listing);
  console.table(aggregates);
  const perPage = listing.map((r) => Number(r['statements per page']));
  if (Math.max(...perPage) > 8) {
    console.error('listing makes more than 8 statements per page');
    process.exitCode = 1;
  }
  for (const [work] of AGGREGATES) {
    const [small, large] = [
      aggregates.find((r) => r.work === work && r.assignments === Math.min(...aggregates.map((a) => a.assignments))),
      aggregates.findLast((r) => r.work === work),
    ];
    const verdict = Number(large['p50 ms']) <= TARGET_MS ? 'met' : 'NOT met';
    console.log(
      `${work}: ${small['p50 ms']} ms at ${small.assignments.toLocaleString()}, ${large['p50 ms']} ms at ${large.assignments.toLocaleString()} assignments (×${(Number(large['p50 ms']) / Number(small['p50 ms'])).toFixed(2)}); target ≤ ${TARGET_MS} ms: ${verdict}`,
    );
    if (verdict !== 'met') process.exitCode = 1;
  }
} finally {
  await bed.close();
}
