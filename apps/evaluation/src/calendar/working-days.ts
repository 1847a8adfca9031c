// The working-day calendar of the publicity period (公示期): weekends are rest days, except the
// adjusted working days (调休上班); public holidays are rest days even on weekdays. Dates are
// calendar dates in Beijing, as 'YYYY-MM-DD'.

export type DayKind = 'HOLIDAY' | 'WORKDAY';

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

/** A real calendar date written as 'YYYY-MM-DD' (not 2026-02-30, which Date would roll over). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = toDate(value);
  return !Number.isNaN(date.getTime()) && toIso(date) === value;
}

export function isWorkingDay(iso: string, overrides: ReadonlyMap<string, DayKind>): boolean {
  const override = overrides.get(iso);
  if (override) return override === 'WORKDAY';
  const weekday = toDate(iso).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The last day of a period of `workingDays` working days that starts on `start` (counted if it is one). */
export function endOfWorkingDays(start: string, workingDays: number, overrides: ReadonlyMap<string, DayKind>): string {
  if (workingDays < 1) throw new Error('a period has at least one working day');
  let day = toDate(start);
  let counted = 0;
  for (let guard = 0; guard < 366; guard++) {
    if (isWorkingDay(toIso(day), overrides)) counted += 1;
    if (counted === workingDays) return toIso(day);
    day = new Date(day.getTime() + 86_400_000);
  }
  throw new Error('no end within a year: check the calendar');
}

/** Today's date in Beijing. */
export function beijingDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
