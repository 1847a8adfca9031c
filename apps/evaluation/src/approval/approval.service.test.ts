import { newId } from '@ronghe/kit';
import { ErrorCode, type Identity, Role, TypicalCategory } from '@ronghe/types';
import { Between } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalTestbed, type ReviewFixture, seedScoringReview, waitForLockWaiter, rankReview } from '../testing.js';
import { CalendarDay } from '../calendar/calendar.entity.js';
import { Objection } from './approval.entities.js';

const admin: Identity = { accountId: newId(), username: 'admin', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };
const agency = newId();
const approver: Identity = { accountId: newId(), username: 'approver', organizationId: agency, roles: [Role.APPROVER] };
const partner: Identity = { accountId: newId(), username: 'partner', organizationId: newId(), roles: [Role.PARTNER_READONLY] };
const { EMPLOYER, COMMUNITY } = TypicalCategory;

let bed: Awaited<ReturnType<typeof openLocalTestbed>>;
beforeAll(async () => {
  bed = await openLocalTestbed(() => new Date('2030-09-01T10:00:00+08:00'));
  // 2030's arrangement is not published: these tests run on weekends alone.
  await bed.execute(
    `mutation ($input: CalendarYearInput!) { importHolidayCalendar(input: $input) { year } }`,
    { input: { year: 2030, documentNumber: '测试', title: '测试用年度安排', issuedOn: '2029-11-01', source: '测试', days: [] } },
    admin,
  );
});
afterAll(() => bed?.close());

const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const ok = async (query: string, variables: Record<string, unknown>, identity: Identity = admin) => {
  const result = await bed.execute(query, variables, identity);
  expect(result.errors).toBeUndefined();
  return result.data!;
};
const REVIEW = `query ($id: ID!) { review(id: $id) { status shortlistVersion results(first: 20) { nodes { nomination { id } outcome } } } }`;
const shortlisted = async (f: ReviewFixture) =>
  (await ok(REVIEW, { id: f.reviewId })).review.results.nodes
    .filter((r: { outcome: string }) => r.outcome === 'SHORTLISTED')
    .map((r: { nomination: { id: string } }) => f.nominationIds.indexOf(r.nomination.id))
    .sort();
const CHANGE = `mutation ($r: ID!, $n: ID!, $i: Boolean!, $why: String!) { changeShortlist(reviewId: $r, nominationId: $n, include: $i, reason: $why) { status } }`;
const OBJECT = `mutation ($input: ObjectionInput!) { raiseObjection(input: $input) { id } }`;
const ANSWER = `mutation ($id: ID!) { answerObjection(objectionId: $id, upheld: true, answer: "经核实情况属实,取消入围资格") { status } }`;

/** Ranked, approved by the one commending agency, and published from 2 September 2030. */
async function published(options: Parameters<typeof seedScoringReview>[1], beforeApproval?: (f: ReviewFixture) => Promise<void>) {
  const f = await seedScoringReview(bed.db.dataSource, { ...options, commendingAgencyIds: [agency] });
  expect((await rankReview(bed.execute, f.reviewId, admin)).errors).toBeUndefined();
  await beforeApproval?.(f);
  const { review } = await ok(REVIEW, { id: f.reviewId });
  await ok(
    `mutation ($r: ID!, $v: Int!) { approveShortlist(reviewId: $r, shortlistVersion: $v) { status } }`,
    { r: f.reviewId, v: review.shortlistVersion },
    approver,
  );
  await ok(`mutation ($r: ID!) { startPublicity(reviewId: $r, startDate: "2030-09-02") { status } }`, { r: f.reviewId });
  return f;
}
const object = async (f: ReviewFixture, nominee: number) =>
  (
    await ok(OBJECT, {
      input: {
        reviewId: f.reviewId,
        nominationId: f.nominationIds[nominee],
        objectorName: '王某',
        objectorContact: '13800001111',
        content: '该单位今年曾拖欠外来务工人员工资',
      },
    })
  ).raiseObjection.id as string;

