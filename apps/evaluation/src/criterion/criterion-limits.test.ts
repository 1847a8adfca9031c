import { newId } from '@ronghe/kit';
import { ErrorCode, type Identity, ListLimit, Role, TextLimit, TypicalCategory } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalTestbed, seedScoringReview } from '../testing.js';
import { Criterion } from './criterion.entity.js';

const admin: Identity = { accountId: newId(), username: 'admin', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };

let bed: Awaited<ReturnType<typeof openLocalTestbed>>;
beforeAll(async () => {
  bed = await openLocalTestbed(() => new Date('2030-09-01T10:00:00+08:00'));
});
afterAll(() => bed?.close());

const SET = `mutation ($r: ID!, $c: [CriterionInput!]!) { setReviewCriteria(reviewId: $r, criteria: $c) { id name } }`;

describe('criteria over the input limits', () => {
  it('are refused with the field and the limit, and nothing is stored', async () => {
    const { reviewId } = await seedScoringReview(bed.db.dataSource, {
      categories: [TypicalCategory.EMPLOYER],
      marks: [[80]],
      shortlistSize: 1,
    });
    const criteria = bed.db.dataSource.getRepository(Criterion);
    const before = await criteria.find({ order: { id: 'ASC' } });

    const long = await bed.execute(SET, { r: reviewId, c: [{ name: '评'.repeat(TextLimit.NAME + 1), weight: 1, maxScore: 10 }] }, admin);
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'name', maxLength: TextLimit.NAME });

    const many = Array.from({ length: ListLimit.ITEMS + 1 }, (_, i) => ({ name: `细则${i}`, weight: 1, maxScore: 10 }));
    const tooMany = await bed.execute(SET, { r: reviewId, c: many }, admin);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'criteria', maxCount: ListLimit.ITEMS });
    expect(await criteria.find({ order: { id: 'ASC' } })).toEqual(before);
  });

  it('cannot be stored over the limit even past the service: the table checks it too', async () => {
    const { criterionId } = await seedScoringReview(bed.db.dataSource, {
      categories: [TypicalCategory.EMPLOYER],
      marks: [[80]],
      shortlistSize: 1,
    });
    await expect(
      bed.db.dataSource.query(`UPDATE criterion SET name = repeat('评', ${TextLimit.NAME + 1}) WHERE id = $1`, [criterionId]),
    ).rejects.toMatchObject({
      code: '23514',
    });
  });
});
