import { MaxLength } from '@ronghe/kit';
import { TextLimit } from '@ronghe/types';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '公示期异议(须实名)' })
export class ObjectionInput {
  @Field(() => ID) reviewId: string;
  @Field(() => ID) nominationId: string;
  @MaxLength(TextLimit.NAME)
  @Field(() => String)
  objectorName: string;
  @MaxLength(TextLimit.NAME)
  @Field(() => String)
  objectorContact: string;
  @MaxLength(TextLimit.FREE_TEXT)
  @Field(() => String)
  content: string;
}
