import { MaxCount, MaxLength } from '@ronghe/kit';
import { ListLimit, TextLimit } from '@ronghe/types';
import { Field, ID, InputType, Int } from 'type-graphql';

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
}
