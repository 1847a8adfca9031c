import { demoCaller } from '@ronghe/kit/testing';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { demoWorkPlan } from '@ronghe/demo';
import { stableId } from '@ronghe/kit';
import { ErrorCode, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed, testClock } from '../testing.js';

const township = demoCaller('operator', '十八里河镇', Role.UNIT_OPERATOR);
const plan = demoWorkPlan(2026);
const assignmentId = stableId('assignment', `${plan.documentNumber}:四:十八里河镇`);

const clock = testClock('2026-11-10T02:00:00Z');
let bed: Awaited<ReturnType<typeof openTestbed>>;
beforeAll(async () => {
  bed = await openTestbed(clock);
});
afterAll(() => bed?.close());

const UPLOAD = /* GraphQL */ `mutation ($input: EvidenceUploadInput!) { uploadEvidence(input: $input) { id } }`;
const FILE = /* GraphQL */ `query ($id: ID!) { evidenceFile(id: $id) { fileName } }`;
const SUBMIT = /* GraphQL */ `mutation ($input: SubmitReportInput!) { submitProgressReport(input: $input) { id } }`;

async function upload(name: string): Promise<string> {
  const { data, errors } = await bed.execute(
    UPLOAD,
    { input: { fileName: name, mimeType: 'text/plain', contentBase64: Buffer.from(name).toString('base64') } },
    township,
  );
  expect(errors).toBeUndefined();
  return data!.uploadEvidence.id;
}
const readable = async (id: string) => (await bed.execute(FILE, { id }, township)).errors?.[0]?.extensions?.code ?? 'OK';
const onDisk = (id: string) =>
  access(path.join(bed.evidenceDir, 'evidence', id)).then(
    () => true,
    () => false,
  );

describe('evidence uploads no report took', () => {
  it('are removed with their bytes a day later, while attached and recent ones stay', async () => {
    const abandoned = await upload('未提交的草稿.txt');
    const attached = await upload('验收记录.txt');
    const { errors } = await bed.execute(
      SUBMIT,
      { input: { assignmentId, period: '2026-Q4', summary: '一站式服务大厅建设推进中。', evidenceIds: [attached] } },
      township,
    );
    expect(errors).toBeUndefined();

    // Within the day nothing is removed.
    clock.set('2026-11-11T01:00:00Z');
    const recent = await upload('今天的照片.txt');
    expect(await readable(abandoned)).toBe('OK');

    clock.set('2026-11-11T03:00:00Z');
    await upload('次日上传.txt');
    expect(await readable(abandoned)).toBe(ErrorCode.NOT_FOUND);
    expect(await onDisk(abandoned)).toBe(false);
    expect(await readable(attached)).toBe('OK');
    expect(await onDisk(attached)).toBe(true);
    expect(await readable(recent)).toBe('OK');
  });
});
