import type { TestConnection, TestResult } from '@ronghe/kit/testing';
import { createLogger, stableId, uniqueViolation } from '@ronghe/kit';
import {
  DEMO_CYCLE_YEAR,
  DEMO_OPEN_YEAR,
  DEMO_SCORING_YEAR,
  type DemoNomination,
  demoDraftNominations,
  demoNominationKey,
  demoNominations,
  demoScoringNominations,
  demoUnits,
} from '@ronghe/demo';
import { NominationCycleStatus, NominationStatus, Role, TypicalCategory } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NominationCycle } from '../cycle/cycle.entity.js';
import { seedDemo } from '../demo/seed.js';
import { openTestbed, testClock } from '../testing.js';
import { Nomination } from './nomination.entity.js';

const admin = { accountId: 'a', username: 'admin', organizationId: 'o', roles: [Role.PROGRAM_ADMIN] };
const unit = (name: string) => stableId('organization', name);

const demoCycleId = stableId('cycle', String(DEMO_CYCLE_YEAR));
const EARLIER_YEAR = DEMO_SCORING_YEAR - 1;
const earlierCycleId = stableId('cycle', String(EARLIER_YEAR));

interface Row {
  id: string;
  cycleId: string;
  category: TypicalCategory;
  nominee: string;
  nominator: string;
  status: NominationStatus;
}

// The demo's nominations as seeded (three years), plus a few of an earlier year in other states, so
// that every filter has something to leave out.
const demoRows = (year: number, rows: DemoNomination[], status: NominationStatus): Row[] =>
  rows.map((n) => ({
    id: stableId('nomination', demoNominationKey(year, n)),
    cycleId: stableId('cycle', String(year)),
    category: n.category,
    nominee: n.nominee,
    nominator: n.nominator,
    status,
  }));
const seeded: Row[] = [
  ...demoRows(DEMO_CYCLE_YEAR, demoNominations, NominationStatus.ACCEPTED),
  ...demoRows(DEMO_SCORING_YEAR, demoScoringNominations, NominationStatus.ACCEPTED),
  ...demoRows(DEMO_OPEN_YEAR, demoDraftNominations, NominationStatus.DRAFT),
];
const earlier: Row[] = [
  [TypicalCategory.TOWNSHIP, '南曹乡', '南曹乡', NominationStatus.SUBMITTED],
  [TypicalCategory.EMPLOYER, '郑州宇通物流有限公司', '十八里河镇', NominationStatus.WITHDRAWN],
  [TypicalCategory.COMMUNITY, '十八里河社区', '十八里河镇', NominationStatus.RETURNED],
].map(([category, nominee, nominator, status]) => ({
  id: stableId('nomination', `${EARLIER_YEAR}:${category}:${nominee}`),
  cycleId: earlierCycleId,
  category: category as TypicalCategory,
  nominee: nominee!,
  nominator: nominator!,
  status: status as NominationStatus,
}));
const all = [...seeded, ...earlier];

const toEntity = (r: Row) => ({
  id: r.id,
  cycleId: r.cycleId,
  category: r.category,
  nomineeOrganizationId: unit(r.nominee),
  nominatorOrganizationId: unit(r.nominator),
  deeds: '外来务工人员劳动合同签订率100%,设立职工书屋和子女暑期托管班。',
  status: r.status,
});

let bed: Awaited<ReturnType<typeof openTestbed>>;

beforeAll(async () => {
  // Reading needs no registry: point it nowhere, so any call to it would fail loudly.
  bed = await openTestbed(testClock('2026-09-01T10:00:00+08:00'), 'http://127.0.0.1:9/graphql');
  await seedDemo(bed.db.dataSource, createLogger('test', 'silent'));
  await bed.db.dataSource.getRepository(NominationCycle).insert({
    id: earlierCycleId,
    year: EARLIER_YEAR,
    status: NominationCycleStatus.CLOSED,
    opensAt: new Date(`${EARLIER_YEAR}-07-01T00:00:00+08:00`),
    closesAt: new Date(`${EARLIER_YEAR}-08-01T00:00:00+08:00`),
  });
  await bed.db.dataSource.getRepository(Nomination).insert(earlier.map(toEntity));
});
afterAll(() => bed?.close());

