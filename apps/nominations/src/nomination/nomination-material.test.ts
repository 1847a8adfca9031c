import { stableId } from '@ronghe/kit';
import { demoCaller } from '@ronghe/kit/testing';
import { demoPersons } from '@ronghe/demo';
import { ErrorCode, type Identity, Role, TypicalCategory, typicalCategoryLabels } from '@ronghe/types';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestbed, testClock } from '../testing.js';

const unit = (name: string) => stableId('organization', name);
const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
const township = demoCaller('operator', '十八里河镇', Role.UNIT_OPERATOR);
const otherTownship = demoCaller('erligang', '二里岗街道办事处', Role.UNIT_OPERATOR);
const evaluator = demoCaller('evaluator', '区财政局', Role.EVALUATOR);

const clock = testClock('2027-07-10T10:00:00+08:00');
let bed: Awaited<ReturnType<typeof openTestbed>>;
let cycleId: string;
const DEEDS = '该企业为外来务工人员提供免费技能培训和集体宿舍,参与社区融合活动,成效显著。';
const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, caller: Identity): Promise<T> {
  const result = await bed.execute(query, variables, caller);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}
const nominate = async (category: TypicalCategory, nomineeId: string) =>
  (
    await ok(
      `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { id version } }`,
      {
        input: {
          cycleId,
          category,
          ...(category === TypicalCategory.MIGRANT_WORKER ? { nomineePersonId: nomineeId } : { nomineeOrganizationId: nomineeId }),
          nominatorOrganizationId: unit('十八里河镇'),
          deeds: DEEDS,
          contactName: '王敏',
        },
      },
      township,
    )
  ).createNomination as { id: string; version: number };
const attach = (nominationId: string, caller: Identity = township) =>
  bed.execute(
    `mutation ($id: ID!, $c: String!) { addNominationAttachment(nominationId: $id, fileName: "营业执照.png", mimeType: "image/png", contentBase64: $c) { id } }`,
    { id: nominationId, c: PNG.toString('base64') },
    caller,
  );
const remove = (id: string, caller: Identity) =>
  bed.execute(`mutation ($id: ID!) { removeNominationAttachment(id: $id) { id fileName } }`, { id }, caller);
const download = (id: string, caller: Identity) =>
  bed.execute(`query ($id: ID!) { nominationAttachmentFile(id: $id) { fileName mimeType contentBase64 } }`, { id }, caller);
const step = (name: string, id: string, version: number, caller: Identity, reason?: string) =>
  ok(
    `mutation ($id: ID!, $v: Int!${reason ? ', $r: String!' : ''}) { ${name}(id: $id, version: $v${reason ? ', reason: $r' : ''}) { version } }`,
    { id, v: version, ...(reason ? { r: reason } : {}) },
    caller,
  ).then((d) => (d[name] as { version: number }).version);

const advance = (version: number, to: string, reason?: string, id = cycleId) =>
  bed.execute(
    `mutation ($id: ID!, $v: Int!, $to: NominationCycleStatus!, $r: String) {
      advanceNominationCycle(id: $id, version: $v, to: $to, reason: $r) { status frozenAt freezeReason frozenByUsername version }
    }`,
    { id, v: version, to, r: reason ?? null },
    admin,
  );
const cycleVersion = async (id = cycleId) =>
  (await ok(`query ($id: ID!) { nominationCycle(id: $id) { version } }`, { id }, admin)).nominationCycle.version as number;

beforeAll(async () => {
  bed = await openTestbed(clock);
  const created = await ok(`mutation { createNominationCycle(input: { year: 2027 }) { id version } }`, {}, admin);
  cycleId = created.createNominationCycle.id;
  await advance(created.createNominationCycle.version, 'OPEN');
}, 120_000);
afterAll(() => bed?.close());

