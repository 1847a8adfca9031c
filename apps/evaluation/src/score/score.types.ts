import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '评审专家进度' })
export class EvaluatorProgress {
  @Field(() => ID)
  evaluatorAccountId: string;

  @Field(() => String)
  username: string;

  @Field(() => Int)
  assigned: number;

  @Field(() => Int)
  recused: number;

  @Field(() => Int)
  submitted: number;
}
