import { demoCaller } from '@ronghe/kit/testing';
import { stableId } from '@ronghe/kit';
import { ErrorCode, Role, TextLimit, TypicalCategory } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed, testClock } from '../testing.js';
import { Nomination } from './nomination.entity.js';

const unit = (name: string) => stableId('organization', name);
const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
const township = demoCaller('operator', '十八里河镇', Role.UNIT_OPERATOR);

let bed: Awaited<ReturnType<typeof openTestbed>>;
let cycleId: string;
beforeAll(async () => {
  bed = await openTestbed(testClock('2029-07-10T10:00:00+08:00'));
  const created = await bed.execute(`mutation { createNominationCycle(input: { year: 2029 }) { id version } }`, {}, admin);
  cycleId = created.data!.createNominationCycle.id;
  await bed.execute(
    `mutation ($id: ID!, $v: Int!) { advanceNominationCycle(id: $id, version: $v, to: OPEN) { version } }`,
    { id: cycleId, v: created.data!.createNominationCycle.version },
    admin,
  );
}, 120_000);
afterAll(() => bed?.close());

const CREATE = `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { id deeds } }`;
const input = (deeds: string) => ({
  cycleId,
  category: TypicalCategory.EMPLOYER,
  nomineeOrganizationId: unit('郑州宇通物流有限公司'),
  nominatorOrganizationId: unit('十八里河镇'),
  deeds,
});

describe('deeds over the input limit', () => {
  it('are refused with the field and the limit, and nothing is stored', async () => {
    const nominations = bed.db.dataSource.getRepository(Nomination);
    const before = await nominations.count();
    for (const deeds of ['事'.repeat(TextLimit.FREE_TEXT + 1), '事'.repeat(1_000_000)]) {
      const result = await bed.execute(CREATE, { input: input(deeds) }, township);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'deeds',
        maxLength: TextLimit.FREE_TEXT,
      });
      expect(result.errors?.[0]?.message).toBe(`「事迹材料」不能超过 ${TextLimit.FREE_TEXT} 个字`);
    }
    expect(await nominations.count()).toBe(before);
  });

  it('are accepted at exactly the limit', async () => {
    const deeds = '事'.repeat(TextLimit.FREE_TEXT);
    const { data, errors } = await bed.execute(CREATE, { input: input(deeds) }, township);
    expect(errors).toBeUndefined();
    expect(data!.createNomination.deeds).toBe(deeds);
  });
});
