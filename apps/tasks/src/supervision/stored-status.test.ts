import { LoaderRegistry } from '@ronghe/kit';
import { AssignmentStatus } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assignment } from '../assignment/assignment.entity.js';
import { openTestbed, testClock } from '../testing.js';

const clock = testClock('2026-11-10T02:00:00Z');
let bed: Awaited<ReturnType<typeof openTestbed>>;
beforeAll(async () => {
  bed = await openTestbed(clock);
});
afterAll(() => bed?.close());

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
});
