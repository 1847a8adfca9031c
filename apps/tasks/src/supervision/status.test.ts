import { AssignmentStatus, IndicatorKind, ReportPeriod, ReportStatus } from '@ronghe/types';
import { describe, expect, it } from 'vitest';
import { assignmentStatus, evaluateIndicator, isReportablePeriod, trafficLight } from './status.js';

const percentage = { kind: IndicatorKind.PERCENTAGE, target: 100, checklistItems: [], deadline: null };
const count = { kind: IndicatorKind.COUNT, target: 20, checklistItems: [], deadline: null };
const rising = { kind: IndicatorKind.RISING_RATE, target: 90, checklistItems: [], deadline: null };
const sixInPlace = {
  kind: IndicatorKind.CHECKLIST,
  target: null,
  checklistItems: ['机构', '编制', '人员', '经费', '场地', '工作制度'],
  deadline: null,
};
const reading = (value: number | null, previousValue: number | null = null, checkedItems: string[] = []) => ({
  value,
  previousValue,
  checkedItems,
});

describe('indicator evaluation', () => {
  it('meets a percentage or a count only at the target', () => {
    expect(evaluateIndicator(percentage, reading(99.5))).toEqual({ met: false, progress: 0.995, falling: false });
    expect(evaluateIndicator(percentage, reading(100))).toMatchObject({ met: true, progress: 1 });
    expect(evaluateIndicator(count, reading(25))).toMatchObject({ met: true, progress: 1 });
    expect(evaluateIndicator(count, reading(5))).toMatchObject({ met: false, progress: 0.25 });
  });

  it('counts nothing reported as not met', () => {
    expect(evaluateIndicator(count, null)).toEqual({ met: false, progress: 0, falling: false });
    expect(evaluateIndicator(sixInPlace, null)).toEqual({ met: false, progress: 0, falling: false });
  });

  it('flags a rate that must rise when it falls, even above the target', () => {
    expect(evaluateIndicator(rising, reading(93, 95))).toEqual({ met: false, progress: 1, falling: true });
    expect(evaluateIndicator(rising, reading(95, 93))).toEqual({ met: true, progress: 1, falling: false });
    expect(evaluateIndicator(rising, reading(80, 70))).toMatchObject({ met: false, falling: false });
  });

  it('meets a checklist (六到位) only when every item is in place', () => {
    expect(evaluateIndicator(sixInPlace, reading(null, null, ['机构', '编制', '人员', '经费', '场地']))).toMatchObject({
      met: false,
      progress: 5 / 6,
    });
    expect(evaluateIndicator(sixInPlace, reading(null, null, [...sixInPlace.checklistItems, '其他']))).toMatchObject({
      met: true,
      progress: 1,
    });
  });
});

describe('assignment status against the clock', () => {
  const unmet = [{ target: count, evaluation: evaluateIndicator(count, reading(10)) }];
  const met = [{ target: count, evaluation: evaluateIndicator(count, reading(20)) }];
  const base = { deadline: '2026-12-31', riskWindowDays: 30, latestReport: null };

  it('is on track while the deadline is far, at risk when it nears with indicators behind, overdue after it', () => {
    expect(assignmentStatus({ ...base, today: '2026-11-10', indicators: unmet })).toBe(AssignmentStatus.ON_TRACK);
    expect(assignmentStatus({ ...base, today: '2026-12-01', indicators: unmet })).toBe(AssignmentStatus.AT_RISK);
    expect(assignmentStatus({ ...base, today: '2026-12-31', indicators: unmet })).toBe(AssignmentStatus.AT_RISK);
    expect(assignmentStatus({ ...base, today: '2027-01-01', indicators: unmet })).toBe(AssignmentStatus.OVERDUE);
  });

  it('is not at risk near the deadline when the indicators are met, and done once that is accepted', () => {
    const submitted = { status: ReportStatus.SUBMITTED, declaresComplete: false };
    const accepted = { status: ReportStatus.ACCEPTED, declaresComplete: false };
    expect(assignmentStatus({ ...base, today: '2026-12-20', indicators: met, latestReport: submitted })).toBe(AssignmentStatus.ON_TRACK);
    expect(assignmentStatus({ ...base, today: '2026-12-20', indicators: met, latestReport: accepted })).toBe(AssignmentStatus.DONE);
    expect(assignmentStatus({ ...base, today: '2027-03-01', indicators: met, latestReport: accepted })).toBe(AssignmentStatus.DONE);
    expect(assignmentStatus({ ...base, today: '2027-03-01', indicators: met, latestReport: submitted })).toBe(AssignmentStatus.OVERDUE);
  });

  it('without indicators, is done when an accepted report declares the work complete', () => {
    const declared = { status: ReportStatus.ACCEPTED, declaresComplete: true };
    expect(assignmentStatus({ ...base, today: '2026-12-20', indicators: [], latestReport: null })).toBe(AssignmentStatus.AT_RISK);
    expect(assignmentStatus({ ...base, today: '2026-12-20', indicators: [], latestReport: declared })).toBe(AssignmentStatus.DONE);
  });

  it('is at risk when an indicator missed its own deadline or a rising rate fell', () => {
    const early = { ...count, deadline: '2026-10-31' };
    expect(
      assignmentStatus({ ...base, today: '2026-11-10', indicators: [{ target: early, evaluation: evaluateIndicator(early, reading(3)) }] }),
    ).toBe(AssignmentStatus.AT_RISK);
    expect(
      assignmentStatus({
        ...base,
        today: '2026-11-10',
        indicators: [{ target: rising, evaluation: evaluateIndicator(rising, reading(91, 94)) }],
      }),
    ).toBe(AssignmentStatus.AT_RISK);
  });

  it('never runs late without a deadline', () => {
    expect(assignmentStatus({ ...base, deadline: null, today: '2099-01-01', indicators: unmet })).toBe(AssignmentStatus.ON_TRACK);
  });
});

describe('traffic lights and periods', () => {
  it('turns red on anything overdue, yellow on anything at risk', () => {
    expect(trafficLight({ ON_TRACK: 3, AT_RISK: 0, OVERDUE: 0, DONE: 2 })).toBe('GREEN');
    expect(trafficLight({ ON_TRACK: 3, AT_RISK: 1, OVERDUE: 0, DONE: 2 })).toBe('YELLOW');
    expect(trafficLight({ ON_TRACK: 3, AT_RISK: 1, OVERDUE: 1, DONE: 2 })).toBe('RED');
  });

  it('refuses future or malformed periods', () => {
    expect(isReportablePeriod('2026-10', ReportPeriod.MONTHLY, '2026-11-28')).toBe(true);
    expect(isReportablePeriod('2026-11', ReportPeriod.MONTHLY, '2026-11-28')).toBe(true);
    expect(isReportablePeriod('2026-12', ReportPeriod.MONTHLY, '2026-11-28')).toBe(false);
    expect(isReportablePeriod('2026-Q4', ReportPeriod.MONTHLY, '2026-11-28')).toBe(false);
    expect(isReportablePeriod('2026-13', ReportPeriod.MONTHLY, '2026-11-28')).toBe(false);
    expect(isReportablePeriod('2026-Q4', ReportPeriod.QUARTERLY, '2026-11-28')).toBe(true);
  });
});
