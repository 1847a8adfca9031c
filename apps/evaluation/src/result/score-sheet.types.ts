import { ResultOutcome, TypicalCategory } from '@ronghe/types';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Nomination } from '../nomination/nomination.stub.js';

@ObjectType({ description: '评分表中的一项评分细则' })
export class ScoreSheetCriterion {
  @Field(() => ID) id: string;
  @Field(() => String, { description: '名称' }) name: string;
  @Field(() => Float, { description: '权重' }) weight: number;
  @Field(() => Float, { description: '满分' }) maxScore: number;
}

@ObjectType({ description: '一位专家对一项细则的打分' })
export class ScoreSheetMark {
  @Field(() => ID) criterionId: string;
  @Field(() => Float, { nullable: true, description: '分数;未打分为空' }) value: number | null;
}

@ObjectType({ description: '评分表中一位评审专家的打分' })
export class ScoreSheetEvaluator {
  @Field(() => ID) accountId: string;
  @Field(() => String, { description: '专家姓名' }) name: string;
  @Field(() => String, { nullable: true, description: '专家所在单位' }) unit: string | null;
  @Field(() => [ScoreSheetMark], { description: '各项细则的分数,顺序同 criteria' }) marks: ScoreSheetMark[];
  @Field(() => Float, { nullable: true, description: '加权合计(百分制)' }) total: number | null;
  @Field(() => Float, { nullable: true, description: '标准化后的合计(按专家标准化时)' }) normalized: number | null;
  @Field(() => Boolean, { description: '汇总时作为最高分或最低分被去掉' }) dropped: boolean;
  @Field(() => String, { nullable: true, description: '评语' }) comment: string | null;
}

@ObjectType({ description: '评分表:一个推荐的各专家分数、综合得分和名次(仅活动办公室)' })
export class ScoreSheetEntry {
  @Field(() => ID) nominationId: string;
  @Field(() => Nomination) nomination: Nomination;
  @Field(() => String, { description: '被推荐对象' }) nominee: string;
  @Field(() => String, { description: '推荐单位' }) nominator: string;
  @Field(() => TypicalCategory) category: TypicalCategory;
  @Field(() => Int, { nullable: true, description: '总排名' }) rank: number | null;
  @Field(() => Float, { nullable: true, description: '综合得分' }) aggregateScore: number | null;
  @Field(() => Boolean, { description: '并列且比较规则无法区分' }) tied: boolean;
  @Field(() => ResultOutcome) outcome: ResultOutcome;
  @Field(() => [ScoreSheetCriterion], { description: '适用于该推荐类别的评分细则' }) criteria: ScoreSheetCriterion[];
  @Field(() => [ScoreSheetEvaluator], { description: '计入排名的评审专家打分' }) evaluators: ScoreSheetEvaluator[];
}
