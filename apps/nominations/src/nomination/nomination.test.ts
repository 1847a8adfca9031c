import { demoCaller } from '@ronghe/kit/testing';
import { createInternalClient, stableId } from '@ronghe/kit';
import { demoPersons } from '@ronghe/demo';
import { ErrorCode, type Identity, NominationCycleStatus, Role, TypicalCategory } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed, TEST_INTERNAL_SECRET, testClock } from '../testing.js';

const unit = (name: string) => stableId('organization', name);
const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
const township = demoCaller('operator', '十八里河镇', Role.UNIT_OPERATOR);
const agency = demoCaller('hrss', '区人力资源和社会保障局', Role.UNIT_OPERATOR);
const partner = demoCaller('partner', '区民政局', Role.PARTNER_READONLY);

const clock = testClock('2027-07-10T10:00:00+08:00');
let bed: Awaited<ReturnType<typeof openTestbed>>;
let cycleId: string;
let cycleVersion: number;
const DEEDS = '该单位积极推进流动人口基本公共服务均等化,成效显著,群众满意度高。';
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

const CREATE = `mutation ($input: CreateNominationInput!) {
  createNomination(input: $input) { id status version position flags nominee { __typename ... on Organization { id } ... on Person { id } } }
}`;
const nominate = (caller: Identity, category: TypicalCategory, nominee: string, nominator: string, extra: Record<string, unknown> = {}) =>
  bed.execute(
    CREATE,
    {
      input: {
        cycleId,
        category,
        ...(category === TypicalCategory.MIGRANT_WORKER ? { nomineePersonId: nominee } : { nomineeOrganizationId: nominee }),
        nominatorOrganizationId: nominator,
        deeds: DEEDS,
        ...extra,
      },
    },
    caller,
  );
const step = (name: string, id: string, version: number, caller: Identity, reason?: string) =>
  bed.execute(
    `mutation ($id: ID!, $v: Int!${reason ? ', $r: String!' : ''}) { ${name}(id: $id, version: $v${reason ? ', reason: $r' : ''}) { id status version statusReason } }`,
    { id, v: version, ...(reason ? { r: reason } : {}) },
    caller,
  );

beforeAll(async () => {
  bed = await openTestbed(clock);
  const created = await bed.execute(`mutation { createNominationCycle(input: { year: 2027 }) { id version opensAt closesAt } }`, {}, admin);
  expect(created.data!.createNominationCycle).toMatchObject({ opensAt: '2027-06-30T16:00:00.000Z', closesAt: '2027-07-31T16:00:00.000Z' });
  cycleId = created.data!.createNominationCycle.id;
  const opened = await bed.execute(
    `mutation ($id: ID!, $v: Int!) { advanceNominationCycle(id: $id, version: $v, to: OPEN) { version } }`,
    { id: cycleId, v: created.data!.createNominationCycle.version },
    admin,
  );
  cycleVersion = opened.data!.advanceNominationCycle.version;
}, 120_000);
afterAll(() => bed?.close());

