import { newId } from '@ronghe/kit';
import { ErrorCode, type Identity, Role, TypicalCategory } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalTestbed, seedScoringReview, rankReview } from '../testing.js';

// A fresh install: nothing but the migrations, which bring the State Council's notices with them.
const admin: Identity = { accountId: newId(), username: 'admin', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };
const hrss = newId();
const hfpc = newId();
const approver = (agency: string, username: string): Identity => ({
  accountId: newId(),
  username,
  organizationId: agency,
  roles: [Role.APPROVER],
});
const approverHrss = approver(hrss, 'approver-hrss');
const approverHfpc = approver(hfpc, 'approver-hfpc');

let now = new Date('2026-09-25T10:00:00+08:00');
let bed: Awaited<ReturnType<typeof openLocalTestbed>>;
beforeAll(async () => {
  bed = await openLocalTestbed(() => now);
});
afterAll(() => bed?.close());

const errorOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;
const ok = async (query: string, variables: Record<string, unknown>, identity: Identity = admin) => {
  const result = await bed.execute(query, variables, identity);
  expect(result.errors).toBeUndefined();
  return result.data!;
};
const REVIEW = `query ($id: ID!) {
  review(id: $id) {
    status shortlistVersion publicityStarts publicityEnds publicityPaperReason publicityStartedBy decisionNumber decidedOn
    approvals { approverUsername decision reason shortlistVersion voidedAt }
  }
}`;
const review = async (id: string) => (await ok(REVIEW, { id })).review;
const APPROVE = `mutation ($r: ID!, $v: Int!) { approveShortlist(reviewId: $r, shortlistVersion: $v) { status } }`;
const DECLINE = `mutation ($r: ID!, $v: Int!, $why: String!) { declineShortlist(reviewId: $r, shortlistVersion: $v, reason: $why) { status } }`;
const START = `mutation ($r: ID!, $d: String, $why: String) { startPublicity(reviewId: $r, startDate: $d, paperReason: $why) { status publicityEnds } }`;
const FINALIZE = `mutation ($r: ID!, $no: String) { finalizeCommendation(reviewId: $r, decisionNumber: $no) { status decidedOn decisionNumber } }`;

/** A ranked list of two employers, the first on it, for both agencies to decide on. */
async function ranked() {
  const f = await seedScoringReview(bed.db.dataSource, {
    categories: [TypicalCategory.EMPLOYER, TypicalCategory.EMPLOYER],
    marks: [[90], [80]],
    shortlistSize: 1,
    commendingAgencyIds: [hrss, hfpc],
  });
  expect((await rankReview(bed.execute, f.reviewId, admin)).errors).toBeUndefined();
  return f.reviewId;
}
async function approved() {
  const id = await ranked();
  const { shortlistVersion } = await review(id);
  for (const who of [approverHrss, approverHfpc]) await ok(APPROVE, { r: id, v: shortlistVersion }, who);
  return id;
}

describe('the holiday calendar of a fresh install', () => {
  it('holds the 2025 and 2026 notices with their 文号', async () => {
    const { calendarYears } = await ok(`{ calendarYears(first: 10) { nodes { year documentNumber issuedOn importedBy } } }`, {});
    expect(calendarYears.nodes).toEqual([
      { year: 2026, documentNumber: '国办发明电〔2025〕7号', issuedOn: '2025-11-04', importedBy: 'system' },
      { year: 2025, documentNumber: '国办发明电〔2024〕12号', issuedOn: '2024-11-12', importedBy: 'system' },
    ]);
    const { calendarDays } = await ok(`query { calendarDays(year: 2026) { day kind note } }`, {});
    expect(calendarDays.filter((d: { day: string }) => d.day >= '2026-09-20' && d.day <= '2026-10-10')).toEqual([
      { day: '2026-09-20', kind: 'WORKDAY', note: '国庆节调休上班' },
      { day: '2026-09-25', kind: 'HOLIDAY', note: '中秋节' },
      { day: '2026-09-26', kind: 'HOLIDAY', note: '中秋节' },
      { day: '2026-09-27', kind: 'HOLIDAY', note: '中秋节' },
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ day: `2026-10-${d}`, kind: 'HOLIDAY', note: '国庆节' })),
      { day: '2026-10-10', kind: 'WORKDAY', note: '国庆节调休上班' },
    ]);
  });

  it('ends a five-working-day 公示 from Monday 28 September 2026 on Friday 9 October', async () => {
    now = new Date('2026-09-25T10:00:00+08:00');
    const id = await approved();
    // Mon 28, Tue 29, Wed 30; the National Day holiday 1–7 October; Thu 8, Fri 9.
    expect((await ok(START, { r: id, d: '2026-09-28' })).startPublicity).toEqual({ status: 'PUBLICITY', publicityEnds: '2026-10-09' });
  });

  it('refuses a 公示 that runs into a year with no holiday arrangement, until the notice is imported', async () => {
    now = new Date('2027-12-27T10:00:00+08:00');
    const id = await approved();
    const refused = await bed.execute(START, { r: id, d: '2027-12-27' }, admin);
    expect(errorOf(refused)).toMatchObject({ code: ErrorCode.CALENDAR_MISSING, year: 2027 });
    expect(refused.errors![0]!.message).toContain('2027 年的节假日安排尚未导入');
    expect((await review(id)).status).toBe('APPROVED');
    const IMPORT = `mutation ($input: CalendarYearInput!) { importHolidayCalendar(input: $input) { year documentNumber importedBy } }`;
    const notice = { documentNumber: '测试通知〔2027〕1号', title: '测试用年度安排', issuedOn: '2026-11-01', source: '测试' };
    // A day outside the year is refused and nothing of the import is kept.
    const outside = await bed.execute(IMPORT, { input: { ...notice, year: 2027, days: [{ day: '2028-01-01', kind: 'HOLIDAY' }] } }, admin);
    expect(errorOf(outside)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, day: '2028-01-01' });
    for (const year of [2027, 2028]) {
      const imported = await ok(IMPORT, {
        input: { ...notice, year, days: year === 2028 ? [{ day: '2028-01-03', kind: 'HOLIDAY', note: '元旦' }] : [] },
      });
      expect(imported.importHolidayCalendar).toEqual({ year, documentNumber: notice.documentNumber, importedBy: 'admin' });
    }
    // Mon 27, Tue 28, Wed 29, Thu 30, Fri 31 December 2027: the fifth working day is still in 2027.
    expect((await ok(START, { r: id, d: '2027-12-27' })).startPublicity.publicityEnds).toBe('2027-12-31');
  });
});

