import {
  type Caller,
  cursorRows,
  type ExportFile,
  type JobQueue,
  LoaderRegistry,
  writeXlsxStream,
  XLSX_MIME,
  xlsxFile,
  xlsxFileName,
} from '@ronghe/kit';
import {
  type Gender,
  type JobKind,
  genderLabels,
  maskIdNumber,
  maskPhone,
  type OrganizationKind,
  type OrganizationStatus,
  organizationKindLabels,
  organizationStatusLabels,
} from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { Organization } from '../organization/organization.entity.js';
import type { ListOrganizationsOptions, OrganizationService } from '../organization/organization.service.js';
import type { PersonService } from '../person/person.service.js';
import { ORGANIZATION_COLUMNS as OC, PERSON_COLUMNS as PC } from './import.service.js';
import { PersonsExport } from './transfer.types.js';

// An export is the whole filtered list in the list's order, read through one cursor and written
// to the file as it is read; past this many rows the caller is asked to narrow it down.
const MAX_EXPORT_ROWS = 200_000;
const PERSONS_TITLE = '外来务工人员名录';
const PROGRESS_INTERVAL_MS = 1500;

interface UnitRow {
  name: string;
  short_name: string | null;
  kind: OrganizationKind;
  parent_name: string | null;
  credit_code: string | null;
  address: string | null;
  contact_person: string | null;
  contact_phone: string | null;
  status: OrganizationStatus;
}

interface PersonRow {
  name: string;
  gender: Gender;
  id_number: string;
  phone: string | null;
  home_province: string | null;
  home_city: string | null;
  employer_name: string | null;
  community_name: string | null;
  arrival_date: string | null;
  skills: string[];
  trainings: string[];
  /** Rows the statement found, on every row (asked only by a job, for its progress). */
  total?: number;
}

/** The kinds of job the organizations subgraph runs; their queues are made with its migrations. */
export const JOB_KINDS: readonly JobKind[] = ['PERSONS_EXPORT'];

type PersonsFilter = Parameters<PersonService['list']>[1];

/** How far an export got: rows written of the rows the statement found. */
type ExportProgress = (done: number, total: number) => Promise<void>;

/** Exports any filtered list to .xlsx, with the import's column names so a file can go back in. */
export class ExportService {
  /**
   * `jobs`: where a big persons export runs (past `jobRows` rows), so the request answers at
   * once; without it (a test bed) every export is made at once.
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly persons: PersonService,
    private readonly jobs: JobQueue | null = null,
    private readonly jobRows = 5000,
  ) {
    jobs?.define<PersonsFilter>('PERSONS_EXPORT', {
      handler: async ({ payload, identity, progress }) => {
        const caller = { identity, loaders: new LoaderRegistry() };
        await progress(1, '正在查询');
        // The file's bytes go to the job's row as they are, not through base64 and back.
        const { content, rowCount } = await this.personsXlsx(caller, payload, (done, total) =>
          progress((95 * done) / Math.max(total, 1), `正在导出 ${done}/${total} 人`),
        );
        await progress(99, `已导出 ${rowCount} 人,正在保存文件`);
        return {
          result: { rowCount },
          files: [{ fileName: xlsxFileName(PERSONS_TITLE), mimeType: XLSX_MIME, content, rowCount }],
        };
      },
    });
  }

  /** The persons export: the file at once when it is small, else a job whose file `organizationsJobFile` gives. */
  async requestPersonsExport(caller: Caller, args: PersonsFilter): Promise<PersonsExport> {
    if (this.jobs && (await this.morePersonsThan(caller, args, this.jobRows))) {
      const { first: _first, after: _after, ...filter } = args as PersonsFilter & { first?: number; after?: string };
      const job = await this.jobs.enqueue({ kind: 'PERSONS_EXPORT', identity: caller.identity, payload: filter });
      return Object.assign(new PersonsExport(), { file: null, job });
    }
    return Object.assign(new PersonsExport(), { file: await this.exportPersons(caller, args), job: null });
  }

  /** Whether the filtered list holds more than `limit` persons: at most `limit` + 1 rows read, not all counted. */
  private async morePersonsThan(caller: Caller, args: PersonsFilter, limit: number): Promise<boolean> {
    const [sql, parameters] = (await this.persons.query(caller, args)).query
      .select('1')
      .limit(limit + 1)
      .getQueryAndParameters();
    const [{ found }] = await this.dataSource.query(`SELECT count(*)::int AS found FROM (${sql}) AS page`, parameters);
    return found > limit;
  }

