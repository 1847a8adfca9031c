// The review's arithmetic, free of I/O so every rule can be checked by hand: evaluators' criterion
// scores → a weighted total per evaluator → an aggregate per nomination → a ranking with an explicit
// tie-break chain, and a score sheet that explains each step.
import { DomainError } from '@ronghe/kit';
import { ErrorCode, type TypicalCategory, typicalCategoryLabels } from '@ronghe/types';

export type AggregationMethod = 'MEAN' | 'MEDIAN' | 'TRIMMED_MEAN';

export interface RankingRules {
  method: AggregationMethod;
  /** With TRIMMED_MEAN, the highest and lowest are dropped only when at least this many scores exist. */
  trimMinScores: number;
  /** Rescale each evaluator's totals to the panel's mean and spread, so a strict and a lenient evaluator weigh alike. */
  normalizePerEvaluator: boolean;
  /** Applied in order to nominations with equal aggregates; a tie that survives all of them is shared. */
  tieBreakers: TieBreaker[];
}

export type TieBreaker =
  /** Higher weighted mean on one criterion. */
  | { kind: 'CRITERION'; criterionId: string }
  /** More evaluators gave it their highest mark among the tied. */
  | { kind: 'HIGHEST_SINGLE_TOTAL' }
  /** The nominating unit ranked it higher (推荐顺序). */
  | { kind: 'NOMINATOR_ORDER' };

export interface Criterion {
  id: string;
  weight: number;
  maxScore: number;
  /** The categories it applies to; empty or absent: every category. */
  categories?: readonly string[];
}

export interface Score {
  nominationId: string;
  evaluatorId: string;
  criterionId: string;
  value: number;
}

export interface Candidate {
  nominationId: string;
  /** 推荐顺序 within its unit and category, 1 first. */
  position: number;
  /** Selects the criteria that apply (criteria may differ by category). */
  category?: string;
}

export interface EvaluatorTotal {
  evaluatorId: string;
  /** Weighted total on a 0–100 scale. */
  total: number;
  /** After per-evaluator normalisation, when on. */
  normalized: number;
  dropped: boolean;
}

