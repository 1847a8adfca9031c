import {
  AssignmentStatus,
  daysBetween,
  IndicatorKind,
  isPeriod,
  periodOf,
  type ReportPeriod,
  ReportStatus,
  TrafficLight,
} from '@ronghe/types';

/** What an indicator asks for. */
export interface IndicatorTarget {
  kind: IndicatorKind;
  target: number | null;
  checklistItems: string[];
  deadline: string | null;
}

/** The latest value a unit reported for an indicator (from a report not returned), and the one before. */
export interface IndicatorReading {
  value: number | null;
  checkedItems: string[];
  previousValue: number | null;
}

export interface IndicatorEvaluation {
  met: boolean;
  /** How far towards the target, 0 to 1. */
  progress: number;
  /** A rate that must rise fell since the previous report. */
  falling: boolean;
}

const ratio = (value: number, target: number) => (target > 0 ? Math.max(0, Math.min(1, value / target)) : value >= target ? 1 : 0);

/** Is an indicator met by what was reported? Nothing reported means not met. */
export function evaluateIndicator(indicator: IndicatorTarget, reading: IndicatorReading | null): IndicatorEvaluation {
  if (indicator.kind === IndicatorKind.CHECKLIST) {
    const done = indicator.checklistItems.filter((item) => reading?.checkedItems.includes(item)).length;
    const total = indicator.checklistItems.length;
    return { met: total > 0 && done === total, progress: total > 0 ? done / total : 0, falling: false };
  }
  const value = reading?.value;
  const target = indicator.target ?? 0;
  if (value == null) return { met: false, progress: 0, falling: false };
  const falling = indicator.kind === IndicatorKind.RISING_RATE && reading!.previousValue != null && value < reading!.previousValue;
  return { met: value >= target && !falling, progress: ratio(value, target), falling };
}

export interface StatusInput {
  /** Today in Beijing, `YYYY-MM-DD`. */
  today: string;
  deadline: string | null;
  /** Days before the deadline from which unmet indicators put the assignment at risk. */
  riskWindowDays: number;
  indicators: { target: IndicatorTarget; evaluation: IndicatorEvaluation }[];
  latestReport: { status: ReportStatus; declaresComplete: boolean } | null;
}

/**
 * An assignment's status, computed and never typed by hand:
 * DONE once an accepted latest report shows every indicator met (or, without indicators, declares
 * the work complete); otherwise OVERDUE past the deadline; AT_RISK when the deadline is near and
 * indicators are behind, or an indicator's own deadline passed unmet; else ON_TRACK.
 */
export function assignmentStatus(input: StatusInput): AssignmentStatus {
  const allMet = input.indicators.length > 0 ? input.indicators.every((i) => i.evaluation.met) : !!input.latestReport?.declaresComplete;
  if (input.latestReport?.status === ReportStatus.ACCEPTED && allMet) return AssignmentStatus.DONE;
  if (input.deadline && input.today > input.deadline) return AssignmentStatus.OVERDUE;
  const behind = input.indicators.length > 0 ? input.indicators.some((i) => !i.evaluation.met) : !allMet;
  if (input.deadline && behind && daysBetween(input.today, input.deadline) <= input.riskWindowDays) return AssignmentStatus.AT_RISK;
  const missedOwnDeadline = input.indicators.some((i) => !i.evaluation.met && i.target.deadline && input.today > i.target.deadline);
  if (missedOwnDeadline || input.indicators.some((i) => i.evaluation.falling)) return AssignmentStatus.AT_RISK;
  return AssignmentStatus.ON_TRACK;
}

/**
 * Whether an assignment's stored status can be read instead of computed: DONE does not depend on the
 * date, and any other stored status is current once the deadline refresh has run for today (every
 * write stores the statuses it changes as it commits).
 */
export function storedStatusIsCurrent(stored: AssignmentStatus, refreshedOn: string | null, today: string): boolean {
  return stored === AssignmentStatus.DONE || refreshedOn === today;
}

/** Red when anything is overdue, yellow when anything is at risk, else green. */
export function trafficLight(counts: Record<AssignmentStatus, number>): TrafficLight {
  if (counts.OVERDUE > 0) return TrafficLight.RED;
  if (counts.AT_RISK > 0) return TrafficLight.YELLOW;
  return TrafficLight.GREEN;
}

/** Whether `period` is well formed for the task's reporting cycle and not after the current one. */
export function isReportablePeriod(period: string, kind: ReportPeriod, today: string): boolean {
  return isPeriod(period, kind) && period <= periodOf(today, kind);
}
