import { MaxCount, MaxLength } from '@ronghe/kit';
import { ListLimit, TaskArea, TextLimit, TypicalCategory } from '@ronghe/types';
import { Field, Float, InputType } from 'type-graphql';

@InputType({ description: '评分细则' })
export class CriterionInput {
  @Field(() => String)
  @MaxLength(TextLimit.NAME)
  name: string;

  @Field(() => Float)
  weight: number;

  @Field(() => Float)
  maxScore: number;

  @Field(() => TaskArea, { nullable: true })
  taskArea?: TaskArea | null;

  @Field(() => [TypicalCategory], { nullable: true, description: '适用的类别;不填则适用于全部类别' })
  @MaxCount(ListLimit.CHOICES)
  categories?: TypicalCategory[] | null;
}
