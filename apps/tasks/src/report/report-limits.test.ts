import { demoCaller } from '@ronghe/kit/testing';
import { demoWorkPlan } from '@ronghe/demo';
import { stableId } from '@ronghe/kit';
import { ErrorCode, ListLimit, Role, TextLimit } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed, testClock } from '../testing.js';
import { ProgressReport } from './report.entity.js';

const township = demoCaller('operator', '十八里河镇', Role.UNIT_OPERATOR);
const plan = demoWorkPlan(2026);
const assignmentId = stableId('assignment', `${plan.documentNumber}:四:十八里河镇`);

let bed: Awaited<ReturnType<typeof openTestbed>>;
beforeAll(async () => {
  bed = await openTestbed(testClock('2026-11-10T02:00:00Z'));
});
afterAll(() => bed?.close());

const SUBMIT = /* GraphQL */ `mutation ($input: SubmitReportInput!) { submitProgressReport(input: $input) { id summary } }`;
const reports = () => bed.db.dataSource.getRepository(ProgressReport).count();

describe('a progress report over the input limits', () => {
  it('is refused with the field and the limit, and nothing is stored', async () => {
    const before = await reports();
    const long = await bed.execute(
      SUBMIT,
      { input: { assignmentId, period: '2026-Q4', summary: '进'.repeat(TextLimit.FREE_TEXT + 1) } },
      township,
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'summary',
      maxLength: TextLimit.FREE_TEXT,
    });
    expect(long.errors?.[0]?.message).toBe(`「工作进展」不能超过 ${TextLimit.FREE_TEXT} 个字`);

    const evidenceIds = Array.from({ length: ListLimit.FILES + 1 }, (_, i) => stableId('evidence', String(i)));
    const many = await bed.execute(SUBMIT, { input: { assignmentId, period: '2026-Q4', summary: '推进中。', evidenceIds } }, township);
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'evidenceIds', maxCount: ListLimit.FILES });
    expect(await reports()).toBe(before);
  });

  it('is accepted at exactly the limit', async () => {
    const summary = '进'.repeat(TextLimit.FREE_TEXT);
    const { data, errors } = await bed.execute(SUBMIT, { input: { assignmentId, period: '2026-Q4', summary } }, township);
    expect(errors).toBeUndefined();
    expect(data!.submitProgressReport.summary).toBe(summary);
  });
});
