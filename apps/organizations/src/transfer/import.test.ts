import { ErrorCode, ImportMode, OrganizationKind } from '@ronghe/types';
import { IsNull } from 'typeorm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRecord } from '../audit/audit.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { Person } from '../person/person.entity.js';
import { callers } from '../test-identities.js';
import { openSeededTestbed } from '../testing.js';

let bed: Awaited<ReturnType<typeof openSeededTestbed>>;
beforeAll(async () => {
  bed = await openSeededTestbed();
});
afterAll(() => bed?.close());

const IMPORT_UNITS = `mutation ($file: ImportFileInput!) {
  importOrganizations(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }
}`;
const IMPORT_PERSONS = IMPORT_UNITS.replace('importOrganizations', 'importPersons');
const file = (fileName: string, content: Buffer | string, mode = ImportMode.VALID_ROWS_ONLY) => ({
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
  mode,
});
const count = (entity: typeof Organization | typeof Person | typeof AuditRecord) => bed.db.dataSource.getRepository(entity).count();

// Row 3 has a wrong check character in its credit code; row 4 names a parent that does not exist.
const UNITS_CSV = [
  '单位名称,简称,单位类型,上级单位,统一社会信用代码,地址,联系人,联系电话',
  '郑州启航劳务派遣有限公司,启航劳务,用工单位,南曹乡,91410104MA9F3K2L8C,南曹乡政府路8号,张经理,13838383838',
  '南曹乡新时代市场,,市(商)场,南曹乡,91410104MA9F3K2L8D,,,',
  '幸福里社区,,社区(都市村庄),不存在的街道,,,,',
  '启航职工之家,,社团组织,郑州启航劳务派遣有限公司,,,,0371-66668888',
].join('\n');

describe('importing units', () => {
  it('saves nothing in all-or-nothing mode when a row is bad, and says which cells are wrong', async () => {
    const [units, audit] = [await count(Organization), await count(AuditRecord)];
    const { data, errors } = await bed.execute(
      IMPORT_UNITS,
      { file: file('units.csv', UNITS_CSV, ImportMode.ALL_OR_NOTHING) },
      callers.admin,
    );
    expect(errors).toBeUndefined();
    expect(data!.importOrganizations).toEqual({
      totalRows: 4,
      created: 0,
      updated: 0,
      unchanged: 0,
      failed: 2,
      applied: false,
      errors: [
        { row: 3, column: '统一社会信用代码', reason: '统一社会信用代码「91410104MA9F3K2L8D」校验不通过' },
        { row: 4, column: '上级单位', reason: '上级单位「不存在的街道」不存在' },
      ],
    });
    expect([await count(Organization), await count(AuditRecord)]).toEqual([units, audit]);
  });

  it('saves the good rows in valid-rows-only mode, a unit named earlier in the file serving as parent', async () => {
    const before = await count(Organization);
    const { data } = await bed.execute(IMPORT_UNITS, { file: file('units.csv', UNITS_CSV) }, callers.admin);
    expect(data!.importOrganizations).toMatchObject({ totalRows: 4, created: 2, failed: 2, applied: true });
    expect(await count(Organization)).toBe(before + 2);
    const { data: found } = await bed.execute(
      `{ organizations(search: "启航职工之家") { nodes { kind parent { name } } } }`,
      {},
      callers.admin,
    );
    expect(found!.organizations.nodes).toEqual([{ kind: 'SOCIAL_ORGANIZATION', parent: { name: '郑州启航劳务派遣有限公司' } }]);
  });

  it('creates nothing twice when the same file comes again', async () => {
    const before = await count(Organization);
    const { data } = await bed.execute(IMPORT_UNITS, { file: file('units.csv', UNITS_CSV) }, callers.admin);
    expect(data!.importOrganizations).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 2 });
    expect(await count(Organization)).toBe(before);
  });

  it('reads a CSV saved by Excel in GBK', async () => {
    const csv = '单位名称,单位类型,上级单位\n南曹乡希望家政服务站,服务管理机构,南曹乡\n';
    const { data } = await bed.execute(IMPORT_UNITS, { file: file('gbk.csv', iconv.encode(csv, 'gbk')) }, callers.admin);
    expect(data!.importOrganizations).toMatchObject({ created: 1, failed: 0 });
    const { data: found } = await bed.execute(`{ organizations(search: "希望家政") { nodes { name kind } } }`, {}, callers.admin);
    expect(found!.organizations.nodes).toEqual([{ name: '南曹乡希望家政服务站', kind: 'SERVICE_AGENCY' }]);
  });

  it('updates a unit matched by its credit code instead of adding another', async () => {
    const csv = '单位名称,单位类型,上级单位,统一社会信用代码,联系人\n郑州启航劳务派遣有限公司,用工单位,南曹乡,91410104MA9F3K2L8C,李经理\n';
    const before = await count(Organization);
    const { data } = await bed.execute(IMPORT_UNITS, { file: file('update.csv', csv) }, callers.admin);
    expect(data!.importOrganizations).toMatchObject({ created: 0, updated: 1 });
    expect(await count(Organization)).toBe(before);
  });

  it('refuses a file that is not a spreadsheet or lacks the required columns', async () => {
    const pdf = await bed.execute(IMPORT_UNITS, { file: file('units.pdf', '%PDF-1.4') }, callers.admin);
    expect(pdf.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_FILE);
    const noParent = await bed.execute(IMPORT_UNITS, { file: file('units.csv', '单位名称,单位类型\n某单位,用工单位\n') }, callers.admin);
    expect(noParent.errors?.[0]).toMatchObject({ message: '缺少必需的列: 上级单位', extensions: { code: ErrorCode.INVALID_FILE } });
  });

  it('keeps a unit operator to its own jurisdiction', async () => {
    const csv = '单位名称,单位类型,上级单位\n十八里河镇某公司,用工单位,十八里河镇\n南曹乡某公司,用工单位,南曹乡\n';
    const { data } = await bed.execute(IMPORT_UNITS, { file: file('scoped.csv', csv) }, callers.operator);
    expect(data!.importOrganizations).toMatchObject({
      created: 1,
      errors: [{ row: 3, column: '上级单位', reason: '上级单位超出本单位辖区范围' }],
    });
  });

  it('refuses a partner department', async () => {
    const result = await bed.execute(IMPORT_UNITS, { file: file('units.csv', UNITS_CSV) }, callers.partner);
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.READ_ONLY_ROLE);
  });
});

