import { type Caller, DomainError, newId, readSheet, type Sheet } from '@ronghe/kit';
import {
  ErrorCode,
  Gender,
  genderLabels,
  ImportMode,
  isIsoDate,
  OrganizationKind,
  organizationKindLabels,
  OrganizationStatus,
} from '@ronghe/types';
import { type DataSource, In, IsNull } from 'typeorm';
import type { AuditEntry, AuditService } from '../audit/audit.service.js';
import { Organization } from '../organization/organization.entity.js';
import type { OrganizationService } from '../organization/organization.service.js';
import { maskedSnapshot as masked, Person } from '../person/person.entity.js';
import type { PersonInput } from '../person/person.inputs.js';
import type { PersonService } from '../person/person.service.js';
import type { ImportError, ImportFileInput, ImportReport } from './transfer.types.js';

export const ORGANIZATION_COLUMNS = {
  name: '单位名称',
  shortName: '简称',
  kind: '单位类型',
  parentId: '上级单位',
  creditCode: '统一社会信用代码',
  address: '地址',
  contactPerson: '联系人',
  contactPhone: '联系电话',
} as const;

export const PERSON_COLUMNS = {
  name: '姓名',
  gender: '性别',
  idNumber: '身份证号',
  phone: '手机号',
  homeProvince: '户籍省份',
  homeCity: '户籍城市',
  employerId: '就业单位',
  communityId: '居住社区',
  arrivalDate: '来本区时间',
  skills: '职业技能',
  trainings: '接受培训',
} as const;

const COMPARED_ORGANIZATION_FIELDS = ['name', 'shortName', 'kind', 'creditCode', 'address', 'contactPerson', 'contactPhone'] as const;
const COMPARED_PERSON_FIELDS = [
  'name',
  'gender',
  'phone',
  'homeProvince',
  'homeCity',
  'employerId',
  'communityId',
  'arrivalDate',
  'skills',
  'trainings',
] as const;

class RowError extends Error {
  constructor(
    readonly column: string,
    reason: string,
  ) {
    super(reason);
  }
}

