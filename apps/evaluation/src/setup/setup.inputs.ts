import { MaxCount, MaxLength } from '@ronghe/kit';
import { ListLimit, TextLimit } from '@ronghe/types';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CriterionInput } from '../criterion/criterion.inputs.js';
import { ReviewRules } from '../review/review-rules.js';

@InputType({ description: '新建考核评审' })
export class CreateReviewInput {
  @Field(() => ID, { description: '已截止的评选年度' })
  cycleId: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(TextLimit.TITLE)
  title: string;

  @Field(() => Int, { defaultValue: 30, description: '联合表彰名额' })
  shortlistSize: number;

  @Field(() => Int, { defaultValue: 3, description: '每个推荐的评审专家人数' })
  evaluatorsPerNomination: number;

  @Field(() => [ID], { defaultValue: [], description: '联合表彰单位' })
  @MaxCount(ListLimit.ITEMS)
  commendingAgencyIds: string[];

  @Field(() => Int, { defaultValue: 5, description: '公示期(工作日,不少于 5)' })
  publicityWorkingDays: number;

  @Field(() => ReviewRules, {
    nullable: true,
    description: '计分规则;不填则按专家人数取默认:5 人及以上去掉最高最低分,否则平均分',
  })
  rules?: ReviewRules | null;

  @Field(() => [CriterionInput], { nullable: true, description: '评分细则;可稍后设置' })
  @MaxCount(ListLimit.ITEMS)
  criteria?: CriterionInput[] | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '各类别入围上限,如 {"EMPLOYER": 5}' })
  categoryCaps?: Record<string, number> | null;
}
