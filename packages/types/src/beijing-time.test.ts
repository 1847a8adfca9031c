import { describe, expect, it } from 'vitest';
import {
  addDays,
  beijingDate,
  beijingMinute,
  daysBetween,
  endOfBeijingDay,
  isIsoDate,
  isPeriod,
  parseIsoDate,
  periodEnd,
  periodLabel,
  periodOf,
  periodStart,
  previousPeriod,
  recentPeriods,
  startOfBeijingDay,
  weekday,
} from './beijing-time.js';

describe('Beijing calendar dates', () => {
  it('turns at midnight in Beijing (16:00 UTC), not in UTC', () => {
    expect(beijingDate(new Date('2026-11-28T15:59:59.999Z'))).toBe('2026-11-28');
    expect(beijingDate(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });

  it('shows the minute of an act in Beijing time', () => {
    expect(beijingMinute(new Date('2026-11-28T16:05:59Z'))).toBe('2026-11-29 00:05');
  });

  it('starts a month and a quarter at Beijing midnight', () => {
    // 2026-09-30 16:00 UTC is 2026-10-01 00:00 in Beijing: Q4 and October begin.
    const instant = new Date('2026-09-30T16:00:00Z');
    expect(periodOf(beijingDate(instant), 'MONTHLY')).toBe('2026-10');
    expect(periodOf(beijingDate(instant), 'QUARTERLY')).toBe('2026-Q4');
    const before = new Date('2026-09-30T15:59:59Z');
    expect(periodOf(beijingDate(before), 'MONTHLY')).toBe('2026-09');
    expect(periodOf(beijingDate(before), 'QUARTERLY')).toBe('2026-Q3');
    // New year in Beijing while it is still 31 December in UTC.
    expect(periodOf(beijingDate(new Date('2026-12-31T16:00:00Z')), 'QUARTERLY')).toBe('2027-Q1');
  });

  it('gives the instants a Beijing day starts and ends', () => {
    expect(startOfBeijingDay('2026-07-01').toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(endOfBeijingDay('2026-07-31').toISOString()).toBe('2026-07-31T16:00:00.000Z');
  });

  it('adds days across month ends and the leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(weekday('2026-12-01')).toBe(2);
  });

  it('refuses impossible dates rather than rolling them over', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('9999-99-99')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isIsoDate('2026-01-05T00:00:00Z')).toBe(false);
    expect(parseIsoDate('2026-12-31')).toBe('2026-12-31');
    expect(parseIsoDate('2026-13-01')).toBeNull();
  });
});

describe('report periods', () => {
  it('names the period of a date and its neighbours', () => {
    expect(periodOf('2026-11-28', 'MONTHLY')).toBe('2026-11');
    expect(periodOf('2026-11-28', 'QUARTERLY')).toBe('2026-Q4');
    expect(previousPeriod('2026-01-05', 'MONTHLY')).toBe('2025-12');
    expect(previousPeriod('2026-02-05', 'QUARTERLY')).toBe('2025-Q4');
    expect(recentPeriods('2026-02-10', 'MONTHLY', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(recentPeriods('2026-04-01', 'QUARTERLY', 3)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4']);
  });

  it('bounds a period, February of a leap year included', () => {
    expect(periodStart('2026-Q4')).toBe('2026-10-01');
    expect(periodEnd('2026-Q4')).toBe('2026-12-31');
    expect(periodStart('2026-02')).toBe('2026-02-01');
    expect(periodEnd('2026-02')).toBe('2026-02-28');
    expect(periodEnd('2028-02')).toBe('2028-02-29');
    expect(periodEnd('2028-Q1')).toBe('2028-03-31');
  });

  it('checks the form of a period and labels it for people', () => {
    expect(isPeriod('2026-12', 'MONTHLY')).toBe(true);
    expect(isPeriod('2026-13', 'MONTHLY')).toBe(false);
    expect(isPeriod('2026-Q4', 'MONTHLY')).toBe(false);
    expect(isPeriod('2026-Q5', 'QUARTERLY')).toBe(false);
    expect(periodLabel('2026-11')).toBe('2026年11月');
    expect(periodLabel('2026-Q4')).toBe('2026年第四季度');
  });
});