const kindByText = new Map<string, OrganizationKind>([
  ...Object.values(OrganizationKind).map((k) => [k, k] as const),
  ...Object.entries(organizationKindLabels).map(([k, label]) => [label, k as OrganizationKind] as const),
]);
const genderByText = new Map<string, Gender>([
  ...Object.values(Gender).map((g) => [g, g] as const),
  ...Object.entries(genderLabels).map(([g, label]) => [label, g as Gender] as const),
]);
const splitList = (text: string) =>
  text
    .split(/[、,,;;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Imports units and persons from spreadsheets: every row is checked by the same rules as a form,
 * errors are reported by row and column, and a row that matches what is already registered
 * (by credit code or name under the same parent; by ID number) updates it instead of adding
 * another, so importing the same file twice creates nothing twice.
 */
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly persons: PersonService,
    private readonly audit: AuditService,
  ) {}

  async importOrganizations(caller: Caller, file: ImportFileInput): Promise<ImportReport> {
    const scope = await this.organizations.access.writeScopeOf(caller.identity, caller.loaders);
    const sheet = await this.read(file, [ORGANIZATION_COLUMNS.name, ORGANIZATION_COLUMNS.kind, ORGANIZATION_COLUMNS.parentId]);
    const C = ORGANIZATION_COLUMNS;
    const repo = this.dataSource.getRepository(Organization);
    const names = sheet.rows.flatMap((r) => [r.values[C.name], r.values[C.parentId]]).filter((n): n is string => !!n);
    const codes = sheet.rows.map((r) => r.values[C.creditCode]?.toUpperCase()).filter((c): c is string => !!c);
    const known = await repo.find({
      where: [
        { name: In(names), deletedAt: IsNull() },
        { creditCode: In(codes), deletedAt: IsNull(), status: OrganizationStatus.ACTIVE },
      ],
    });
    const byName = new Map<string, Organization[]>();
    const remember = (o: Organization) => byName.set(o.name, [...(byName.get(o.name) ?? []).filter((x) => x.id !== o.id), o]);
    known.forEach(remember);
    const byCode = new Map(known.filter((o) => o.creditCode && o.status === OrganizationStatus.ACTIVE).map((o) => [o.creditCode!, o]));
    const codesInFile = new Map<string, number>();

    const errors: ImportError[] = [];
    const creates: Organization[] = [];
    const updates: { before: Organization; after: Organization }[] = [];
    let unchanged = 0;
    for (const { rowNumber, values } of sheet.rows) {
      try {
        const kind = kindByText.get(values[C.kind] ?? '');
        if (!kind) throw new RowError(C.kind, `无法识别的单位类型「${values[C.kind] ?? ''}」`);
        const parentName = values[C.parentId] ?? '';
        const parents = byName.get(parentName) ?? [];
        if (!parentName) throw new RowError(C.parentId, '上级单位不能为空');
        if (parents.length === 0) throw new RowError(C.parentId, `上级单位「${parentName}」不存在`);
        if (parents.length > 1) throw new RowError(C.parentId, `有 ${parents.length} 个名为「${parentName}」的单位,无法确定上级单位`);
        const parent = parents[0]!;
        if (!this.organizations.access.covers(scope, parent)) throw new RowError(C.parentId, '上级单位超出本单位辖区范围');
        const fields = this.check(() => this.organizations.validated(pick(values, C)), C);
        if (fields.creditCode) {
          const seen = codesInFile.get(fields.creditCode);
          if (seen) throw new RowError(C.creditCode, `与第 ${seen} 行的统一社会信用代码重复`);
          codesInFile.set(fields.creditCode, rowNumber);
        }
        const existing =
          (fields.creditCode ? byCode.get(fields.creditCode) : undefined) ??
          (byName.get(fields.name) ?? []).find((o) => o.parentId === parent.id);
        if (existing) {
          if (existing.parentId !== parent.id) {
            throw new RowError(C.parentId, `该统一社会信用代码已登记在「${existing.name}」名下,上级单位不同;请用“调整隶属关系”移动`);
          }
          const after = Object.assign(new Organization(), existing, fields, { kind });
          if (COMPARED_ORGANIZATION_FIELDS.every((f) => same(existing[f], after[f]))) unchanged += 1;
          else updates.push({ before: existing, after });
          continue;
        }
        const id = newId();
        const created = Object.assign(new Organization(), {
          ...fields,
          id,
          kind,
          parentId: parent.id,
          path: `${parent.path}${id}/`,
          status: OrganizationStatus.ACTIVE,
        });
        creates.push(created);
        // Later rows may name this unit as their parent.
        remember(created);
        if (created.creditCode) byCode.set(created.creditCode, created);
      } catch (error) {
        errors.push(this.rowError(rowNumber, error));
      }
    }

    return this.apply(
      file.mode,
      sheet,
      errors,
      creates,
      updates,
      unchanged,
      async (tx, actor) => {
        if (creates.length)
          await tx.getRepository(Organization).insert(creates.map(({ createdAt: _c, updatedAt: _u, version: _v, ...o }) => o));
        for (const { after } of updates) {
          const { id, name, shortName, kind, creditCode, address, contactPerson, contactPhone } = after;
          await tx
            .createQueryBuilder()
            .update(Organization)
            .set({ name, shortName, kind, creditCode, address, contactPerson, contactPhone, version: () => 'version + 1' })
            .where('id = :id', { id })
            .execute();
        }
        return [
          ...creates.map((o): AuditEntry => ({ actor, entityType: 'Organization', entityId: o.id, action: 'IMPORT_CREATE', after: o })),
          ...updates.map(
            ({ before, after }): AuditEntry => ({
              actor,
              entityType: 'Organization',
              entityId: before.id,
              action: 'IMPORT_UPDATE',
              before,
              after,
            }),
          ),
        ];
      },
      caller,
    );
  }

  async importPersons(caller: Caller, file: ImportFileInput): Promise<ImportReport> {
    await this.organizations.access.writeScopeOf(caller.identity, caller.loaders);
    const C = PERSON_COLUMNS;
    const sheet = await this.read(file, [C.name, C.gender, C.idNumber]);
    const unitNames = sheet.rows.flatMap((r) => [r.values[C.employerId], r.values[C.communityId]]).filter((n): n is string => !!n);
    const units = await this.dataSource.getRepository(Organization).findBy({ name: In(unitNames), deletedAt: IsNull() });
    const unitsByName = new Map<string, Organization[]>();
    for (const u of units) unitsByName.set(u.name, [...(unitsByName.get(u.name) ?? []), u]);
    const idNumbers = sheet.rows.map((r) => r.values[C.idNumber]?.toUpperCase()).filter((n): n is string => !!n);
    const existing = new Map(
      (await this.dataSource.getRepository(Person).findBy({ idNumber: In(idNumbers), deletedAt: IsNull() })).map((p) => [p.idNumber, p]),
    );
    const unitId = (name: string | undefined, column: string) => {
      if (!name) return null;
      const found = unitsByName.get(name) ?? [];
      if (found.length === 0) throw new RowError(column, `单位「${name}」不存在`);
      if (found.length > 1) throw new RowError(column, `有 ${found.length} 个名为「${name}」的单位,无法确定`);
      return found[0]!.id;
    };

    const errors: ImportError[] = [];
    const creates: Person[] = [];
    const updates: { before: Person; after: Person }[] = [];
    const seenInFile = new Map<string, number>();
    let unchanged = 0;
    for (const { rowNumber, values } of sheet.rows) {
      try {
        const gender = genderByText.get(values[C.gender] ?? '');
        if (!gender) throw new RowError(C.gender, `性别应为“男”或“女”,而不是「${values[C.gender] ?? ''}」`);
        const arrival = values[C.arrivalDate] ?? '';
        if (arrival && !isIsoDate(arrival)) throw new RowError(C.arrivalDate, '日期应为 YYYY-MM-DD 格式的有效日期');
        const input: PersonInput = {
          name: values[C.name] ?? '',
          gender,
          idNumber: values[C.idNumber] ?? '',
          phone: values[C.phone] || null,
          homeProvince: values[C.homeProvince] || null,
          homeCity: values[C.homeCity] || null,
          employerId: unitId(values[C.employerId], C.employerId),
          communityId: unitId(values[C.communityId], C.communityId),
          arrivalDate: arrival || null,
          skills: splitList(values[C.skills] ?? ''),
          trainings: splitList(values[C.trainings] ?? ''),
        };
        const fieldsResolved = await this.persons.validated(caller, input).catch((error: unknown) => {
          throw this.asRowError(error, C);
        });
        const seen = seenInFile.get(fieldsResolved.idNumber);
        if (seen) throw new RowError(C.idNumber, `与第 ${seen} 行的身份证号重复`);
        seenInFile.set(fieldsResolved.idNumber, rowNumber);
        const current = existing.get(fieldsResolved.idNumber);
        if (current) {
          const after = Object.assign(new Person(), current, fieldsResolved);
          if (COMPARED_PERSON_FIELDS.every((f) => same(current[f], after[f]))) unchanged += 1;
          else updates.push({ before: current, after });
        } else {
          creates.push(Object.assign(new Person(), { ...fieldsResolved, id: newId() }));
        }
      } catch (error) {
        errors.push(this.rowError(rowNumber, error));
      }
    }

    return this.apply(
      file.mode,
      sheet,
      errors,
      creates,
      updates,
      unchanged,
      async (tx, actor) => {
        if (creates.length) await tx.getRepository(Person).insert(creates.map((p) => ({ ...p })));
        for (const { after } of updates) {
          const { id, name, gender, phone, homeProvince, homeCity, employerId, communityId, arrivalDate, skills, trainings } = after;
          await tx
            .createQueryBuilder()
            .update(Person)
            .set({
              name,
              gender,
              phone,
              homeProvince,
              homeCity,
              employerId,
              communityId,
              arrivalDate,
              skills,
              trainings,
              version: () => 'version + 1',
            })
            .where('id = :id', { id })
            .execute();
        }
        return [
          ...creates.map((p): AuditEntry => ({ actor, entityType: 'Person', entityId: p.id, action: 'IMPORT_CREATE', after: masked(p) })),
          ...updates.map(
            ({ before, after }): AuditEntry => ({
              actor,
              entityType: 'Person',
              entityId: before.id,
              action: 'IMPORT_UPDATE',
              before: masked(before),
              after: masked(after),
            }),
          ),
        ];
      },
      caller,
    );
  }

  private async read(file: ImportFileInput, required: string[]): Promise<Sheet> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(file.contentBase64)) throw new DomainError(ErrorCode.INVALID_FILE, '文件内容不是有效的 Base64 编码');
    const sheet = await readSheet(file.fileName, Buffer.from(file.contentBase64, 'base64'));
    const missing = required.filter((h) => !sheet.headers.includes(h));
    if (missing.length) throw new DomainError(ErrorCode.INVALID_FILE, `缺少必需的列: ${missing.join('、')}`, { missing });
    return sheet;
  }

  /** Runs a service's validation and names the column of the field it rejected. */
  private check<T>(validate: () => T, columns: Record<string, string>): T {
    try {
      return validate();
    } catch (error) {
      throw this.asRowError(error, columns);
    }
  }

  private asRowError(error: unknown, columns: Record<string, string>): unknown {
    if (error instanceof DomainError) {
      const field = error.extensions.field as string | undefined;
      return new RowError((field && columns[field]) || '', error.message);
    }
    return error;
  }

  private rowError(row: number, error: unknown): ImportError {
    const columns = { ...ORGANIZATION_COLUMNS, ...PERSON_COLUMNS };
    const e = error instanceof RowError ? error : this.asRowError(error, columns);
    if (e instanceof RowError) return { row, column: e.column, reason: e.message };
    throw error;
  }

  private async apply<T>(
    mode: ImportMode,
    sheet: Sheet,
    errors: ImportError[],
    creates: T[],
    updates: unknown[],
    unchanged: number,
    write: (tx: import('typeorm').EntityManager, actor: Caller['identity']) => Promise<AuditEntry[]>,
    caller: Caller,
  ): Promise<ImportReport> {
    const failedRows = new Set(errors.map((e) => e.row)).size;
    const report = { totalRows: sheet.rows.length, failed: failedRows, errors };
    if (errors.length > 0 && mode === ImportMode.ALL_OR_NOTHING) {
      return { ...report, created: 0, updated: 0, unchanged: 0, applied: false };
    }
    await this.dataSource.transaction(async (tx) => {
      const entries = await write(tx, caller.identity);
      await this.audit.record(tx, entries);
    });
    return { ...report, created: creates.length, updated: updates.length, unchanged, applied: true };
  }
}

function pick(values: Record<string, string>, columns: Record<string, string>) {
  return Object.fromEntries(Object.entries(columns).map(([field, header]) => [field, values[header] ?? ''])) as Record<string, string>;
}