describe('importing migrant workers from Excel', () => {
  async function workbook(rows: (string | Date)[][]): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('人员');
    sheet.addRow(['姓名', '性别', '身份证号', '手机号', '就业单位', '居住社区', '来本区时间', '职业技能']);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('reports bad rows by column, matches people by ID number, and masks them in the audit log', async () => {
    const content = await workbook([
      ['赵红梅', '女', '11010519491231002X', '13700001111', '郑州宇通物流有限公司', '十八里河社区', new Date('2020-05-01'), '分拣、叉车'],
      ['钱立新', '男', '110105194912310021', '', '', '十八里河社区', '2021-01-01', ''],
      ['孙国庆', '未知', '410104199001011237', '', '', '南曹社区', '', ''],
    ]);
    const first = await bed.execute(IMPORT_PERSONS, { file: file('persons.xlsx', content) }, callers.admin);
    expect(first.data!.importPersons).toEqual({
      totalRows: 3,
      created: 1,
      updated: 0,
      unchanged: 0,
      failed: 2,
      applied: true,
      errors: [
        { row: 3, column: '身份证号', reason: '身份证号校验不通过' },
        { row: 4, column: '性别', reason: '性别应为“男”或“女”,而不是「未知」' },
      ],
    });
    const again = await bed.execute(IMPORT_PERSONS, { file: file('persons.xlsx', content) }, callers.admin);
    expect(again.data!.importPersons).toMatchObject({ created: 0, unchanged: 1 });

    const { data } = await bed.execute(
      `{ persons(search: "赵红梅") { nodes { id arrivalDate skills employer { name } } } }`,
      {},
      callers.admin,
    );
    const person = data!.persons.nodes[0];
    expect(person).toMatchObject({ arrivalDate: '2020-05-01', skills: ['分拣', '叉车'], employer: { name: '郑州宇通物流有限公司' } });
    const record = await bed.db.dataSource.getRepository(AuditRecord).findOneByOrFail({ entityId: person.id, action: 'IMPORT_CREATE' });
    expect(record.after).toMatchObject({ idNumber: '1101**********002X', phone: '137****1111' });
  });
});

describe('exporting', () => {
  it('writes a filtered list to .xlsx that imports back unchanged', async () => {
    const { data } = await bed.execute(
      `{ exportOrganizations(kind: EMPLOYER) { fileName mimeType rowCount contentBase64 } }`,
      {},
      callers.admin,
    );
    const exported = data!.exportOrganizations;
    expect(exported.fileName).toMatch(/^单位名录-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const employers = await bed.db.dataSource.getRepository(Organization).countBy({ kind: OrganizationKind.EMPLOYER, deletedAt: IsNull() });
    expect(exported.rowCount).toBe(employers);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported.contentBase64, 'base64') as never);
    expect(book.worksheets[0]!.getRow(1).getCell(1).value).toBe('单位名称');

    const back = await bed.execute(
      IMPORT_UNITS,
      { file: { fileName: exported.fileName, contentBase64: exported.contentBase64, mode: ImportMode.ALL_OR_NOTHING } },
      callers.admin,
    );
    expect(back.data!.importOrganizations).toMatchObject({ created: 0, updated: 0, unchanged: employers, failed: 0, applied: true });
  });

  it('keeps personal data masked', async () => {
    const { data } = await bed.execute(`{ exportPersons(first: 5) { rowCount contentBase64 } }`, {}, callers.admin);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(data!.exportPersons.contentBase64, 'base64') as never);
    const idCell = String(book.worksheets[0]!.getRow(2).getCell(3).value);
    expect(idCell).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
  });
});
