import { type Caller, type ExportFile, writeXlsx, xlsxFile } from '@ronghe/kit';
import { genderLabels, organizationKindLabels, organizationStatusLabels } from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { Organization } from '../organization/organization.entity.js';
import type { ListOrganizationsOptions, OrganizationService } from '../organization/organization.service.js';
import type { Person } from '../person/person.entity.js';
import type { PersonService } from '../person/person.service.js';
import { ORGANIZATION_COLUMNS as OC, PERSON_COLUMNS as PC } from './import.service.js';

// An export is a whole filtered list, read in pages of this size.
const PAGE = 100;
const MAX_EXPORT_ROWS = 50_000;

/** Exports any filtered list to .xlsx, with the import's column names so a file can go back in. */
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly persons: PersonService,
  ) {}

  async exportOrganizations(caller: Caller, filter: ListOrganizationsOptions): Promise<ExportFile> {
    const rows = await this.all((after) => this.organizations.list(caller, { ...filter, first: PAGE, after }));
    const parentIds = [...new Set(rows.map((o) => o.parentId).filter((id): id is string => !!id))];
    const parents = new Map(
      (parentIds.length
        ? await this.dataSource.getRepository(Organization).createQueryBuilder('o').whereInIds(parentIds).getMany()
        : []
      ).map((o) => [o.id, o.name]),
    );
    const content = await writeXlsx<Organization>(
      '单位名录',
      [
        { header: OC.name, width: 32, value: (o) => o.name },
        { header: OC.shortName, value: (o) => o.shortName },
        { header: OC.kind, value: (o) => organizationKindLabels[o.kind] },
        { header: OC.parentId, width: 28, value: (o) => (o.parentId ? (parents.get(o.parentId) ?? '') : '') },
        { header: OC.creditCode, width: 22, value: (o) => o.creditCode },
        { header: OC.address, width: 30, value: (o) => o.address },
        { header: OC.contactPerson, value: (o) => o.contactPerson },
        { header: OC.contactPhone, value: (o) => o.contactPhone },
        { header: '状态', value: (o) => organizationStatusLabels[o.status] },
      ],
      rows,
    );
    return xlsxFile('单位名录', content, rows.length);
  }

  /** Personal data stays masked in an export, as on screen. */
  async exportPersons(caller: Caller, args: Parameters<PersonService['list']>[1]): Promise<ExportFile> {
    const rows = await this.all((after) => this.persons.list(caller, { ...args, first: PAGE, after }));
    const unitIds = [...new Set(rows.flatMap((p) => [p.employerId, p.communityId]).filter((id): id is string => !!id))];
    const units = new Map(
      (unitIds.length ? await this.dataSource.getRepository(Organization).createQueryBuilder('o').whereInIds(unitIds).getMany() : []).map(
        (o) => [o.id, o.name],
      ),
    );
    const content = await writeXlsx<Person>(
      '外来务工人员',
      [
        { header: PC.name, value: (p) => p.name },
        { header: PC.gender, value: (p) => genderLabels[p.gender] },
        { header: PC.idNumber, width: 22, value: (p) => p.maskedIdNumber },
        { header: PC.phone, width: 16, value: (p) => p.maskedPhone },
        { header: PC.homeProvince, value: (p) => p.homeProvince },
        { header: PC.homeCity, value: (p) => p.homeCity },
        { header: PC.employerId, width: 28, value: (p) => (p.employerId ? (units.get(p.employerId) ?? '') : '') },
        { header: PC.communityId, width: 20, value: (p) => (p.communityId ? (units.get(p.communityId) ?? '') : '') },
        { header: PC.arrivalDate, value: (p) => p.arrivalDate },
        { header: PC.skills, value: (p) => p.skills.join('、') },
        { header: PC.trainings, width: 28, value: (p) => p.trainings.join('、') },
      ],
      rows,
    );
    return xlsxFile('外来务工人员名录', content, rows.length);
  }

  private async all<T>(
    page: (after: string | null) => Promise<{ nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>,
  ) {
    const rows: T[] = [];
    let after: string | null = null;
    do {
      const connection = await page(after);
      rows.push(...connection.nodes);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after && rows.length < MAX_EXPORT_ROWS);
    return rows;
  }
}