describe('who may nominate whom', () => {
  it('asks the registry: the nominee must be of the kind the category names', async () => {
    const wrong = await nominate(township, TypicalCategory.EMPLOYER, unit('十八里河社区'), unit('十八里河镇'));
    expect(code(wrong)).toBe(ErrorCode.NOMINEE_KIND_MISMATCH);
    expect(wrong.errors![0]!.message).toBe('「十八里河社区」是社区(都市村庄),不能作为「用工单位」类典型推荐');
    const right = await nominate(township, TypicalCategory.EMPLOYER, unit('郑州宇通物流有限公司'), unit('十八里河镇'));
    expect(right.errors).toBeUndefined();
    expect(right.data!.createNomination).toMatchObject({
      status: 'DRAFT',
      position: 1,
      nominee: { __typename: 'Organization', id: unit('郑州宇通物流有限公司') },
    });
  });

  it('names a registered migrant worker for 优秀外来务工人员', async () => {
    const person = demoPersons().find((p) => ['十八里河社区', '小刘村'].includes(p.community))!;
    const result = await nominate(township, TypicalCategory.MIGRANT_WORKER, stableId('person', person.idNumber), unit('十八里河镇'));
    expect(result.errors).toBeUndefined();
    expect(result.data!.createNomination.nominee).toEqual({ __typename: 'Person', id: stableId('person', person.idNumber) });
    const unitAsPerson = await nominate(township, TypicalCategory.MIGRANT_WORKER, unit('郑州宇通物流有限公司'), unit('十八里河镇'));
    expect(code(unitAsPerson)).toBe(ErrorCode.NOMINEE_KIND_MISMATCH);
  });

  it('keeps a township to its jurisdiction, while a district agency nominates district-wide', async () => {
    const outside = await nominate(township, TypicalCategory.COMMUNITY, unit('南曹社区'), unit('十八里河镇'));
    expect(code(outside)).toBe(ErrorCode.OUT_OF_JURISDICTION);
    const districtWide = await nominate(agency, TypicalCategory.COMMUNITY, unit('南曹社区'), unit('区人力资源和社会保障局'));
    expect(districtWide.errors).toBeUndefined();
  });

  it('lets only the configured kinds of unit nominate, each only in its own name', async () => {
    const notNominator = await nominate(admin, TypicalCategory.MARKET, unit('郑州华商汇市场'), unit('二里岗社区'));
    expect(code(notNominator)).toBe(ErrorCode.NOT_A_NOMINATING_UNIT);
    const otherUnit = await nominate(township, TypicalCategory.MARKET, unit('郑州华商汇市场'), unit('二里岗街道办事处'));
    expect(code(otherUnit)).toBe(ErrorCode.OUT_OF_JURISDICTION);
    expect(code(await nominate(partner, TypicalCategory.MARKET, unit('郑州华商汇市场'), unit('二里岗街道办事处')))).toBe(
      ErrorCode.READ_ONLY_ROLE,
    );
  });

  it('holds any other kind the office lets nominate to its own jurisdiction', async () => {
    const current = (await bed.execute(`query ($id: ID!) { nominationCycle(id: $id) { version nominatorKinds } }`, { id: cycleId }, admin))
      .data!.nominationCycle;
    const widened = await bed.execute(
      `mutation ($input: UpdateCycleInput!) { updateNominationCycle(input: $input) { version } }`,
      {
        input: { id: cycleId, version: current.version, nominatorKinds: [...current.nominatorKinds, 'COMMUNITY'] },
      },
      admin,
    );
    expect(widened.errors).toBeUndefined();
    cycleVersion = widened.data!.updateNominationCycle.version;
    const community = demoCaller('erligang', '二里岗社区', Role.UNIT_OPERATOR);
    const outside = await nominate(community, TypicalCategory.EMPLOYER, unit('郑州宇通物流有限公司'), unit('二里岗社区'));
    expect(code(outside)).toBe(ErrorCode.OUT_OF_JURISDICTION);
  });

  it('refuses a second nomination of the same nominee in the same category and cycle', async () => {
    const again = await nominate(agency, TypicalCategory.EMPLOYER, unit('郑州宇通物流有限公司'), unit('区人力资源和社会保障局'));
    expect(code(again)).toBe(ErrorCode.DUPLICATE);
  });

  it('fails clearly when the registry cannot be reached', async () => {
    const offline = await openTestbed(clock, 'http://127.0.0.1:9/graphql');
    try {
      const created = await offline.execute(
        `mutation { createNominationCycle(input: { year: 2030, copyPreviousSettings: false }) { id version } }`,
        {},
        admin,
      );
      const { id, version } = created.data!.createNominationCycle;
      await offline.execute(
        `mutation ($id: ID!, $v: Int!) { advanceNominationCycle(id: $id, version: $v, to: OPEN) { id } }`,
        { id, v: version },
        admin,
      );
      clock.set('2030-07-10T10:00:00+08:00');
      const result = await offline.execute(
        CREATE,
        {
          input: {
            cycleId: id,
            category: 'EMPLOYER',
            nomineeOrganizationId: unit('郑州宇通物流有限公司'),
            nominatorOrganizationId: unit('十八里河镇'),
            deeds: DEEDS,
          },
        },
        township,
      );
      expect(code(result)).toBe(ErrorCode.UPSTREAM_UNAVAILABLE);
      expect(result.errors![0]!.message).toBe('暂时无法连接单位名录服务,请稍后重试');
    } finally {
      clock.set('2027-07-10T10:00:00+08:00');
      await offline.close();
    }
  });
});