describe('answering objections', () => {
  it('answers an objection once when two answers race, promoting one replacement', async () => {
    const f = await published({ categories: [EMPLOYER, EMPLOYER, EMPLOYER, EMPLOYER], marks: [[90], [80], [70], [60]], shortlistSize: 2 });
    const id = await object(f, 0);
    // Both answers have read the objection as open and wait for the list, which another change holds.
    const other = bed.db.dataSource.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    let answers: Awaited<ReturnType<typeof bed.execute>>[];
    try {
      await other.query('SELECT 1 FROM review WHERE id = $1 FOR UPDATE', [f.reviewId]);
      const racing = Promise.all([bed.execute(ANSWER, { id }, admin), bed.execute(ANSWER, { id }, admin)]);
      await waitForLockWaiter(bed.db.dataSource, other, 2);
      await other.commitTransaction();
      answers = await racing;
    } finally {
      await other.release();
    }
    expect(answers.map(code).sort()).toEqual([ErrorCode.OBJECTION_ALREADY_ANSWERED, undefined]);
    expect(await shortlisted(f)).toEqual([1, 2]);
  });

  it('promotes no second replacement when another objection against the same nominee is upheld', async () => {
    const f = await published({ categories: [EMPLOYER, EMPLOYER, EMPLOYER, EMPLOYER], marks: [[90], [80], [70], [60]], shortlistSize: 2 });
    const first = await object(f, 0);
    const second = await object(f, 0);
    await ok(ANSWER, { id: first });
    const { review } = await ok(REVIEW, { id: f.reviewId });
    expect((await ok(ANSWER, { id: second })).answerObjection.status).toBe('UPHELD');
    expect(await shortlisted(f)).toEqual([1, 2]);
    // Nothing on the list changed, so the approval round it is in stands as it was.
    expect((await ok(REVIEW, { id: f.reviewId })).review.shortlistVersion).toBe(review.shortlistVersion);
  });

  it('moves up the next-ranked nomination within its category’s cap', async () => {
    // Employer, community, employer, community; one employer at most: the list is the first two.
    const f = await published({
      categories: [EMPLOYER, COMMUNITY, EMPLOYER, COMMUNITY],
      marks: [[90], [80], [70], [60]],
      shortlistSize: 2,
      categoryCaps: { EMPLOYER: 1 },
    });
    expect(await shortlisted(f)).toEqual([0, 1]);
    await ok(ANSWER, { id: await object(f, 1) });
    // The third is an employer and employers are at their cap: the fourth, a community, moves up.
    expect(await shortlisted(f)).toEqual([0, 3]);
  });

  it('does not bring back a nomination the office took off the list', async () => {
    const f = await published(
      { categories: [EMPLOYER, EMPLOYER, EMPLOYER, EMPLOYER, EMPLOYER], marks: [[90], [80], [70], [60], [50]], shortlistSize: 3 },
      async (f) => {
        await ok(CHANGE, { r: f.reviewId, n: f.nominationIds[2], i: false, why: '申报材料不实' });
        await ok(CHANGE, { r: f.reviewId, n: f.nominationIds[3], i: true, why: '依次递补' });
      },
    );
    expect(await shortlisted(f)).toEqual([0, 1, 3]);
    await ok(ANSWER, { id: await object(f, 0) });
    expect(await shortlisted(f)).toEqual([1, 3, 4]);
  });

  it('refuses objections entered by a read-only partner account', async () => {
    const f = await published({ categories: [EMPLOYER, EMPLOYER], marks: [[90], [80]], shortlistSize: 1 });
    const input = {
      reviewId: f.reviewId,
      nominationId: f.nominationIds[0],
      objectorName: '王某',
      objectorContact: '13800001111',
      content: '拖欠工资',
    };
    expect(code(await bed.execute(OBJECT, { input }, partner))).toBe(ErrorCode.READ_ONLY_ROLE);
    expect(await bed.db.dataSource.getRepository(Objection).countBy({ reviewId: f.reviewId })).toBe(0);
  });
});

describe('who reads an objection', () => {
  it('gives the office the objector’s name and contact, and others the objection with the name masked', async () => {
    const f = await published({ categories: [EMPLOYER, EMPLOYER], marks: [[90], [80]], shortlistSize: 1 });
    await object(f, 0);
    const OBJECTIONS = `query ($id: ID!) { review(id: $id) { objections { objectorName objectorContact content } } }`;
    expect((await ok(OBJECTIONS, { id: f.reviewId })).review.objections).toEqual([
      { objectorName: '王某', objectorContact: '13800001111', content: '该单位今年曾拖欠外来务工人员工资' },
    ]);
    for (const reader of [approver, partner]) {
      expect((await ok(OBJECTIONS, { id: f.reviewId }, reader)).review.objections).toEqual([
        { objectorName: '王*', objectorContact: '', content: '该单位今年曾拖欠外来务工人员工资' },
      ]);
    }
  });
});

describe('the publicity calendar', () => {
  const SET_DAYS = `mutation ($d: [CalendarDayInput!]!) { setCalendarDays(days: $d) }`;

  it('refuses a malformed start date as bad input, leaving the list approved', async () => {
    const f = await seedScoringReview(bed.db.dataSource, {
      categories: [EMPLOYER],
      marks: [[90]],
      shortlistSize: 1,
      commendingAgencyIds: [agency],
    });
    expect((await rankReview(bed.execute, f.reviewId, admin)).errors).toBeUndefined();
    await ok(`mutation ($r: ID!) { approveShortlist(reviewId: $r, shortlistVersion: 1) { status } }`, { r: f.reviewId }, approver);
    for (const startDate of ['下周一', '2030-02-30']) {
      const started = await bed.execute(
        `mutation ($r: ID!, $d: String) { startPublicity(reviewId: $r, startDate: $d) { status } }`,
        { r: f.reviewId, d: startDate },
        admin,
      );
      expect(started.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'startDate' });
    }
    expect((await ok(REVIEW, { id: f.reviewId })).review.status).toBe('APPROVED');
  });

  it('refuses an unknown kind of day or a day given twice, writing none of them', async () => {
    const unknown = await bed.execute(
      SET_DAYS,
      {
        d: [
          { day: '2030-10-01', kind: 'HOLIDAY' },
          { day: '2030-10-02', kind: 'SUNDAY' },
        ],
      },
      admin,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'kind', day: '2030-10-02' });
    const twice = await bed.execute(
      SET_DAYS,
      {
        d: [
          { day: '2030-10-01', kind: 'HOLIDAY' },
          { day: '2030-10-01', kind: 'WORKDAY' },
        ],
      },
      admin,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'day', day: '2030-10-01' });
    expect(code(await bed.execute(SET_DAYS, { d: [{ day: '2030-02-30', kind: 'HOLIDAY' }] }, admin))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await bed.db.dataSource.getRepository(CalendarDay).countBy({ day: Between('2030-01-01', '2030-12-31') })).toBe(0);
  });
});
