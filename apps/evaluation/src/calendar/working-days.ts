// The working-day calendar of the publicity period (公示期): weekends are rest days, except the
// adjusted working days (调休上班); public holidays are rest days even on weekdays. Dates are
// calendar dates in Beijing, as 'YYYY-MM-DD'; their arithmetic is the shared one in @ronghe/types.
import { addDays, weekday } from '@ronghe/types';

export { beijingDate, isIsoDate } from '@ronghe/types';

export type DayKind = 'HOLIDAY' | 'WORKDAY';

export function isWorkingDay(iso: string, overrides: ReadonlyMap<string, DayKind>): boolean {
  const override = overrides.get(iso);
  if (override) return override === 'WORKDAY';
  const day = weekday(iso);
  return day !== 0 && day !== 6;
}

/** The last day of a period of `workingDays` working days that starts on `start` (counted if it is one). */
export function endOfWorkingDays(start: string, workingDays: number, overrides: ReadonlyMap<string, DayKind>): string {
  if (workingDays < 1) throw new Error('a period has at least one working day');
  let day = start;
  let counted = 0;
  for (let guard = 0; guard < 366; guard++) {
    if (isWorkingDay(day, overrides)) counted += 1;
    if (counted === workingDays) return day;
    day = addDays(day, 1);
  }
  throw new Error('no end within a year: check the calendar');
}
