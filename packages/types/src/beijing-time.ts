// Beijing calendar dates and report periods, written once for the subgraphs and the browser.
// Dates are `YYYY-MM-DD` strings of the Beijing calendar. China keeps UTC+8 all year (no summer
// time), so plain arithmetic is exact, and far faster than Intl over thousands of rows.

import type { ReportPeriod } from './enums.js';

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** A `YYYY-MM-DD` date of the Beijing calendar. */
export type IsoDate = string;

/** The reporting cycle of a task, as the enum or its GraphQL value. */
export type ReportPeriodKind = ReportPeriod | `${ReportPeriod}`;

const utcMidnight = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);
const isoOfUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** The date in Beijing of an instant: deadlines and periods are calendar days there. */
export function beijingDate(at: Date): IsoDate {
  return isoOfUtc(at.getTime() + BEIJING_OFFSET_MS);
}

/** An instant as people in the district read it, `YYYY-MM-DD HH:mm` Beijing time (whatever the browser's zone). */
export function beijingMinute(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant a Beijing day starts (00:00 Beijing time). */
export function startOfBeijingDay(date: IsoDate): Date {
  return new Date(utcMidnight(date) - BEIJING_OFFSET_MS);
}

/** The instant a Beijing day ends: the start of the next day (exclusive). */
export function endOfBeijingDay(date: IsoDate): Date {
  return new Date(utcMidnight(date) - BEIJING_OFFSET_MS + DAY_MS);
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOfUtc(utcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Day of the week of a date: 0 Sunday … 6 Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

/** A real calendar date written as `YYYY-MM-DD`: not 2026-02-30 or 9999-99-99, which Date would roll over or refuse. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = utcMidnight(value);
  return !Number.isNaN(ms) && isoOfUtc(ms) === value;
}

/** The date if it is a real `YYYY-MM-DD` calendar date, else null. */
export function parseIsoDate(value: string): IsoDate | null {
  return isIsoDate(value) ? value : null;
}

/** The period a report on `date` covers: `2026-11` monthly, `2026-Q4` quarterly. */
export function periodOf(date: IsoDate, kind: ReportPeriodKind): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return kind === 'MONTHLY' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** Whether `period` is a well-formed period of that kind (`2026-11`, `2026-Q4`). */
export function isPeriod(period: string, kind: ReportPeriodKind): boolean {
  return (kind === 'MONTHLY' ? /^\d{4}-(0[1-9]|1[0-2])$/ : /^\d{4}-Q[1-4]$/).test(period);
}

/** The first day of a period. */
export function periodStart(period: string): IsoDate {
  const year = Number(period.slice(0, 4));
  const firstMonth = period.includes('Q') ? Number(period.slice(6)) * 3 - 2 : Number(period.slice(5, 7));
  return isoOfUtc(Date.UTC(year, firstMonth - 1, 1));
}

/** The last day of a period. */
export function periodEnd(period: string): IsoDate {
  const year = Number(period.slice(0, 4));
  const lastMonth = period.includes('Q') ? Number(period.slice(6)) * 3 : Number(period.slice(5, 7));
  return isoOfUtc(Date.UTC(year, lastMonth, 0));
}

/** The period `steps` periods before `period` (after it when negative). */
export function shiftPeriod(period: string, steps: number): string {
  const year = Number(period.slice(0, 4));
  if (period.includes('Q')) {
    const index = year * 4 + Number(period.slice(6)) - 1 - steps;
    return `${Math.floor(index / 4)}-Q${(((index % 4) + 4) % 4) + 1}`;
  }
  const index = year * 12 + Number(period.slice(5, 7)) - 1 - steps;
  return `${Math.floor(index / 12)}-${String((((index % 12) + 12) % 12) + 1).padStart(2, '0')}`;
}

/** The period before the one `date` falls in: the last one a unit should have reported by then. */
export function previousPeriod(date: IsoDate, kind: ReportPeriodKind): string {
  return shiftPeriod(periodOf(date, kind), 1);
}

/** The period `date` falls in and the `count - 1` before it, newest first. */
export function recentPeriods(date: IsoDate, kind: ReportPeriodKind, count: number): string[] {
  const current = periodOf(date, kind);
  return Array.from({ length: count }, (_, i) => shiftPeriod(current, i));
}

/** A period for people: 2026年11月, 2026年第四季度. */
export function periodLabel(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}年第${'一二三四'[Number(quarter[2]) - 1]}季度`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? `${month[1]}年${Number(month[2])}月` : period;
}
