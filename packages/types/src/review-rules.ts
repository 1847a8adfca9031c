/**
 * 汇总方式与专家人数: a trimmed mean (去掉一个最高分和一个最低分) only trims when a nomination has
 * at least `trimMinScores` marks (and never fewer than 3). A panel smaller than that would quietly
 * turn it into a plain mean, so the combination is refused by the evaluation subgraph and warned
 * about in the admin's forms, both from here.
 */
export function aggregationPanelProblem(rules: { method: string; trimMinScores: number }, evaluatorsPerNomination: number): string | null {
  if (rules.method !== 'TRIMMED_MEAN') return null;
  const needed = Math.max(3, rules.trimMinScores);
  if (evaluatorsPerNomination >= needed) return null;
  return `“去掉一个最高分和一个最低分”至少需要 ${needed} 份评分,而每个推荐只分配 ${evaluatorsPerNomination} 名专家,实际会按平均分计算;请把每个推荐的专家人数设为不少于 ${needed} 名,或改用平均分、中位数`;
}

/** The marks a trimmed mean needs by default: five, so one highest and one lowest leave three. */
export const DEFAULT_TRIM_MIN_SCORES = 5;

/** The default aggregation for a panel size: the trimmed mean where the panel is large enough for it, the plain mean otherwise. */
export function defaultAggregation(evaluatorsPerNomination: number): { method: 'TRIMMED_MEAN' | 'MEAN'; trimMinScores: number } {
  return {
    method: evaluatorsPerNomination >= DEFAULT_TRIM_MIN_SCORES ? 'TRIMMED_MEAN' : 'MEAN',
    trimMinScores: DEFAULT_TRIM_MIN_SCORES,
  };
}

/** The notice names the two commending agencies (联合表彰单位) of every year; another pair can be chosen per review. */
export const DEFAULT_COMMENDING_AGENCIES = ['区人力资源和社会保障局', '区人口和计划生育委员会'];