describe('nomination material', () => {
  it('lets the unit remove an attachment while the nomination is a draft or returned, and not once submitted', async () => {
    const n = await nominate(TypicalCategory.EMPLOYER, unit('郑州宇通物流有限公司'));
    const first = (await attach(n.id)).data!.addNominationAttachment.id;
    const second = (await attach(n.id)).data!.addNominationAttachment.id;

    // Nobody else removes it: not another unit, not an evaluator.
    expect(code(await remove(first, otherTownship))).toBe(ErrorCode.OUT_OF_JURISDICTION);
    expect(code(await remove(first, evaluator))).toBe(ErrorCode.FORBIDDEN);
    expect(code(await remove(stableId('attachment', 'none'), township))).toBe(ErrorCode.NOT_FOUND);

    const removed = await remove(first, township);
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeNominationAttachment).toEqual({ id: first, fileName: '营业执照.png' });
    const listed = await ok(`query ($id: ID!) { nomination(id: $id) { attachments { id } } }`, { id: n.id }, township);
    expect(listed.nomination.attachments).toEqual([{ id: second }]);
    expect(code(await download(first, township))).toBe(ErrorCode.NOT_FOUND);

    // Submitted: the material is the office's to read now, nobody changes it.
    const submitted = await step('submitNomination', n.id, n.version, township);
    const refused = await remove(second, township);
    expect(code(refused)).toBe(ErrorCode.INVALID_TRANSITION);
    expect(refused.errors![0]!.message).toBe('已上报的推荐不能删除附件');
    expect(code(await remove(second, admin))).toBe(ErrorCode.INVALID_TRANSITION);

    // Returned for revision: the unit may change it again.
    await step('returnNomination', n.id, submitted, admin, '请补充营业执照副本');
    expect((await remove(second, township)).errors).toBeUndefined();
  });

  it('lets the unit, the office and evaluators download an attachment, and no other unit', async () => {
    const n = await nominate(TypicalCategory.COMMUNITY, unit('十八里河社区'));
    const id = (await attach(n.id)).data!.addNominationAttachment.id;
    for (const reader of [township, admin, evaluator]) {
      const file = await download(id, reader);
      expect(file.errors).toBeUndefined();
      expect(file.data!.nominationAttachmentFile).toEqual({
        fileName: '营业执照.png',
        mimeType: 'image/png',
        contentBase64: PNG.toString('base64'),
      });
    }
    expect(code(await download(id, otherTownship))).toBe(ErrorCode.OUT_OF_JURISDICTION);
  });

  it('prints the 推荐表 with its content and the places to sign and seal', async () => {
    const n = await nominate(TypicalCategory.TOWNSHIP, unit('十八里河镇'));
    await attach(n.id);
    const form = await ok(`query ($id: ID!) { nominationForm(id: $id) { fileName mimeType contentBase64 } }`, { id: n.id }, township);
    expect(form.nominationForm).toMatchObject({ fileName: '推荐表-2027-十八里河镇.pdf', mimeType: 'application/pdf' });
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(form.nominationForm.contentBase64, 'base64')));
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, '');
    for (const expected of [
      '2027年度流动人口社会融合十类典型推荐表',
      '十八里河镇',
      typicalCategoryLabels.TOWNSHIP,
      '王敏',
      '营业执照.png',
      '负责人(签字)',
      '(盖章)',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).toContain(DEEDS.replace(/\s+/g, ''));
    expect(code(await bed.execute(`query ($id: ID!) { nominationForm(id: $id) { fileName } }`, { id: n.id }, otherTownship))).toBe(
      ErrorCode.OUT_OF_JURISDICTION,
    );
  });

  it('saves an edit of a returned nomination, and refuses one made on a version someone else has changed', async () => {
    const person = demoPersons().find((p) => ['十八里河社区', '小刘村'].includes(p.community))!;
    const target = await nominate(TypicalCategory.MIGRANT_WORKER, stableId('person', person.idNumber));
    const edit = (version: number, deeds: string) =>
      bed.execute(
        `mutation ($input: UpdateNominationInput!) { updateNomination(input: $input) { deeds version } }`,
        { input: { id: target.id, version, deeds } },
        township,
      );
    const saved = await edit(target.version, `${DEEDS}新增:年内帮助 30 名外来务工人员取得职业资格证书。`);
    expect(saved.errors).toBeUndefined();
    const stale = await edit(target.version, `${DEEDS}另一人的修改。`);
    expect(code(stale)).toBe(ErrorCode.STALE_VERSION);
    const stored = await ok(`query ($id: ID!) { nomination(id: $id) { deeds } }`, { id: target.id }, township);
    expect(stored.nomination.deeds).toContain('职业资格证书');
  });
});

