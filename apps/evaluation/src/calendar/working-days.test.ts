import { describe, expect, it } from 'vitest';
import { type DayKind, endOfWorkingDays, isWorkingDay } from './working-days.js';

// 2025 National Day: 1–8 October off; Sunday 28 September and Saturday 11 October worked (调休).
const national2025 = new Map<string, DayKind>([
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => [`2025-10-${d}`, 'HOLIDAY'] as [string, DayKind]),
  ['2025-09-28', 'WORKDAY'],
  ['2025-10-11', 'WORKDAY'],
]);

describe('working-day calendar', () => {
  it('knows weekends, holidays and adjusted working days', () => {
    expect(isWorkingDay('2025-09-26', national2025)).toBe(true); // Friday
    expect(isWorkingDay('2025-09-27', national2025)).toBe(false); // Saturday
    expect(isWorkingDay('2025-09-28', national2025)).toBe(true); // Sunday, worked
    expect(isWorkingDay('2025-10-01', national2025)).toBe(false); // Wednesday, holiday
  });

  it('counts five working days of publicity across a week-end', () => {
    // Thursday 2025-09-04: Thu, Fri, (Sat, Sun), Mon, Tue, Wed → ends Wednesday the 10th.
    expect(endOfWorkingDays('2025-09-04', 5, new Map())).toBe('2025-09-10');
  });

  it('counts across the National Day holiday and its adjusted days', () => {
    // Fri 26 Sep, (Sat 27), Sun 28 worked, Mon 29, Tue 30, holidays 1–8 Oct, Thu 9 → 5th working day.
    expect(endOfWorkingDays('2025-09-26', 5, national2025)).toBe('2025-10-09');
    // From the holiday itself: Thu 9, Fri 10, Sat 11 worked, (Sun 12), Mon 13, Tue 14.
    expect(endOfWorkingDays('2025-10-03', 5, national2025)).toBe('2025-10-14');
  });
});