describe('quotas and order', () => {
  it('never lets a unit exceed its quota, even with concurrent requests', async () => {
    await bed.execute(
      `mutation ($input: QuotaInput!) { setNominationQuota(input: $input) { quota } }`,
      {
        input: { cycleId, organizationId: unit('区人力资源和社会保障局'), category: 'EMPLOYER', quota: 1 },
      },
      admin,
    );
    const results = await Promise.all([
      nominate(agency, TypicalCategory.EMPLOYER, unit('郑州金岱食品有限公司'), unit('区人力资源和社会保障局')),
      nominate(agency, TypicalCategory.EMPLOYER, unit('河南商都建筑劳务有限公司'), unit('区人力资源和社会保障局')),
    ]);
    expect(results.map((r) => (r.errors ? code(r) : 'ok')).sort()).toEqual(['QUOTA_EXCEEDED', 'ok']);
    const { data } = await bed.execute(
      `query ($c: ID!) { quotaOverview(cycleId: $c) { category used quota nominator { id } } }`,
      { c: cycleId },
      agency,
    );
    expect(data!.quotaOverview).toContainEqual({
      category: 'EMPLOYER',
      used: 1,
      quota: 1,
      nominator: { id: unit('区人力资源和社会保障局') },
    });
  });

  it('sends up no more drafts than a quota lowered after they were written allows', async () => {
    const health = unit('区卫生局');
    const quota = (n: number) =>
      bed.execute(
        `mutation ($input: QuotaInput!) { setNominationQuota(input: $input) { quota } }`,
        { input: { cycleId, organizationId: health, category: 'SUBDISTRICT', quota: n } },
        admin,
      );
    await quota(2);
    const first = (await nominate(admin, TypicalCategory.SUBDISTRICT, unit('西大街街道办事处'), health)).data!.createNomination;
    const second = (await nominate(admin, TypicalCategory.SUBDISTRICT, unit('南关街道办事处'), health)).data!.createNomination;
    await quota(1);
    expect((await step('submitNomination', first.id, first.version, admin)).errors).toBeUndefined();
    const over = await step('submitNomination', second.id, second.version, admin);
    expect(code(over)).toBe(ErrorCode.QUOTA_EXCEEDED);
    const { data } = await bed.execute(`query ($id: ID!) { nomination(id: $id) { status } }`, { id: second.id }, admin);
    expect(data!.nomination.status).toBe('DRAFT');
  });

  it('shows the office every unit’s used and allowed places, its own quota or the default, in a fixed number of statements', async () => {
    const { data: cycle } = await bed.execute(`query ($id: ID!) { nominationCycle(id: $id) { defaultQuota } }`, { id: cycleId }, admin);
    let rows: { category: string; quota: number; nominator: { id: string } }[] = [];
    const statements = await bed.db.queries.measure(async () => {
      rows = (
        await bed.execute(`query ($c: ID!) { quotaOverview(cycleId: $c) { category used quota nominator { id } } }`, { c: cycleId }, admin)
      ).data!.quotaOverview;
    });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows).toContainEqual(
      expect.objectContaining({ category: 'EMPLOYER', quota: 1, nominator: { id: unit('区人力资源和社会保障局') } }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ category: 'EMPLOYER', quota: cycle!.nominationCycle.defaultQuota, nominator: { id: unit('十八里河镇') } }),
    );
    // The cycle, then the overview: not one more per row.
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('numbers a unit’s nominations, lets it reorder them, and closes the gap a withdrawal leaves', async () => {
    const second = (await nominate(agency, TypicalCategory.COMMUNITY, unit('塔湾社区'), unit('区人力资源和社会保障局'))).data!
      .createNomination;
    expect(second.position).toBe(2);
    const list = async () =>
      (
        await bed.execute(
          `query ($c: ID!, $n: ID!) { nominations(cycleId: $c, nominatorId: $n, category: COMMUNITY) { nodes { id position status } } }`,
          { c: cycleId, n: unit('区人力资源和社会保障局') },
          agency,
        )
      ).data!.nominations.nodes.filter((n: { status: string }) => n.status !== 'WITHDRAWN');
    const first = (await list()).find((n: { id: string }) => n.id !== second.id);
    const REORDER = `mutation ($c: ID!, $n: ID!, $ids: [ID!]!) { reorderNominations(cycleId: $c, nominatorOrganizationId: $n, category: COMMUNITY, orderedIds: $ids) { id position version } }`;
    const bad = await bed.execute(REORDER, { c: cycleId, n: unit('区人力资源和社会保障局'), ids: [second.id, second.id] }, agency);
    expect(code(bad)).toBe(ErrorCode.BAD_USER_INPUT);
    const swapped = await bed.execute(REORDER, { c: cycleId, n: unit('区人力资源和社会保障局'), ids: [second.id, first.id] }, agency);
    expect(swapped.data!.reorderNominations).toMatchObject([
      { id: second.id, position: 1 },
      { id: first.id, position: 2 },
    ]);
    const withdrawn = await step('withdrawNomination', second.id, swapped.data!.reorderNominations[0].version, agency);
    expect(withdrawn.errors).toBeUndefined();
    expect(await list()).toEqual([{ id: first.id, position: 1, status: 'DRAFT' }]);
  });
});

