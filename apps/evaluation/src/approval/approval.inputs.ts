import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '公示期异议(须实名)' })
export class ObjectionInput {
  @Field(() => ID) reviewId: string;
  @Field(() => ID) nominationId: string;
  @Field(() => String) objectorName: string;
  @Field(() => String) objectorContact: string;
  @Field(() => String) content: string;
}
