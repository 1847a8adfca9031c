import type { TestResult } from '@ronghe/kit/testing';
import { stableId } from '@ronghe/kit';
import { demoPersons } from '@ronghe/demo';
import { ErrorCode, Gender } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRecord } from '../audit/audit.entity.js';
import { callers, unit } from '../test-identities.js';
import { openSeededTestbed } from '../testing.js';

let bed: Awaited<ReturnType<typeof openSeededTestbed>>;
beforeAll(async () => {
  bed = await openSeededTestbed();
});
afterAll(() => bed?.close());

const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const someone = demoPersons()[0]!;
const someoneId = stableId('person', someone.idNumber);

describe('personal data', () => {
  it('is masked in every response, whatever the role', async () => {
    for (const caller of [callers.admin, callers.partner, callers.evaluator]) {
      const { data } = await bed.execute(`query ($id: ID!) { person(id: $id) { name idNumber phone } }`, { id: someoneId }, caller);
      expect(data!.person).toEqual({
        name: someone.name,
        idNumber: `${someone.idNumber.slice(0, 4)}**********${someone.idNumber.slice(-4)}`,
        phone: `${someone.phone.slice(0, 3)}****${someone.phone.slice(-4)}`,
      });
    }
  });

  it('is shown in full to the programme office, and every full view is recorded', async () => {
    const audit = bed.db.dataSource.getRepository(AuditRecord);
    const before = await audit.countBy({ entityId: someoneId, action: 'VIEW_PERSONAL_DATA' });
    const { data } = await bed.execute(
      `mutation ($id: ID!) { revealPersonalData(id: $id) { idNumber phone } }`,
      { id: someoneId },
      callers.admin,
    );
    expect(data!.revealPersonalData).toEqual({ idNumber: someone.idNumber, phone: someone.phone });
    expect(await audit.findBy({ entityId: someoneId, action: 'VIEW_PERSONAL_DATA' })).toHaveLength(before + 1);
  });

  it('is refused in full to evaluators and partners', async () => {
    for (const caller of [callers.evaluator, callers.partner]) {
      const result = await bed.execute(`mutation ($id: ID!) { revealPersonalData(id: $id) { idNumber } }`, { id: someoneId }, caller);
      expect(code(result)).toBe(ErrorCode.FORBIDDEN);
    }
  });
});

describe('registering a migrant worker', () => {
  const input = {
    name: '李建华',
    gender: Gender.MALE,
    idNumber: '11010519491231002X',
    phone: '13912345678',
    homeProvince: '河南省',
    homeCity: '周口市',
    communityId: unit('十八里河社区'),
    employerId: unit('郑州宇通物流有限公司'),
    arrivalDate: '2019-03-01',
    skills: ['叉车司机'],
  };
  const CREATE = `mutation ($input: PersonInput!) { createPerson(input: $input) { id name idNumber employer { name } community { name } } }`;

  it('checks the ID number’s check digit and the phone', async () => {
    expect(code(await bed.execute(CREATE, { input: { ...input, idNumber: '110105194912310021' } }, callers.admin))).toBe(
      ErrorCode.INVALID_ID_NUMBER,
    );
    expect(code(await bed.execute(CREATE, { input: { ...input, phone: '1391234' } }, callers.admin))).toBe(ErrorCode.INVALID_PHONE);
  });

  it('registers within the operator’s jurisdiction, once per ID number', async () => {
    const created = await bed.execute(CREATE, { input }, callers.operator);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPerson).toMatchObject({
      name: '李建华',
      idNumber: '1101**********002X',
      community: { name: '十八里河社区' },
    });
    const again = await bed.execute(CREATE, { input: { ...input, name: '李建华(重复)' } }, callers.admin);
    expect(code(again)).toBe(ErrorCode.DUPLICATE);
  });

  it('refuses an operator a person living and working outside its jurisdiction', async () => {
    const result = await bed.execute(
      CREATE,
      { input: { ...input, idNumber: '410104199001011237', communityId: unit('南曹社区'), employerId: unit('河南商都建筑劳务有限公司') } },
      callers.operator,
    );
    expect(code(result)).toBe(ErrorCode.OUT_OF_JURISDICTION);
  });

  it('lists for an operator only the people of its jurisdiction', async () => {
    const { data } = await bed.execute(
      `{ persons(first: 100) { totalCount nodes { community { name } employer { name } } } }`,
      {},
      callers.operator,
    );
    const ours = new Set(['十八里河社区', '小刘村', '郑州宇通物流有限公司']);
    expect(data!.persons.totalCount).toBeGreaterThan(0);
    for (const p of data!.persons.nodes) {
      expect(ours.has(p.community?.name) || ours.has(p.employer?.name)).toBe(true);
    }
    const all = await bed.execute(`{ persons(first: 1) { totalCount } }`, {}, callers.admin);
    expect(all.data!.persons.totalCount).toBeGreaterThan(data!.persons.totalCount);
  });

  it('pages 300 people with their units in a bounded number of queries', async () => {
    let result: TestResult<any> | undefined;
    const statements = await bed.db.queries.measure(async () => {
      result = await bed.execute(
        `{ persons(first: 100) { nodes { name employer { name } community { name parent { name } } } } }`,
        {},
        callers.admin,
      );
    });
    expect(result!.data!.persons.nodes).toHaveLength(100);
    expect(statements).toBeLessThanOrEqual(6);
  });
});

describe('editing a migrant worker', () => {
  const UPDATE = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { name idNumber phone version } }`;
  const current = async () =>
    (await bed.execute(`query ($id: ID!) { person(id: $id) { version } }`, { id: someoneId }, callers.admin)).data!.person.version;
  const full = async () =>
    (await bed.execute(`mutation ($id: ID!) { revealPersonalData(id: $id) { idNumber phone } }`, { id: someoneId }, callers.admin)).data!
      .revealPersonalData;

  it('keeps the ID number and phone the form only saw masked, and clears the phone when asked', async () => {
    const edited = await bed.execute(
      UPDATE,
      { input: { id: someoneId, version: await current(), name: `${someone.name}(改)`, gender: someone.gender } },
      callers.admin,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updatePerson.name).toBe(`${someone.name}(改)`);
    expect(await full()).toEqual({ idNumber: someone.idNumber, phone: someone.phone });

    const cleared = await bed.execute(
      UPDATE,
      { input: { id: someoneId, version: await current(), name: someone.name, gender: someone.gender, phone: '' } },
      callers.admin,
    );
    expect(cleared.data!.updatePerson.phone).toBeNull();
    expect(await full()).toEqual({ idNumber: someone.idNumber, phone: null });
  });

  it('refuses an edit made on a stale version, and changes nothing', async () => {
    const version = await current();
    const first = await bed.execute(UPDATE, { input: { id: someoneId, version, name: '甲', gender: someone.gender } }, callers.admin);
    expect(first.errors).toBeUndefined();
    const second = await bed.execute(UPDATE, { input: { id: someoneId, version, name: '乙', gender: someone.gender } }, callers.admin);
    expect(code(second)).toBe(ErrorCode.STALE_VERSION);
    const { data } = await bed.execute(`query ($id: ID!) { person(id: $id) { name } }`, { id: someoneId }, callers.admin);
    expect(data!.person.name).toBe('甲');
  });
});