export interface ScoreSheet {
  nominationId: string;
  evaluators: EvaluatorTotal[];
  /** Weighted mean per criterion over the evaluators, 0–100 scale of that criterion. */
  criterionMeans: Record<string, number>;
  aggregate: number | null;
  rank: number | null;
  /** Others share this rank and the tie-break chain could not separate them: the office decides. */
  tied: boolean;
  /** The tie-breaker that decided this nomination's place against an equal aggregate, if any. */
  decidedBy: TieBreaker['kind'] | null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The criteria that apply to one category, as positions in the review's list, and their total weight. */
interface Rubric {
  criteria: Criterion[];
  positions: number[];
  totalWeight: number;
}

/** A mark as counted: a criterion not marked counts as 0. */
const markOf = (values: readonly number[], at: number) => {
  const v = values[at];
  return v === undefined || Number.isNaN(v) ? 0 : v;
};

/** Weighted total of one evaluator's marks (their row of `values`, criteria in the review's order) for one nomination, 0–100. */
function weightedTotal(rubric: Rubric, values: readonly number[], offset: number): number {
  let sum = 0;
  rubric.criteria.forEach((criterion, i) => {
    sum += (markOf(values, offset + rubric.positions[i]!) / criterion.maxScore) * criterion.weight;
  });
  return (sum / rubric.totalWeight) * 100;
}

/** Mean, median, or trimmed mean (去掉一个最高分和一个最低分) of a list; indexes dropped by trimming returned too. */
export function aggregate(values: number[], method: AggregationMethod, trimMinScores: number): { value: number | null; dropped: number[] } {
  if (values.length === 0) return { value: null, dropped: [] };
  if (method === 'MEDIAN') {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return { value: sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2, dropped: [] };
  }
  if (method === 'TRIMMED_MEAN' && values.length >= Math.max(3, trimMinScores)) {
    let hi = 0;
    let lo = 0;
    values.forEach((v, i) => {
      if (v > values[hi]!) hi = i;
      if (v < values[lo]!) lo = i;
    });
    if (hi === lo) lo = hi === 0 ? 1 : 0;
    const kept = values.filter((_, i) => i !== hi && i !== lo);
    return { value: kept.reduce((a, b) => a + b, 0) / kept.length, dropped: [hi, lo] };
  }
  return { value: values.reduce((a, b) => a + b, 0) / values.length, dropped: [] };
}

/**
 * One nomination's marks: the evaluators in the order they count, and their marks as one flat list,
 * evaluator by evaluator, each evaluator's row holding one entry per criterion of the review in its
 * order (NaN: not marked). Plain arrays, not maps: a province's review holds a million marks.
 */
export interface NominationMarks {
  evaluators: string[];
  values: number[];
}

/** Each nomination's marks, by nomination id. */
export type Marks = Map<string, NominationMarks>;

/** Groups a flat list of scores into marks, keeping the order evaluators come in. */
export function groupScores(scores: Iterable<Score>, criteriaList: readonly Criterion[]): Marks {
  const width = criteriaList.length;
  const position = new Map(criteriaList.map((c, i) => [c.id, i]));
  const marks: Marks = new Map();
  for (const s of scores) {
    let own = marks.get(s.nominationId);
    if (!own) {
      own = { evaluators: [], values: [] };
      marks.set(s.nominationId, own);
    }
    let row = own.evaluators.indexOf(s.evaluatorId);
    if (row < 0) {
      row = own.evaluators.push(s.evaluatorId) - 1;
      for (let i = 0; i < width; i++) own.values.push(Number.NaN);
    }
    const at = position.get(s.criterionId);
    if (at !== undefined) own.values[row * width + at] = s.value;
  }
  return marks;
}

/** Scores every candidate, ranks them (1 = best, shared ranks for unbroken ties) and explains each. */
export function rankNominations(candidates: Candidate[], criteriaList: Criterion[], scores: Score[], rules: RankingRules): ScoreSheet[] {
  return rankMarks(candidates, criteriaList, groupScores(scores, criteriaList), rules);
}

/** As rankNominations, on marks already grouped (how the service streams them from the database). */
export function rankMarks(candidates: Candidate[], criteriaList: Criterion[], byNomination: Marks, rules: RankingRules): ScoreSheet[] {
  // Each category's rubric: the criteria that apply to it, and their total weight.
  const width = criteriaList.length;
  const rubricCache = new Map<string, Rubric>();
  const rubricOf = (category: string | undefined) => {
    const key = category ?? '';
    let rubric = rubricCache.get(key);
    if (!rubric) {
      const positions = criteriaList.flatMap((c, i) =>
        !c.categories?.length || (category !== undefined && c.categories.includes(category)) ? [i] : [],
      );
      const criteria = positions.map((i) => criteriaList[i]!);
      rubric = { criteria, positions, totalWeight: criteria.reduce((sum, c) => sum + c.weight, 0) };
      if (rubric.totalWeight <= 0) {
        // The office limited every criterion to other categories: this one cannot be scored.
        const label = typicalCategoryLabels[key as TypicalCategory] ?? (key || '未分类');
        throw new DomainError(ErrorCode.RUBRIC_INCOMPLETE, `评分细则中没有适用于「${label}」类的评分项,请先补充评分细则`, {
          category: key || null,
        });
      }
      rubricCache.set(key, rubric);
    }
    return rubric;
  };

  const none: NominationMarks = { evaluators: [], values: [] };
  const totals: EvaluatorTotal[][] = candidates.map(({ nominationId, category }) => {
    const { evaluators, values } = byNomination.get(nominationId) ?? none;
    const rubric = rubricOf(category);
    return evaluators.map((evaluatorId, row) => {
      const total = weightedTotal(rubric, values, row * width);
      return { evaluatorId, total, normalized: total, dropped: false };
    });
  });
  if (rules.normalizePerEvaluator) normalize(totals.flat());

  const sheets = new Map<string, ScoreSheet>();
  candidates.forEach(({ nominationId, category }, k) => {
    const rubric = rubricOf(category);
    const evaluators = totals[k]!;
    const { value, dropped } = aggregate(
      evaluators.map((e) => e.normalized),
      rules.method,
      rules.trimMinScores,
    );
    for (const i of dropped) evaluators[i]!.dropped = true;
    // Counted, so rounded for the sheet in place: a copy each would be 250,000 more objects.
    for (const e of evaluators) {
      e.total = round(e.total);
      e.normalized = round(e.normalized);
    }
    const criterionMeans: Record<string, number> = {};
    const { values } = byNomination.get(nominationId) ?? none;
    rubric.criteria.forEach((criterion, i) => {
      let sum = 0;
      for (let row = 0; row < evaluators.length; row++)
        sum += (markOf(values, row * width + rubric.positions[i]!) / criterion.maxScore) * 100;
      criterionMeans[criterion.id] = evaluators.length ? round(sum / evaluators.length) : 0;
    });
    sheets.set(nominationId, {
      nominationId,
      evaluators,
      criterionMeans,
      aggregate: value === null ? null : round(value),
      rank: null,
      tied: false,
      decidedBy: null,
    });
  });

  const position = new Map(candidates.map((c) => [c.nominationId, c.position]));
  const scored = [...sheets.values()].filter((s) => s.aggregate !== null);
  // The highest single total, once per sheet rather than once per comparison.
  const highest = new Map(scored.map((s) => [s, Math.max(...s.evaluators.map((e) => e.normalized))]));
  const decider = (a: ScoreSheet, b: ScoreSheet): { order: number; by: TieBreaker['kind'] | null } => {
    if (a.aggregate !== b.aggregate) return { order: b.aggregate! - a.aggregate!, by: null };
    for (const breaker of rules.tieBreakers) {
      const order = breakTie(breaker, a, b, position, highest);
      if (order !== 0) return { order, by: breaker.kind };
    }
    return { order: 0, by: null };
  };
  const compare = (a: ScoreSheet, b: ScoreSheet) => (a.aggregate !== b.aggregate ? b.aggregate! - a.aggregate! : decider(a, b).order);
  const byId = new Intl.Collator().compare;
  scored.sort((a, b) => compare(a, b) || byId(a.nominationId, b.nominationId));
  // Standard competition ranking: an unbroken tie shares a rank and skips the places it fills.
  scored.forEach((sheet, i) => {
    const previous = scored[i - 1];
    if (previous) {
      const { order, by } = decider(previous, sheet);
      if (order === 0) {
        sheet.rank = previous.rank;
        sheet.tied = previous.tied = true;
        return;
      }
      if (by) sheet.decidedBy = previous.decidedBy = by;
    }
    sheet.rank = i + 1;
  });
  return candidates.map((c) => sheets.get(c.nominationId)!);
}

function breakTie(
  breaker: TieBreaker,
  a: ScoreSheet,
  b: ScoreSheet,
  position: Map<string, number>,
  highest: Map<ScoreSheet, number>,
): number {
  switch (breaker.kind) {
    case 'CRITERION':
      return (b.criterionMeans[breaker.criterionId] ?? 0) - (a.criterionMeans[breaker.criterionId] ?? 0);
    case 'HIGHEST_SINGLE_TOTAL':
      return highest.get(b)! - highest.get(a)!;
    case 'NOMINATOR_ORDER':
      return (position.get(a.nominationId) ?? Infinity) - (position.get(b.nominationId) ?? Infinity);
  }
}

/** Maps each evaluator's totals onto the panel's mean and standard deviation. */
function normalize(all: EvaluatorTotal[]) {
  if (all.length === 0) return;
  const stats = (xs: number[]) => {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
    return { mean, sd };
  };
  const panel = stats(all.map((e) => e.total));
  const byEvaluator = new Map<string, EvaluatorTotal[]>();
  for (const e of all) {
    const list = byEvaluator.get(e.evaluatorId);
    if (list) list.push(e);
    else byEvaluator.set(e.evaluatorId, [e]);
  }
  for (const entries of byEvaluator.values()) {
    const own = stats(entries.map((e) => e.total));
    for (const e of entries) {
      e.normalized = own.sd > 0 ? panel.mean + ((e.total - own.mean) / own.sd) * panel.sd : panel.mean + (e.total - own.mean);
    }
  }
}