describe('a 公示 that cannot be skipped', () => {
  it('starts in the past only when recorded as posted on paper, with the reason kept', async () => {
    now = new Date('2026-11-20T10:00:00+08:00');
    const id = await approved();
    for (const why of [null, '  ']) {
      expect(errorOf(await bed.execute(START, { r: id, d: '2026-11-02', why }, admin))).toMatchObject({
        code: ErrorCode.PUBLICITY_START_IN_PAST,
        field: 'paperReason',
      });
    }
    expect((await review(id)).status).toBe('APPROVED');
    await ok(START, { r: id, d: '2026-11-02', why: '11月2日已在区政府公示栏张贴,系统补录' });
    expect(await review(id)).toMatchObject({
      status: 'PUBLICITY',
      publicityStarts: '2026-11-02',
      publicityEnds: '2026-11-06',
      publicityPaperReason: '11月2日已在区政府公示栏张贴,系统补录',
      publicityStartedBy: 'admin',
    });
  });

  it('refuses to make the list final until the period has ended on the working-day calendar', async () => {
    now = new Date('2026-09-30T10:00:00+08:00');
    const id = await approved();
    // From today, Wed 30 September: the holiday 1–7 October, Thu 8, Fri 9, Sat 10 (worked), Mon 12.
    expect((await ok(START, { r: id })).startPublicity.publicityEnds).toBe('2026-10-12');
    for (const day of ['2026-09-30', '2026-10-05', '2026-10-12']) {
      now = new Date(`${day}T23:00:00+08:00`);
      expect(errorOf(await bed.execute(FINALIZE, { r: id, no: '管人社〔2026〕30号' }, admin))?.code).toBe(ErrorCode.PUBLICITY_NOT_OVER);
    }
    // The day after, it may be made final: see review-workflow.test.ts, where the honours are recorded too.
  });
});

describe('an agency that declines a version', () => {
  it('gives its reason, which the office reads, and keeps the list from being approved', async () => {
    now = new Date('2026-09-25T10:00:00+08:00');
    const id = await ranked();
    const { shortlistVersion: v } = await review(id);
    expect(errorOf(await bed.execute(DECLINE, { r: id, v, why: ' ' }, approverHrss))).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'reason',
    });
    expect(errorOf(await bed.execute(DECLINE, { r: id, v, why: '不同意' }, admin))?.code).toBe(ErrorCode.FORBIDDEN);
    await ok(DECLINE, { r: id, v, why: '第1名申报材料中的用工人数与社保记录不符,请核实' }, approverHrss);
    now = new Date('2026-09-25T11:00:00+08:00');
    expect((await ok(APPROVE, { r: id, v }, approverHfpc)).approveShortlist.status).toBe('RANKED');
    expect((await review(id)).approvals).toEqual([
      {
        approverUsername: 'approver-hrss',
        decision: 'DECLINED',
        reason: '第1名申报材料中的用工人数与社保记录不符,请核实',
        shortlistVersion: v,
        voidedAt: null,
      },
      { approverUsername: 'approver-hfpc', decision: 'APPROVED', reason: null, shortlistVersion: v, voidedAt: null },
    ]);
    expect(errorOf(await bed.execute(DECLINE, { r: id, v, why: '再次不同意' }, approverHrss))?.code).toBe(ErrorCode.DUPLICATE);
    // Having checked, the agency approves the same version: its decline stays on record, superseded.
    now = new Date('2026-09-25T12:00:00+08:00');
    expect((await ok(APPROVE, { r: id, v }, approverHrss)).approveShortlist.status).toBe('APPROVED');
    const approvals = (await review(id)).approvals;
    expect(approvals.map((a: { decision: string; voidedAt: string | null }) => [a.decision, a.voidedAt !== null])).toEqual([
      ['DECLINED', true],
      ['APPROVED', false],
      ['APPROVED', false],
    ]);
  });
});
