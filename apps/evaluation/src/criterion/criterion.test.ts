import { newId } from '@ronghe/kit';
import { type Identity, Role, TypicalCategory } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalTestbed, seedScoringReview } from '../testing.js';

const admin: Identity = { accountId: newId(), username: 'admin', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };

let bed: Awaited<ReturnType<typeof openLocalTestbed>>;
beforeAll(async () => {
  bed = await openLocalTestbed();
});
afterAll(() => bed?.close());

describe('Review.criteria', () => {
  it('reads the rubrics of every review on a page in one statement', async () => {
    const seeded = [];
    for (let i = 0; i < 3; i++)
      seeded.push(await seedScoringReview(bed.db.dataSource, { categories: [TypicalCategory.EMPLOYER], marks: [[80]], shortlistSize: 1 }));
    const measure = async (query: string) => {
      let data: Record<string, any> | undefined;
      const statements = await bed.db.queries.measure(async () => {
        const result = await bed.execute(query, {}, admin);
        expect(result.errors).toBeUndefined();
        data = result.data!;
      });
      return { statements, data: data! };
    };
    const plain = await measure(`{ reviews(first: 10) { nodes { id } } }`);
    const withCriteria = await measure(`{ reviews(first: 10) { nodes { id criteria { id name maxScore } } } }`);
    expect(withCriteria.statements).toBe(plain.statements + 1);
    const byReview = new Map(withCriteria.data.reviews.nodes.map((r: { id: string; criteria: unknown[] }) => [r.id, r.criteria]));
    for (const f of seeded) expect(byReview.get(f.reviewId)).toEqual([{ id: f.criterionId, name: '工作成效', maxScore: 100 }]);
  });
});
