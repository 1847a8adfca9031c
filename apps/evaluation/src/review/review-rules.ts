import { registerEnum, MaxCount, MaxLength } from '@ronghe/kit';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ListLimit, TextLimit } from '@ronghe/types';
import type { RankingRules, TieBreaker } from '../ranking/ranking.js';

export enum AggregationMethod {
  MEAN = 'MEAN',
  MEDIAN = 'MEDIAN',
  TRIMMED_MEAN = 'TRIMMED_MEAN',
}
registerEnum('AggregationMethod', {
  values: AggregationMethod,
  description: '汇总方式',
  labels: { MEAN: '平均分', MEDIAN: '中位数', TRIMMED_MEAN: '去掉一个最高分和一个最低分后的平均分' },
});

export enum TieBreakerKind {
  CRITERION = 'CRITERION',
  HIGHEST_SINGLE_TOTAL = 'HIGHEST_SINGLE_TOTAL',
  NOMINATOR_ORDER = 'NOMINATOR_ORDER',
}
registerEnum('TieBreakerKind', {
  values: TieBreakerKind,
  description: '同分时的比较规则',
  labels: {
    CRITERION: '某一评分细则得分高者在前',
    HIGHEST_SINGLE_TOTAL: '单个专家最高分高者在前',
    NOMINATOR_ORDER: '推荐单位排序靠前者在前',
  },
});

@ObjectType('TieBreaker', { description: '同分比较规则' })
@InputType('TieBreakerInput')
export class TieBreakerRule {
  @Field(() => TieBreakerKind)
  kind: TieBreakerKind;

  @Field(() => String, { nullable: true, description: 'kind 为 CRITERION 时的评分细则 id' })
  @MaxLength(TextLimit.SHORT_CODE)
  criterionId?: string | null;
}

@ObjectType({ description: '计分规则' })
@InputType('ReviewRulesInput')
export class ReviewRules {
  @Field(() => AggregationMethod)
  method: AggregationMethod;

  @Field(() => Int, { description: '去掉最高最低分所需的最少评分份数' })
  trimMinScores: number;

  @Field(() => Boolean, { description: '按专家做标准化,消除打分松紧差异' })
  normalizePerEvaluator: boolean;

  @Field(() => [TieBreakerRule], { description: '依次使用的同分比较规则' })
  @MaxCount(ListLimit.ITEMS)
  tieBreakers: TieBreakerRule[];
}

/** The stored rules in the engine's terms. */
export function toRankingRules(rules: ReviewRules): RankingRules {
  return {
    method: rules.method,
    trimMinScores: rules.trimMinScores,
    normalizePerEvaluator: rules.normalizePerEvaluator,
    tieBreakers: rules.tieBreakers.map(
      (t): TieBreaker => (t.kind === TieBreakerKind.CRITERION ? { kind: 'CRITERION', criterionId: t.criterionId ?? '' } : { kind: t.kind }),
    ),
  };
}