describe('setting up a year', () => {
  it('creates each year once, even when two offices create it at the same moment', async () => {
    const create = () =>
      bed.execute(`mutation { createNominationCycle(input: { year: 2040, copyPreviousSettings: false }) { id } }`, {}, admin);
    const results = await Promise.all([create(), create()]);
    expect(results.map((r) => (r.errors ? code(r) : 'ok')).sort()).toEqual(['DUPLICATE', 'ok']);
  });

  it('copies the settings of the latest year before it, not of a later one set up earlier', async () => {
    const later = (
      await bed.execute(
        `mutation { createNominationCycle(input: { year: 2041, copyPreviousSettings: false }) { id version defaultQuota } }`,
        {},
        admin,
      )
    ).data!.createNominationCycle;
    const changed = await bed.execute(
      `mutation ($input: UpdateCycleInput!) { updateNominationCycle(input: $input) { defaultQuota } }`,
      {
        input: { id: later.id, version: later.version, defaultQuota: later.defaultQuota + 5 },
      },
      admin,
    );
    expect(changed.data!.updateNominationCycle.defaultQuota).toBe(later.defaultQuota + 5);
    const current = (await bed.execute(`query ($id: ID!) { nominationCycle(id: $id) { defaultQuota } }`, { id: cycleId }, admin)).data!
      .nominationCycle;
    const { data } = await bed.execute(
      `mutation { createNominationCycle(input: { year: 2035, copyPreviousSettings: true }) { defaultQuota } }`,
      {},
      admin,
    );
    // 2027 is the latest year before 2035; 2041 was set up first but comes after it.
    expect(data!.createNominationCycle.defaultQuota).toBe(current.defaultQuota);
  });
});

describe('a dissolved unit', () => {
  it('no longer nominates', async () => {
    const registry = createInternalClient({ url: bed.organizationsUrl!, secret: TEST_INTERNAL_SECRET, service: '单位名录服务' });
    const id = unit('南曹乡');
    const { organization } = await registry<any>(`query ($id: ID!) { organization(id: $id) { version } }`, { id }, admin);
    await registry(
      `mutation ($id: ID!, $v: Int!) { dissolveOrganization(id: $id, version: $v) { id } }`,
      { id, v: organization.version },
      admin,
    );
    const refused = await nominate(admin, TypicalCategory.TOWNSHIP, id, id);
    expect(code(refused)).toBe(ErrorCode.NOT_A_NOMINATING_UNIT);
    expect(refused.errors![0]!.message).toContain('已撤销');
  });
});

