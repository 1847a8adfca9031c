import { type Caller, DomainError, recordAct, requirePermission, stableId } from '@ronghe/kit';
import { ErrorCode } from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { CalendarDay } from './calendar.entity.js';
import { type DayKind, isIsoDate } from './working-days.js';

// The calendar is one record: its changes share one subject id in the audit view.
const CALENDAR_ID = stableId('calendar', 'working-days');

/** The holidays and adjusted working days the publicity period is counted on. */
export class CalendarService {
  constructor(private readonly dataSource: DataSource) {}

  /** Configures the holidays and adjusted working days, per date. */
  async setDays(caller: Caller, days: { day: string; kind: DayKind; note?: string | null }[]): Promise<number> {
    requirePermission(caller.identity, 'commendation.manage');
    const seen = new Set<string>();
    for (const d of days) {
      if (!isIsoDate(d.day))
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `日期格式应为 YYYY-MM-DD: ${d.day}`, { field: 'day', day: d.day });
      if (d.kind !== 'HOLIDAY' && d.kind !== 'WORKDAY')
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `${d.day} 的类型应为 HOLIDAY(放假)或 WORKDAY(调休上班)`, {
          field: 'kind',
          day: d.day,
        });
      if (seen.has(d.day))
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `${d.day} 重复出现,每天只能设置一次`, { field: 'day', day: d.day });
      seen.add(d.day);
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(CalendarDay).upsert(
        days.map((d) => ({ ...d, note: d.note ?? null })),
        ['day'],
      );
      await recordAct(tx, caller.identity, { action: 'calendar.set', subjectType: 'Calendar', subjectId: CALENDAR_ID, detail: { days } });
    });
    return days.length;
  }

  /** Every declared date with its kind, for counting working days. */
  async overrides(): Promise<Map<string, DayKind>> {
    return new Map((await this.dataSource.getRepository(CalendarDay).find()).map((d) => [d.day, d.kind]));
  }
}