const LIST = /* GraphQL */ `
  query ($first: Int!, $after: String, $cycleId: ID, $category: TypicalCategory, $status: NominationStatus) {
    nominations(first: $first, after: $after, cycleId: $cycleId, category: $category, status: $status) {
      totalCount
      nodes { id category status cycle { year } nominee { __typename ... on Organization { id } } nominator { id } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('the nominations list', () => {
  it('holds the seeded nominations, each with its nominee, nominator and cycle', async () => {
    const { data, errors } = await bed.execute(LIST, { first: 50, cycleId: demoCycleId }, admin);
    expect(errors).toBeUndefined();
    expect(data!.nominations.totalCount).toBe(demoNominations.length);
    const byId = new Map(data!.nominations.nodes.map((n: { id: string }) => [n.id, n]));
    for (const row of seeded.filter((r) => r.cycleId === demoCycleId)) {
      expect(byId.get(row.id)).toEqual({
        id: row.id,
        category: row.category,
        status: NominationStatus.ACCEPTED,
        cycle: { year: DEMO_CYCLE_YEAR },
        nominee: { __typename: 'Organization', id: unit(row.nominee) },
        nominator: { id: unit(row.nominator) },
      });
    }
  });

  it.each([
    ['cycle', { cycleId: earlierCycleId }, (r: Row) => r.cycleId === earlierCycleId],
    ['category', { category: TypicalCategory.EMPLOYER }, (r: Row) => r.category === TypicalCategory.EMPLOYER],
    ['status', { status: NominationStatus.SUBMITTED }, (r: Row) => r.status === NominationStatus.SUBMITTED],
    [
      'cycle and category',
      { cycleId: demoCycleId, category: TypicalCategory.EMPLOYER },
      (r: Row) => r.cycleId === demoCycleId && r.category === TypicalCategory.EMPLOYER,
    ],
  ])('filters by %s', async (_, filter, keep) => {
    const { data, errors } = await bed.execute(LIST, { first: 50, ...filter }, admin);
    expect(errors).toBeUndefined();
    const expected = all.filter(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(data!.nominations.totalCount).toBe(expected.length);
    expect(idsOf(data!.nominations.nodes)).toEqual(idsOf(expected));
  });

  it('walks every nomination page by page without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { data, errors }: TestResult<any> = await bed.execute(LIST, { first: 2, after }, admin);
      expect(errors).toBeUndefined();
      seen.push(...data!.nominations.nodes.map((n: { id: string }) => n.id));
      if (!data!.nominations.pageInfo.hasNextPage) break;
      after = data!.nominations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(all.length);
    expect([...seen].sort()).toEqual(idsOf(all));
  });

  it('shows a unit operator only what its own unit nominated', async () => {
    const operator = { accountId: 'b', username: 'operator', organizationId: unit('十八里河镇'), roles: [Role.UNIT_OPERATOR] };
    const { data } = await bed.execute(LIST, { first: 50 }, operator);
    expect(idsOf(data!.nominations.nodes)).toEqual(idsOf(all.filter((r) => r.nominator === '十八里河镇')));
  });
});

describe('Organization.nominationsReceived and nominationsMade', () => {
  const ENTITIES = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Organization {
          id
          nominationsReceived(first: 2) { totalCount nodes { id } }
          nominationsMade(first: 2) { totalCount nodes { id } }
        }
      }
    }
  `;
  type Entity = {
    id: string;
    nominationsReceived: { totalCount: number; nodes: { id: string }[] };
    nominationsMade: { totalCount: number; nodes: { id: string }[] };
  };

  async function resolve(names: string[]) {
    let result: TestResult<any> | undefined;
    const statements = await bed.db.queries.measure(async () => {
      result = await bed.execute(
        ENTITIES,
        { representations: names.map((name) => ({ __typename: 'Organization', id: unit(name) })) },
        admin,
      );
    });
    expect(result!.errors).toBeUndefined();
    return { entities: result!.data!._entities as Entity[], statements };
  }

  it('resolves both for every demo unit in a bounded number of statements', async () => {
    const few = await resolve(['十八里河镇', '二里岗社区']);
    const many = await resolve(demoUnits.map(([name]) => name));
    // rows and counts for each of the two fields.
    expect(many.statements).toBeLessThanOrEqual(4);
    expect(many.statements).toBe(few.statements);
  });

  it('gives each unit what it received and what it made', async () => {
    const names = demoUnits.map(([name]) => name);
    const { entities } = await resolve(names);
    names.forEach((name, i) => {
      const entity = entities[i]!;
      expect(entity.id).toBe(unit(name));
      const received = all.filter((r) => r.nominee === name);
      const made = all.filter((r) => r.nominator === name);
      expect(entity.nominationsReceived.totalCount, name).toBe(received.length);
      expect(entity.nominationsMade.totalCount, name).toBe(made.length);
      expect(entity.nominationsReceived.nodes, name).toHaveLength(Math.min(2, received.length));
      expect(entity.nominationsMade.nodes, name).toHaveLength(Math.min(2, made.length));
      for (const node of entity.nominationsReceived.nodes) expect(idsOf(received), name).toContain(node.id);
      for (const node of entity.nominationsMade.nodes) expect(idsOf(made), name).toContain(node.id);
    });
  });

  it('pages a unit’s nominations with a cursor', async () => {
    const MADE = /* GraphQL */ `
      query ($representations: [_Any!]!, $after: String) {
        _entities(representations: $representations) {
          ... on Organization { nominationsMade(first: 1, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }
        }
      }
    `;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { data, errors }: TestResult<any> = await bed.execute(
        MADE,
        { representations: [{ __typename: 'Organization', id: unit('十八里河镇') }], after },
        admin,
      );
      expect(errors).toBeUndefined();
      const connection: TestConnection = data!._entities[0].nominationsMade;
      seen.push(...connection.nodes.map((n: { id: string }) => n.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect([...seen].sort()).toEqual(idsOf(all.filter((r) => r.nominator === '十八里河镇')));
  });
});