describe('the workflow', () => {
  it('goes draft → submitted → returned → resubmitted → accepted, every step recorded', async () => {
    const created = (await nominate(township, TypicalCategory.TOWNSHIP, unit('十八里河镇'), unit('十八里河镇'))).data!.createNomination;
    const submitted = (await step('submitNomination', created.id, created.version, township)).data!.submitNomination;
    expect(submitted.status).toBe('SUBMITTED');
    const edit = await bed.execute(
      `mutation ($input: UpdateNominationInput!) { updateNomination(input: $input) { id } }`,
      {
        input: { id: created.id, version: submitted.version, deeds: `${DEEDS}补充。` },
      },
      township,
    );
    expect(code(edit)).toBe(ErrorCode.INVALID_TRANSITION);
    expect(code(await step('acceptNomination', created.id, submitted.version, township))).toBe(ErrorCode.FORBIDDEN);
    expect(code(await step('returnNomination', created.id, submitted.version, admin, '  '))).toBe(ErrorCode.BAD_USER_INPUT);
    const returned = (await step('returnNomination', created.id, submitted.version, admin, '请补充具体数据')).data!.returnNomination;
    expect(returned).toMatchObject({ status: 'RETURNED', statusReason: '请补充具体数据' });
    const corrected = await bed.execute(
      `mutation ($input: UpdateNominationInput!) { updateNomination(input: $input) { version } }`,
      {
        input: { id: created.id, version: returned.version, deeds: `${DEEDS}新建社区学校 3 所,覆盖率达到 100%。` },
      },
      township,
    );
    const resubmitted = (await step('submitNomination', created.id, corrected.data!.updateNomination.version, township)).data!
      .submitNomination;
    const accepted = (await step('acceptNomination', created.id, resubmitted.version, admin)).data!.acceptNomination;
    expect(accepted.status).toBe('ACCEPTED');
    const { data } = await bed.execute(
      `query ($id: ID!) { nomination(id: $id) { history { fromStatus toStatus actorUsername reason } } }`,
      { id: created.id },
      admin,
    );
    expect(data!.nomination.history).toEqual([
      { fromStatus: null, toStatus: 'DRAFT', actorUsername: 'operator', reason: null },
      { fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorUsername: 'operator', reason: null },
      { fromStatus: 'SUBMITTED', toStatus: 'RETURNED', actorUsername: 'admin', reason: '请补充具体数据' },
      { fromStatus: 'RETURNED', toStatus: 'SUBMITTED', actorUsername: 'operator', reason: null },
      { fromStatus: 'SUBMITTED', toStatus: 'ACCEPTED', actorUsername: 'admin', reason: null },
    ]);
  });

  it('never lets concurrent edits of a draft overwrite each other', async () => {
    const draft = (
      await nominate(agency, TypicalCategory.SOCIAL_ORGANIZATION, unit('管城区外来务工人员互助协会'), unit('区人力资源和社会保障局'))
    ).data!.createNomination;
    const edit = (deeds: string) =>
      bed.execute(
        `mutation ($input: UpdateNominationInput!) { updateNomination(input: $input) { deeds } }`,
        {
          input: { id: draft.id, version: draft.version, deeds },
        },
        agency,
      );
    const results = await Promise.all([edit(`${DEEDS}(甲)`), edit(`${DEEDS}(乙)`)]);
    expect(results.map((r) => (r.errors ? code(r) : 'ok')).sort()).toEqual(['STALE_VERSION', 'ok']);
  });

  it('checks each mutation of one request against what the one before it wrote', async () => {
    // Withdrawn and submitted again in the same request: the second step sees the withdrawal.
    const draft = (
      await nominate(agency, TypicalCategory.TRAINING_INSTITUTION, unit('管城区外来务工人员职业培训学校'), unit('区人力资源和社会保障局'))
    ).data!.createNomination;
    const both = await bed.execute(
      `mutation ($id: ID!, $v: Int!, $next: Int!) {
        withdrawn: withdrawNomination(id: $id, version: $v) { status version }
        submitted: submitNomination(id: $id, version: $next) { status }
      }`,
      { id: draft.id, v: draft.version, next: draft.version + 1 },
      agency,
    );
    // (The second field's error nulls the whole response, as both are non-null; the first step stands.)
    expect(code(both)).toBe(ErrorCode.INVALID_TRANSITION);
    expect(both.errors![0]!.path).toEqual(['submitted']);
    const { data } = await bed.execute(`query ($id: ID!) { nomination(id: $id) { status } }`, { id: draft.id }, admin);
    expect(data!.nomination.status).toBe('WITHDRAWN');
  });

  it('flags a nominee commended in the same category within the look-back years', async () => {
    await bed.execute(
      `mutation ($input: HonourInput!) { recordHonour(input: $input) { id } }`,
      {
        input: { year: 2025, category: 'MARKET', nomineeOrganizationId: unit('郑州华商汇市场'), title: '2025 年度十类典型' },
      },
      admin,
    );
    const result = await nominate(admin, TypicalCategory.MARKET, unit('郑州华商汇市场'), unit('二里岗街道办事处'));
    expect(result.data!.createNomination.flags).toEqual(['2025 年已获同类表彰(2025 年度十类典型),近 3 年内再次推荐']);
  });
});

