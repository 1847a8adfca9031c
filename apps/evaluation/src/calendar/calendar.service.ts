import { type Caller, type Connection, DomainError, type PageArgs, paginate, recordAct, requirePermission, stableId } from '@ronghe/kit';
import type { Clock } from '@ronghe/kit/clock';
import { ErrorCode } from '@ronghe/types';
import { Between, type DataSource, type EntityManager, In } from 'typeorm';
import { CalendarDay, CalendarYear } from './calendar.entity.js';
import { type DayKind, endOfWorkingDays, isIsoDate } from './working-days.js';

// The calendar is one record: its changes share one subject id in the audit view.
const CALENDAR_ID = stableId('calendar', 'working-days');

type DayInput = { day: string; kind: DayKind; note?: string | null };

export interface CalendarImport {
  year: number;
  documentNumber: string;
  title: string;
  issuedOn: string;
  source: string;
  days: DayInput[];
}

/** The holidays and adjusted working days the publicity period is counted on, year by year. */
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Sets single days (the office correcting or adding one), keeping every other day as it is. */
  async setDays(caller: Caller, days: DayInput[]): Promise<number> {
    requirePermission(caller.identity, 'commendation.manage');
    checkDays(days);
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(CalendarDay).upsert(
        days.map((d) => ({ ...d, note: d.note?.trim() || null })),
        ['day'],
      );
      await recordAct(tx, caller.identity, { action: 'calendar.set', subjectType: 'Calendar', subjectId: CALENDAR_ID, detail: { days } });
    });
    return days.length;
  }

  /** Removes declared days, which become ordinary weekdays or weekends again. */
  async removeDays(caller: Caller, days: string[]): Promise<number> {
    requirePermission(caller.identity, 'commendation.manage');
    for (const day of days) if (!isIsoDate(day)) throw badDay(day);
    if (days.length === 0) return 0;
    return this.dataSource.transaction(async (tx) => {
      const removed = (await tx.getRepository(CalendarDay).delete({ day: In(days) })).affected ?? 0;
      await recordAct(tx, caller.identity, {
        action: 'calendar.delete',
        subjectType: 'Calendar',
        subjectId: CALENDAR_ID,
        detail: { days },
      });
      return removed;
    });
  }

  /**
   * The yearly import of a State Council notice: the year's days are replaced by the notice's, and the
   * notice (文号, title, date, source) is kept with who imported it. All or nothing.
   */
  async importYear(caller: Caller, input: CalendarImport): Promise<CalendarYear> {
    const identity = requirePermission(caller.identity, 'commendation.manage');
    checkYear(input.year);
    for (const [field, value] of [
      ['documentNumber', input.documentNumber],
      ['title', input.title],
      ['source', input.source],
    ] as const) {
      if (!value.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写通知的文号、标题和来源', { field });
    }
    if (!isIsoDate(input.issuedOn))
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `成文日期应为 YYYY-MM-DD: ${input.issuedOn}`, { field: 'issuedOn' });
    checkDays(input.days);
    const outside = input.days.find((d) => !d.day.startsWith(`${input.year}-`));
    if (outside)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${outside.day} 不在 ${input.year} 年内`, { field: 'day', day: outside.day });
    return this.dataSource.transaction(async (tx) => {
      const row: CalendarYear = {
        year: input.year,
        documentNumber: input.documentNumber.trim(),
        title: input.title.trim(),
        issuedOn: input.issuedOn,
        source: input.source.trim(),
        importedAt: this.clock(),
        importedBy: identity.username,
      };
      await tx.getRepository(CalendarYear).upsert(row, ['year']);
      await tx.getRepository(CalendarDay).delete({ day: Between(`${input.year}-01-01`, `${input.year}-12-31`) });
      if (input.days.length)
        await tx.getRepository(CalendarDay).insert(input.days.map((d) => ({ day: d.day, kind: d.kind, note: d.note?.trim() || null })));
      await recordAct(tx, identity, {
        action: 'calendar.import',
        subjectType: 'Calendar',
        subjectId: CALENDAR_ID,
        detail: { year: input.year, documentNumber: row.documentNumber, days: input.days.length },
      });
      return tx.getRepository(CalendarYear).findOneByOrFail({ year: input.year });
    });
  }

  /** The years with an arrangement, newest first. */
  years(page: Partial<PageArgs>): Promise<Connection<CalendarYear>> {
    return paginate(this.dataSource.getRepository(CalendarYear).createQueryBuilder('y'), page, {
      column: "lpad(y.year::text, 4, '0')",
      id: "lpad(y.year::text, 4, '0')",
      key: (y) => [String(y.year).padStart(4, '0'), String(y.year).padStart(4, '0')],
      descending: true,
    });
  }

  /** The declared days of one year, in date order (at most 366). */
  daysOf(year: number): Promise<CalendarDay[]> {
    checkYear(year);
    return this.dataSource
      .getRepository(CalendarDay)
      .find({ where: { day: Between(`${year}-01-01`, `${year}-12-31`) }, order: { day: 'ASC' } });
  }

  /**
   * The last day of a period of `workingDays` working days from `start`, refused when the period
   * would run into a year whose holiday arrangement is not known (its end cannot be trusted).
   */
  async endOfPeriod(start: string, workingDays: number, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const overrides = new Map((await manager.getRepository(CalendarDay).find()).map((d) => [d.day, d.kind]));
    const known = new Set((await manager.getRepository(CalendarYear).find({ select: { year: true } })).map((y) => y.year));
    const end = endOfWorkingDays(start, workingDays, overrides);
    for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
      if (!known.has(year))
        throw new DomainError(
          ErrorCode.CALENDAR_MISSING,
          `${year} 年的节假日安排尚未导入,无法按工作日计算公示期;请先在「节假日日历」导入国务院办公厅的放假通知`,
          { year },
        );
    }
    return end;
  }
}

/** The years a holiday arrangement can be kept for: outside them a date is not one PostgreSQL reads as meant. */
function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `年度无效: ${year}(应在 2000 至 2100 之间)`, { field: 'year' });
}

const badDay = (day: string) => new DomainError(ErrorCode.BAD_USER_INPUT, `日期格式应为 YYYY-MM-DD: ${day}`, { field: 'day', day });

function checkDays(days: DayInput[]): void {
  const seen = new Set<string>();
  for (const d of days) {
    if (!isIsoDate(d.day)) throw badDay(d.day);
    if (d.kind !== 'HOLIDAY' && d.kind !== 'WORKDAY')
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${d.day} 的类型应为 HOLIDAY(放假)或 WORKDAY(调休上班)`, {
        field: 'kind',
        day: d.day,
      });
    if (seen.has(d.day))
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${d.day} 重复出现,每天只能设置一次`, { field: 'day', day: d.day });
    seen.add(d.day);
  }
}
