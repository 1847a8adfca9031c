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
  });
});
