import { MaxLength } from '@ronghe/kit';
import { TextLimit } from '@ronghe/types';
import { Field, Float, ID, InputType } from 'type-graphql';

@InputType({ description: '一项评分' })
export class ScoreInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.REASON)
  comment?: string | null;
}
