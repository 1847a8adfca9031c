import { LoaderRegistry } from '@ronghe/kit';
import { demoCaller } from '@ronghe/kit/testing';
import { AssignmentStatus, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assignment } from '../assignment/assignment.entity.js';
import { openTestbed, testClock } from '../testing.js';

const clock = testClock('2026-11-10T02:00:00Z');
let bed: Awaited<ReturnType<typeof openTestbed>>;
beforeAll(async () => {
  bed = await openTestbed(clock);
});
afterAll(() => bed?.close());

const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await bed.execute(query, variables, admin);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data as T;
}

/** Every page of a connection, `first` at a time. */
async function allPages<N>(field: string, selection: string, first: number): Promise<{ nodes: N[]; totalCount: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < 100; page++) {
    const data: Record<string, { totalCount: number; nodes: N[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = await ok(
      `query ($first: Int, $after: String) { ${field}(first: $first, after: $after) { totalCount nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
      { first, after },
    );
    const connection = data[field]!;
    nodes.push(...connection.nodes);
    totalCount = connection.totalCount;
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { nodes, totalCount };
}

/** Each stored status against what status.ts computes now, as of `today`. */
async function storedAndLive(today?: string) {
  const rows = await bed.db.dataSource.getRepository(Assignment).find({ order: { id: 'ASC' } });
  const live = await bed.services.supervision.compute(new LoaderRegistry(), rows, today);
  return rows.map((a) => ({ id: a.id, stored: a.status, live: live.get(a.id)!.status }));
}

/** Rows where a tally differs from counting the assignments themselves. */
async function tallyDrift(runner: { query: (sql: string) => Promise<unknown[]> } = bed.db.dataSource) {
  const counted = (key: string) => `SELECT ${key}, count(*) FILTER (WHERE status = 'ON_TRACK')::int AS on_track,
      count(*) FILTER (WHERE status = 'AT_RISK')::int AS at_risk, count(*) FILTER (WHERE status = 'OVERDUE')::int AS overdue,
      count(*) FILTER (WHERE status = 'DONE')::int AS done FROM assignment a JOIN task t ON t.id = a.task_id GROUP BY ${key}`;
  return [
    ...(await runner.query(`(${counted('a.task_id')}) EXCEPT (SELECT task_id, on_track, at_risk, overdue, done FROM task_status_tally)`)),
    ...(await runner.query(
      `(SELECT task_id, on_track, at_risk, overdue, done FROM task_status_tally WHERE on_track + at_risk + overdue + done > 0) EXCEPT (${counted('a.task_id')})`,
    )),
    ...(await runner.query(
      `(${counted('t.document_id, a.organization_id')}) EXCEPT (SELECT document_id, organization_id, on_track, at_risk, overdue, done FROM unit_status_tally)`,
    )),
    ...(await runner.query(
      `(SELECT document_id, organization_id, on_track, at_risk, overdue, done FROM unit_status_tally WHERE on_track + at_risk + overdue + done > 0) EXCEPT (${counted('t.document_id, a.organization_id')})`,
    )),
  ];
}

describe('stored assignment statuses', () => {
  it('hold what status.ts computes, for every assignment of the demo', async () => {
    const rows = await storedAndLive();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.stored !== r.live)).toEqual([]);
    // The demo holds more than one status, so agreement is not agreement on a default.
    expect(new Set(rows.map((r) => r.stored)).size).toBeGreaterThan(1);
  });

  it('move with the date alone when the deadline refresh runs, and back', async () => {
    const [row] = await bed.db.dataSource.query(
      `SELECT a.id, (t.deadline + 1)::text AS after FROM assignment a JOIN task t ON t.id = a.task_id
        WHERE a.status <> 'DONE' AND a.status <> 'OVERDUE' AND t.deadline IS NOT NULL ORDER BY t.deadline, a.id LIMIT 1`,
    );
    expect(row).toBeDefined();
    const later = new Date(`${row.after}T04:00:00Z`);
    expect(await bed.services.supervision.refreshOverdueStatuses(later)).toBeGreaterThan(0);
    const moved = await storedAndLive(row.after);
    expect(moved.find((r) => r.id === row.id)!.stored).toBe(AssignmentStatus.OVERDUE);
    expect(moved.filter((r) => r.stored !== r.live)).toEqual([]);
    // The overview aggregates the stored statuses: it sees the move without recomputing anything.
    const admin = { accountId: 'a', username: 'admin', organizationId: 'o', roles: ['PROGRAM_ADMIN'] } as never;
    const { data } = await bed.execute(`{ supervisionOverview { totals { overdue } } }`, {}, admin);
    expect(data!.supervisionOverview.totals.overdue).toBe(moved.filter((r) => r.stored === 'OVERDUE').length);

    await bed.services.supervision.refreshOverdueStatuses(clock());
    expect((await storedAndLive()).filter((r) => r.stored !== r.live)).toEqual([]);
    expect(await tallyDrift()).toEqual([]);
  });

  it('are tallied by task and by unit exactly as a count of the assignments gives', async () => {
    // A write the trigger must follow: an assignment's status changed and one removed.
    const db = bed.db.dataSource;
    await db
      .transaction(async (tx) => {
        const [a, b] = await tx.query(`SELECT id FROM assignment ORDER BY id LIMIT 2`);
        await tx.query(`UPDATE assignment SET status = 'OVERDUE' WHERE id = $1`, [a.id]);
        await tx.query(`DELETE FROM assignment WHERE id = $1`, [b.id]);
        expect(await tallyDrift(tx)).toEqual([]);
        throw new Error('rolled back');
      })
      .catch((error: Error) => expect(error.message).toBe('rolled back'));
    expect(await tallyDrift()).toEqual([]);
  });

  it('copy each task deadline onto its assignments, on insert and when the deadline moves', async () => {
    const db = bed.db.dataSource;
    const drift = `SELECT count(*)::int AS n FROM assignment a JOIN task t ON t.id = a.task_id WHERE a.task_deadline IS DISTINCT FROM t.deadline`;
    expect((await db.query(drift))[0].n).toBe(0);
    expect((await db.query(`SELECT count(*)::int AS n FROM assignment WHERE task_deadline IS NOT NULL`))[0].n).toBeGreaterThan(0);
    await db
      .transaction(async (tx) => {
        const [task] = await tx.query(`SELECT t.id FROM task t WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.task_id = t.id) LIMIT 1`);
        await tx.query(`UPDATE task SET deadline = '2031-01-31' WHERE id = $1`, [task.id]);
        expect((await tx.query(drift))[0].n).toBe(0);
        const [{ deadline }] = await tx.query(`SELECT DISTINCT task_deadline::text AS deadline FROM assignment WHERE task_id = $1`, [
          task.id,
        ]);
        expect(deadline).toBe('2031-01-31');
        await tx.query(`UPDATE task SET deadline = NULL WHERE id = $1`, [task.id]);
        expect((await tx.query(drift))[0].n).toBe(0);
        throw new Error('rolled back');
      })
      .catch((error: Error) => expect(error.message).toBe('rolled back'));
  });

  it('page the roll-up by unit and the warnings in SQL, in the order they promise, without gaps', async () => {
    const units = await allPages<{ organization: { id: string }; overdue: number; atRisk: number; total: number }>(
      'unitRollups',
      'organization { id } overdue atRisk total',
      2,
    );
    const expected: { organization_id: string; overdue: number; at_risk: number }[] = await bed.db.dataSource.query(
      `SELECT organization_id, sum(overdue)::int AS overdue, sum(at_risk)::int AS at_risk FROM unit_status_tally
        WHERE document_id IN (SELECT id FROM policy_document WHERE validity = 'VALID') GROUP BY organization_id
       HAVING sum(on_track + at_risk + overdue + done) > 0 ORDER BY 2 DESC, 3 DESC, 1`,
    );
    expect(units.nodes.map((u) => [u.organization.id, u.overdue, u.atRisk])).toEqual(
      expected.map((e) => [e.organization_id, e.overdue, e.at_risk]),
    );
    expect(units.totalCount).toBe(expected.length);
    expect(units.nodes.some((u) => u.overdue + u.atRisk > 0)).toBe(true);

    const warnings = await allPages<{ id: string; status: AssignmentStatus; deadline: string | null }>(
      'supervisionWarnings',
      'id status deadline',
      3,
    );
    const order: { id: string }[] = await bed.db.dataSource.query(
      `SELECT a.id FROM assignment a JOIN task t ON t.id = a.task_id
        WHERE a.status IN ('OVERDUE', 'AT_RISK') AND t.document_id IN (SELECT id FROM policy_document WHERE validity = 'VALID')
        ORDER BY CASE a.status WHEN 'OVERDUE' THEN 0 ELSE 1 END, t.deadline NULLS LAST, a.id`,
    );
    expect(order.length).toBeGreaterThan(3);
    expect(warnings.nodes.map((w) => w.id)).toEqual(order.map((o) => o.id));
    expect(warnings.totalCount).toBe(order.length);
  });

  it('are read as stored once the deadline refresh ran for today, and computed before it has', async () => {
    const db = bed.db.dataSource;
    await bed.services.supervision.refreshOverdueStatuses(clock());
    const [row] = await db.query(`SELECT id, status FROM assignment WHERE status = 'ON_TRACK' ORDER BY id LIMIT 1`);
    const query = `query ($id: ID!) { assignment(id: $id) { status } }`;
    // A stored value status.ts would not give: seen as stored proves the column is what is read.
    await db.query(`UPDATE assignment SET status = 'AT_RISK' WHERE id = $1`, [row.id]);
    try {
      expect((await ok<{ assignment: { status: string } }>(query, { id: row.id })).assignment.status).toBe('AT_RISK');
      // The next day, before that day's refresh, the stored statuses may be stale: computed instead.
      clock.set('2026-11-11T02:00:00Z');
      expect((await ok<{ assignment: { status: string } }>(query, { id: row.id })).assignment.status).toBe('ON_TRACK');
    } finally {
      clock.set('2026-11-10T02:00:00Z');
      await db.query(`UPDATE assignment SET status = $2 WHERE id = $1`, [row.id, row.status]);
    }
  });
});