  async exportOrganizations(caller: Caller, filter: ListOrganizationsOptions): Promise<ExportFile> {
    const { query: list, sort } = await this.organizations.query(caller, filter);
    const query = list
      .leftJoin(Organization, 'parent', 'parent.id = o.parent_id')
      .select(['o.name AS name', 'o.short_name AS short_name', 'o.kind AS kind', 'parent.name AS parent_name'])
      .addSelect(['o.credit_code AS credit_code', 'o.address AS address', 'o.contact_person AS contact_person'])
      .addSelect(['o.contact_phone AS contact_phone', 'o.status AS status'])
      .orderBy(sort.column)
      .addOrderBy(sort.id);
    const { content, rowCount } = await writeXlsxStream<UnitRow>(
      '单位名录',
      [
        { header: OC.name, width: 32, value: (o) => o.name },
        { header: OC.shortName, value: (o) => o.short_name },
        { header: OC.kind, value: (o) => organizationKindLabels[o.kind] },
        { header: OC.parentId, width: 28, value: (o) => o.parent_name ?? '' },
        { header: OC.creditCode, width: 22, value: (o) => o.credit_code },
        { header: OC.address, width: 30, value: (o) => o.address },
        { header: OC.contactPerson, value: (o) => o.contact_person },
        { header: OC.contactPhone, value: (o) => o.contact_phone },
        { header: '状态', value: (o) => organizationStatusLabels[o.status] },
      ],
      cursorRows<UnitRow>(this.dataSource, query),
      MAX_EXPORT_ROWS,
    );
    return xlsxFile('单位名录', content, rowCount);
  }

  /** Personal data stays masked in an export, as on screen. */
  async exportPersons(caller: Caller, args: PersonsFilter): Promise<ExportFile> {
    const { content, rowCount } = await this.personsXlsx(caller, args);
    return xlsxFile(PERSONS_TITLE, content, rowCount);
  }

  /**
   * The persons' .xlsx. With `onProgress` (a job) each row also carries how many the statement found
   * (a window count over the same scan, not a second statement), reported every second or so.
   */
  private async personsXlsx(caller: Caller, args: PersonsFilter, onProgress?: ExportProgress) {
    const { query: list, sort } = await this.persons.query(caller, args);
    const query = list
      .leftJoin(Organization, 'employer', 'employer.id = p.employer_id')
      .leftJoin(Organization, 'community', 'community.id = p.community_id')
      .select(['p.name AS name', 'p.gender AS gender', 'p.id_number AS id_number', 'p.phone AS phone'])
      .addSelect(['p.home_province AS home_province', 'p.home_city AS home_city', 'employer.name AS employer_name'])
      .addSelect(['community.name AS community_name', `to_char(p.arrival_date, 'YYYY-MM-DD') AS arrival_date`])
      .addSelect(['p.skills AS skills', 'p.trainings AS trainings'])
      .orderBy(sort.column)
      .addOrderBy(sort.id);
    if (onProgress) query.addSelect('count(*) OVER ()::int', 'total');
    const rows = cursorRows<PersonRow>(this.dataSource, query);
    return writeXlsxStream<PersonRow>(
      '外来务工人员',
      [
        { header: PC.name, value: (p) => p.name },
        { header: PC.gender, value: (p) => genderLabels[p.gender] },
        { header: PC.idNumber, width: 22, value: (p) => maskIdNumber(p.id_number) },
        { header: PC.phone, width: 16, value: (p) => (p.phone ? maskPhone(p.phone) : null) },
        { header: PC.homeProvince, value: (p) => p.home_province },
        { header: PC.homeCity, value: (p) => p.home_city },
        { header: PC.employerId, width: 28, value: (p) => p.employer_name ?? '' },
        { header: PC.communityId, width: 20, value: (p) => p.community_name ?? '' },
        { header: PC.arrivalDate, value: (p) => p.arrival_date },
        { header: PC.skills, value: (p) => p.skills.join('、') },
        { header: PC.trainings, width: 28, value: (p) => p.trainings.join('、') },
      ],
      onProgress ? reporting(rows, onProgress) : rows,
      MAX_EXPORT_ROWS,
    );
  }
}

/**
 * Rows handed on as they are read, reporting how far the reading got at most once per
 * PROGRESS_INTERVAL_MS: each report is a write to the job's row, which the export waits on.
 */
async function* reporting(rows: AsyncIterable<PersonRow>, report: ExportProgress): AsyncIterable<PersonRow> {
  let done = 0;
  let reported = performance.now();
  for await (const row of rows) {
    yield row;
    done++;
    if (performance.now() - reported >= PROGRESS_INTERVAL_MS) {
      await report(done, row.total ?? 0);
      reported = performance.now();
    }
  }
}
