import { encodeCursor, ErrorCode } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditActRecord, AuditActs, auditActMigration, recordAct } from './audit.js';
import { newId } from './ids.js';
import { openTestDatabase, type TestDatabase } from './testing.js';

let db: TestDatabase;
let acts: AuditActs;
const alice = { accountId: newId() };
const bob = { accountId: newId() };
const subject = newId();

beforeAll(async () => {
  db = await openTestDatabase({ name: 'kit_audit', entities: [AuditActRecord], migrations: [auditActMigration('AuditActs1700000000001')] });
  acts = new AuditActs(db.dataSource, 'kit');
  await db.dataSource.transaction(async (tx) => {
    for (let i = 0; i < 5; i += 1) {
      await recordAct(tx, i % 2 ? bob : alice, {
        action: i === 4 ? 'cycle.freeze' : 'sign-in',
        subjectType: 'Account',
        subjectId: i === 3 ? subject : newId(),
        at: new Date(Date.UTC(2026, 10, 1, 8, 0, i)),
      });
    }
  });
});
afterAll(() => db?.close());

describe('the audit acts of a subgraph', () => {
  it('pages newest first on one keyset cursor, with the total', async () => {
    const first = await acts.list({ first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.nodes.map((a) => a.occurredAt.getUTCSeconds())).toEqual([4, 3]);
    const second = await acts.list({ first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((a) => a.occurredAt.getUTCSeconds())).toEqual([2, 1]);
    const last = await acts.list({ first: 2, after: second.pageInfo.endCursor });
    expect(last.nodes.map((a) => a.occurredAt.getUTCSeconds())).toEqual([0]);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by who, what, which record and when', async () => {
    expect((await acts.list({ actorAccountId: bob.accountId })).totalCount).toBe(2);
    expect((await acts.list({ actions: ['cycle.freeze'] })).nodes).toMatchObject([{ action: 'cycle.freeze', service: 'kit' }]);
    expect((await acts.list({ subjectId: subject })).nodes).toMatchObject([{ subjectId: subject, actorAccountId: bob.accountId }]);
    const window = { from: new Date(Date.UTC(2026, 10, 1, 8, 0, 1)), to: new Date(Date.UTC(2026, 10, 1, 8, 0, 3)) };
    expect((await acts.list(window)).nodes.map((a) => a.occurredAt.getUTCSeconds())).toEqual([2, 1]);
  });

  it('answers malformed ids and cursors as bad input, not a server error', async () => {
    await expect(acts.list({ subjectId: 'x\u0000' })).rejects.toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
    await expect(acts.list({ actorAccountId: '42' })).rejects.toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
    await expect(acts.list({ after: encodeCursor(['2026-02-30T08:00:00.000Z', newId()]) })).rejects.toMatchObject({
      extensions: { code: ErrorCode.INVALID_CURSOR },
    });
    await expect(acts.list({ after: encodeCursor(['2026-11-01T08:00:00.000Z', 'nope']) })).rejects.toMatchObject({
      extensions: { code: ErrorCode.INVALID_CURSOR },
    });
  });

  it('keeps acts once written: the requests’ role may not change, remove or truncate them', async () => {
    await expect(db.dataSource.query(`UPDATE audit_act SET action = 'forged'`)).rejects.toThrow(/permission denied/);
    await expect(db.dataSource.query('DELETE FROM audit_act')).rejects.toThrow(/permission denied/);
    await expect(db.dataSource.query('TRUNCATE audit_act')).rejects.toThrow(/permission denied/);
    await expect(db.dataSource.query('ALTER TABLE audit_act DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner/);
    expect((await acts.list({})).totalCount).toBe(5);
  });
});