describe('the window', () => {
  it('closes on the server’s clock unless the office granted the unit an extension', async () => {
    const draft = (await nominate(township, TypicalCategory.COMMUNITY, unit('十八里河社区'), unit('十八里河镇'))).data!.createNomination;
    clock.set('2027-08-01T00:00:01+08:00');
    try {
      const late = await nominate(township, TypicalCategory.COMMUNITY, unit('十八里河社区'), unit('十八里河镇'));
      expect(code(late)).toBe(ErrorCode.NOMINATION_WINDOW_CLOSED);
      expect(late.errors![0]!.message).toBe('2027 年度申报已于 2027/8/1 00:00:00 截止');
      const granted = await bed.execute(
        `mutation ($input: ExtensionInput!) { grantNominationExtension(input: $input) { reason } }`,
        {
          input: {
            cycleId,
            organizationId: unit('区人力资源和社会保障局'),
            until: '2027-08-05T00:00:00+08:00',
            reason: '汛期抢险,材料延后报送',
          },
        },
        admin,
      );
      expect(granted.data!.grantNominationExtension.reason).toBe('汛期抢险,材料延后报送');
      // The reason is the unit's and the office's business, not another unit's.
      const reasons = async (caller: Identity) =>
        (await bed.execute(`query ($id: ID!) { nominationCycle(id: $id) { extensions { reason } } }`, { id: cycleId }, caller)).data!
          .nominationCycle.extensions;
      expect(await reasons(admin)).toEqual([{ reason: '汛期抢险,材料延后报送' }]);
      expect(await reasons(agency)).toEqual([{ reason: '汛期抢险,材料延后报送' }]);
      expect(await reasons(township)).toEqual([]);
      const extended = await nominate(agency, TypicalCategory.SUBDISTRICT, unit('北下街街道办事处'), unit('区人力资源和社会保障局'));
      expect(extended.errors).toBeUndefined();
      const stillLate = await nominate(township, TypicalCategory.COMMUNITY, unit('十八里河社区'), unit('十八里河镇'));
      expect(code(stillLate)).toBe(ErrorCode.NOMINATION_WINDOW_CLOSED);
      // Nor, after the deadline, do a unit's drafts take attachments or a new order.
      expect(
        code(
          await bed.execute(
            `mutation ($id: ID!) { addNominationAttachment(nominationId: $id, fileName: "补充材料.txt", mimeType: "text/plain", contentBase64: "5p2Q5paZ") { id } }`,
            { id: draft.id },
            township,
          ),
        ),
      ).toBe(ErrorCode.NOMINATION_WINDOW_CLOSED);
      expect(
        code(
          await bed.execute(
            `mutation ($c: ID!, $u: ID!, $ids: [ID!]!) { reorderNominations(cycleId: $c, nominatorOrganizationId: $u, category: COMMUNITY, orderedIds: $ids) { id } }`,
            { c: cycleId, u: unit('十八里河镇'), ids: [draft.id] },
            township,
          ),
        ),
      ).toBe(ErrorCode.NOMINATION_WINDOW_CLOSED);
    } finally {
      clock.set('2027-07-10T10:00:00+08:00');
    }
  });
});

describe('hand-over to the review', () => {
  it('freezes the accepted nominations when the office closes the cycle', async () => {
    // Mid-July, before the window ends: closing early needs a reason.
    const closed = await bed.execute(
      `mutation ($id: ID!, $v: Int!) { advanceNominationCycle(id: $id, version: $v, to: CLOSED, reason: "提前进入评审") { status frozenAt } }`,
      { id: cycleId, v: cycleVersion },
      admin,
    );
    expect(closed.data!.advanceNominationCycle.status).toBe(NominationCycleStatus.CLOSED);
    const frozen = await bed.execute(
      `query ($c: ID!) { frozenNominations(cycleId: $c) { category status nominee { ... on Organization { id } } } }`,
      { c: cycleId },
      admin,
    );
    expect(frozen.data!.frozenNominations).toEqual([{ category: 'TOWNSHIP', status: 'ACCEPTED', nominee: { id: unit('十八里河镇') } }]);
    const { data } = await bed.execute(
      `query ($c: ID!) { nominations(cycleId: $c, status: SUBMITTED, first: 5) { nodes { id version } } }`,
      { c: cycleId },
      admin,
    );
    for (const n of data!.nominations.nodes) {
      expect(code(await step('acceptNomination', n.id, n.version, admin))).toBe(ErrorCode.CYCLE_FROZEN);
    }
  });
});