describe('honours from before the system', () => {
  it('are recorded by the office and listed, newest first, with the unit or person they name', async () => {
    const input = { year: 2015, category: 'EMPLOYER', nomineeOrganizationId: unit('郑州宇通物流有限公司'), title: '2015年度优秀用工单位' };
    const RECORD = `mutation ($input: HonourInput!) { recordHonour(input: $input) { id } }`;
    expect(code(await bed.execute(RECORD, { input }, township))).toBe(ErrorCode.FORBIDDEN);
    await ok(RECORD, { input }, admin);
    await ok(RECORD, { input: { ...input, year: 2016, title: '2016年度优秀用工单位' } }, admin);
    const listed = await ok(
      `{ honours(first: 10) { totalCount nodes { year category title nominee { __typename ... on Organization { id } } } } }`,
      {},
      township,
    );
    expect(listed.honours.nodes).toEqual([
      {
        year: 2016,
        category: 'EMPLOYER',
        title: '2016年度优秀用工单位',
        nominee: { __typename: 'Organization', id: unit('郑州宇通物流有限公司') },
      },
      {
        year: 2015,
        category: 'EMPLOYER',
        title: '2015年度优秀用工单位',
        nominee: { __typename: 'Organization', id: unit('郑州宇通物流有限公司') },
      },
    ]);
    const of2015 = await ok(`{ honours(first: 10, year: 2015) { nodes { title } } }`, {}, township);
    expect(of2015.honours.nodes).toEqual([{ title: '2015年度优秀用工单位' }]);
  });
});

describe('freezing a call', () => {
  it('says how many nominations a freeze leaves out, and before the window ends needs a reason, kept with who froze it', async () => {
    // So far: one returned (the first test's), one to submit now, the rest drafts.
    const drafts = await ok(
      `query ($c: ID!) { nominations(cycleId: $c, status: DRAFT, first: 10) { nodes { id version } } }`,
      { c: cycleId },
      admin,
    );
    const draft = drafts.nominations.nodes[0] as { id: string; version: number };
    await step('submitNomination', draft.id, draft.version, township);
    const impact = await bed.execute(
      `query ($c: ID!) { nominationFreezeImpact(cycleId: $c) { submitted returned beforeWindowEnds } }`,
      { c: cycleId },
      admin,
    );
    expect(impact.data!.nominationFreezeImpact).toEqual({ submitted: 1, returned: 1, beforeWindowEnds: true });
    expect(code(await bed.execute(`query ($c: ID!) { nominationFreezeImpact(cycleId: $c) { submitted } }`, { c: cycleId }, township))).toBe(
      ErrorCode.FORBIDDEN,
    );

    const version = await cycleVersion();
    const unexplained = await advance(version, 'CLOSED', '   ');
    expect(code(unexplained)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(unexplained.errors![0]!.extensions).toMatchObject({ field: 'reason', submitted: 1, returned: 1 });
    expect((await ok(`query ($id: ID!) { nominationCycle(id: $id) { status frozenAt } }`, { id: cycleId }, admin)).nominationCycle).toEqual(
      {
        status: 'OPEN',
        frozenAt: null,
      },
    );

    const frozen = await advance(version, 'CLOSED', '区委统一安排提前进入评审');
    expect(frozen.errors).toBeUndefined();
    expect(frozen.data!.advanceNominationCycle).toMatchObject({
      status: 'CLOSED',
      freezeReason: '区委统一安排提前进入评审',
      frozenByUsername: 'admin',
    });
  });

  it('needs no reason once the window has ended', async () => {
    const created = await ok(
      `mutation { createNominationCycle(input: { year: 2026, opensAt: "2026-07-01T00:00:00+08:00", closesAt: "2026-08-01T00:00:00+08:00" }) { id version } }`,
      {},
      admin,
    );
    const { id, version } = created.createNominationCycle;
    const opened = await advance(version, 'OPEN', undefined, id);
    expect(opened.errors).toBeUndefined();
    const closed = await advance(opened.data!.advanceNominationCycle.version, 'CLOSED', undefined, id);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.advanceNominationCycle).toMatchObject({ status: 'CLOSED', freezeReason: null, frozenByUsername: 'admin' });
  });
});