describe('the database', () => {
  const repo = () => bed.db.dataSource.getRepository(Nomination);
  const copyOf = (row: Row, id: string) => ({ ...toEntity(row), id, nominatorOrganizationId: unit('区人力资源和社会保障局') });

  it('rejects a second live nomination of the same nominee in the same cycle and category', async () => {
    const error = await repo()
      .insert(copyOf(seeded[0]!, stableId('nomination', 'duplicate')))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(uniqueViolation(error)).toBe('nomination_unit_once_key');
    expect(
      await repo().countBy({ cycleId: demoCycleId, category: seeded[0]!.category, nomineeOrganizationId: unit(seeded[0]!.nominee) }),
    ).toBe(1);
  });

  it('rejects the same migrant worker twice in the same cycle and category', async () => {
    const person = {
      ...toEntity(seeded[0]!),
      category: TypicalCategory.MIGRANT_WORKER,
      nomineeOrganizationId: null,
      nomineePersonId: stableId('person', 'worker'),
    };
    await repo().insert({ ...person, id: stableId('nomination', 'worker-1') });
    const error = await repo()
      .insert({ ...person, id: stableId('nomination', 'worker-2'), nominatorOrganizationId: unit('南曹乡') })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(uniqueViolation(error)).toBe('nomination_person_once_key');
  });

  it('accepts the same nominee in another category or once the earlier one was withdrawn', async () => {
    await expect(
      repo().insert({ ...copyOf(seeded[0]!, stableId('nomination', 'other-category')), category: TypicalCategory.DISTRICT_AGENCY }),
    ).resolves.toBeDefined();
    const withdrawn = earlier.find((r) => r.status === NominationStatus.WITHDRAWN)!;
    await expect(
      repo().insert({ ...copyOf(withdrawn, stableId('nomination', 'after-withdrawal')), status: NominationStatus.DRAFT }),
    ).resolves.toBeDefined();
  });
});
