import { newId } from '@ronghe/kit';
import { type Identity, Role, TypicalCategory } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import { openTestbed, seedScoringReview, rankReview } from '../testing.js';

// The public list with persons' names masked by setting, over the real registry (the demo district).
const admin: Identity = { accountId: newId(), username: 'admin', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };

let bed: Awaited<ReturnType<typeof openTestbed>>;
beforeAll(async () => {
  bed = await openTestbed(() => new Date('2026-11-02T09:00:00+08:00'), { maskNames: true });
}, 120_000);
afterAll(() => bed?.close());

const ok = async (query: string, variables: Record<string, unknown>, identity: Identity | null = admin) => {
  const result = await bed.execute(query, variables, identity);
  expect(result.errors).toBeUndefined();
  return result.data!;
};

describe('the public list where names are to be masked', () => {
  it('masks a person’s name, names units in full, and shows the issuing agency and the dates', async () => {
    const unitId = async (name: string) =>
      (
        await bed.organizations<{ organizations: { nodes: { id: string; name: string }[] } }>(
          `query ($s: String!) { organizations(search: $s, first: 5) { nodes { id name } } }`,
          { s: name },
          admin,
        )
      ).organizations.nodes.find((o) => o.name === name)!.id;
    const { persons } = await bed.organizations<{ persons: { nodes: { id: string; name: string; idNumber: string }[] } }>(
      `{ persons(first: 1) { nodes { id name idNumber } } }`,
      {},
      admin,
    );
    const person = persons.nodes[0]!;
    const agency = await unitId('区人力资源和社会保障局');
    const f = await seedScoringReview(bed.db.dataSource, {
      categories: [TypicalCategory.MIGRANT_WORKER, TypicalCategory.EMPLOYER],
      marks: [[90], [80]],
      shortlistSize: 2,
      commendingAgencyIds: [agency],
    });
    const township = await unitId('十八里河镇');
    const nominees = bed.db.dataSource.getRepository(ReviewNomination);
    await nominees.update(
      { reviewId: f.reviewId, nominationId: f.nominationIds[0]! },
      { nomineePersonId: person.id, nomineeOrganizationId: null, nominatorOrganizationId: township },
    );
    await nominees.update(
      { reviewId: f.reviewId, nominationId: f.nominationIds[1]! },
      { nomineeOrganizationId: await unitId('郑州宇通物流有限公司'), nominatorOrganizationId: township },
    );
    expect((await rankReview(bed.execute, f.reviewId, admin)).errors).toBeUndefined();
    const approver: Identity = { accountId: newId(), username: 'approver-hrss', organizationId: agency, roles: [Role.APPROVER] };
    await ok(`mutation ($r: ID!) { approveShortlist(reviewId: $r, shortlistVersion: 1) { status } }`, { r: f.reviewId }, approver);
    await ok(`mutation ($r: ID!) { startPublicity(reviewId: $r) { status } }`, { r: f.reviewId });

    const { publicList } = await ok(
      `{ publicList(year: 2030) { final publicityStarts publicityEnds issuingAgencies entries { name category nominator } } }`,
      {},
      null,
    );
    expect(publicList).toEqual({
      final: false,
      publicityStarts: '2026-11-02',
      publicityEnds: '2026-11-06',
      issuingAgencies: ['区人力资源和社会保障局'],
      entries: [
        { name: `${person.name[0]}${'*'.repeat(person.name.length - 1)}`, category: 'MIGRANT_WORKER', nominator: '十八里河镇' },
        { name: '郑州宇通物流有限公司', category: 'EMPLOYER', nominator: '十八里河镇' },
      ],
    });
    // Identity numbers and contacts are not on the public list at all.
    expect(JSON.stringify(publicList)).not.toContain(person.idNumber.slice(-4));
  });
});
