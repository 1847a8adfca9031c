import { ErrorCode, Gender, ImportMode, OrganizationKind, Role, TextLimit } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from './account/account.entity.js';
import { AuditRecord } from './audit/audit.entity.js';
import { Organization } from './organization/organization.entity.js';
import { Person } from './person/person.entity.js';
import { callers, unit } from './test-identities.js';
import { openSeededTestbed } from './testing.js';

let bed: Awaited<ReturnType<typeof openSeededTestbed>>;
beforeAll(async () => {
  bed = await openSeededTestbed();
});
afterAll(() => bed?.close());

type Result = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const stored = async () => ({
  units: await bed.db.dataSource.getRepository(Organization).count(),
  persons: await bed.db.dataSource.getRepository(Person).count(),
  accounts: await bed.db.dataSource.getRepository(Account).count(),
  audit: await bed.db.dataSource.getRepository(AuditRecord).count(),
});
const megabyte = '名'.repeat(1_000_000);
const over = (max: number) => '字'.repeat(max + 1);

const person = {
  name: '李建华',
  gender: Gender.MALE,
  idNumber: '11010519491231002X',
  homeProvince: '河南省',
  homeCity: '周口市',
  communityId: unit('十八里河社区'),
};
const CREATE_PERSON = `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`;
const CREATE_UNIT = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_ACCOUNT = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }`;

function expectRefused(result: Result, field: string, max: number) {
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field, maxLength: max });
  expect(result.errors?.[0]?.message).toContain(`不能超过 ${max} 个字`);
}

describe('input limits', () => {
  it('refuses a 1 MB person name and a home city one character too long, storing nothing', async () => {
    const before = await stored();
    const name = await bed.execute(CREATE_PERSON, { input: { ...person, name: megabyte } }, callers.admin);
    expectRefused(name, 'name', TextLimit.NAME);
    expect(name.errors?.[0]?.message).toContain('姓名');
    expectRefused(
      await bed.execute(CREATE_PERSON, { input: { ...person, homeCity: over(TextLimit.PLACE) } }, callers.admin),
      'homeCity',
      TextLimit.PLACE,
    );
    expect(await stored()).toEqual(before);
  });

  it('accepts a home city of exactly the limit', async () => {
    const result = await bed.execute(CREATE_PERSON, { input: { ...person, homeCity: '市'.repeat(TextLimit.PLACE) } }, callers.admin);
    expect(result.errors).toBeUndefined();
  });

  it('refuses a unit address and an account display name over their limits', async () => {
    const before = await stored();
    const unitInput = { name: '某物流公司', kind: OrganizationKind.EMPLOYER, parentId: unit('南曹乡'), address: over(TextLimit.ADDRESS) };
    expectRefused(await bed.execute(CREATE_UNIT, { input: unitInput }, callers.admin), 'address', TextLimit.ADDRESS);
    const accountInput = {
      username: 'nancao.clerk',
      displayName: megabyte,
      organizationId: unit('南曹乡'),
      roles: [Role.UNIT_OPERATOR],
      password: 'Start2026ab',
    };
    expectRefused(await bed.execute(CREATE_ACCOUNT, { input: accountInput }, callers.admin), 'displayName', TextLimit.NAME);
    expect(await stored()).toEqual(before);
  });

  it('holds imported rows to the same limits', async () => {
    const before = await stored();
    const csv = `姓名,性别,身份证号,户籍城市,居住社区\n${over(TextLimit.NAME)},男,11010519491231002X,周口市,十八里河社区\n`;
    const { data } = await bed.execute(
      `mutation ($file: ImportFileInput!) { importPersons(file: $file) { failed applied errors { row reason } } }`,
      { file: { fileName: 'persons.csv', contentBase64: Buffer.from(csv).toString('base64'), mode: ImportMode.ALL_OR_NOTHING } },
      callers.admin,
    );
    expect(data!.importPersons).toMatchObject({ failed: 1, applied: false });
    expect(data!.importPersons.errors[0].reason).toContain(`不能超过 ${TextLimit.NAME} 个字`);
    expect(await stored()).toEqual(before);
  });
});
