import { demoCaller } from '@ronghe/kit/testing';
import { demoWorkPlan } from '@ronghe/demo';
import { LoaderRegistry, stableId } from '@ronghe/kit';
import { ErrorCode, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed } from '../testing.js';

const township = demoCaller('operator', '十八里河镇', Role.UNIT_OPERATOR);
const plan = demoWorkPlan(2026);
const documentId = stableId('policy-document', plan.documentNumber);
const assignmentId = stableId('assignment', `${plan.documentNumber}:四:十八里河镇`);

let bed: Awaited<ReturnType<typeof openTestbed>>;
beforeAll(async () => {
  bed = await openTestbed();
});
afterAll(() => bed?.close());

describe('a write racing the expiry of its plan', () => {
  it('is refused, and leaves nothing, when the document expired after the writer last looked', async () => {
    // The writer read the plan while it was in force (its request's loader holds that read) …
    const caller = { identity: township, loaders: new LoaderRegistry() };
    expect((await bed.services.documents.requireInForce(caller.loaders, documentId)).validity).toBe('VALID');
    // … and the office expires the plan before the writer's transaction begins.
    await bed.db.dataSource.query(`UPDATE policy_document SET validity = 'EXPIRED', version = version + 1 WHERE id = $1`, [documentId]);
    const reports = async () => Number((await bed.db.dataSource.query('SELECT COUNT(*)::int AS n FROM progress_report'))[0].n);
    const before = await reports();

    const write = bed.services.reports.submit(caller, {
      assignmentId,
      period: '2026-Q4',
      summary: '建成一站式公共服务大厅 20 个。',
      declaresComplete: false,
      values: [],
      evidenceIds: [],
    });
    await expect(write).rejects.toMatchObject({ extensions: { code: ErrorCode.DOCUMENT_EXPIRED } });
    expect(await reports()).toBe(before);
  });
});
