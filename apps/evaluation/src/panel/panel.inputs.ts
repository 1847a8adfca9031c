import { ArgsType, Field, ID } from 'type-graphql';

/** One evaluator on one nomination of a review: what the office assigns or takes off by hand. */
@ArgsType()
export class PanelSeatArgs {
  @Field(() => ID)
  reviewId: string;

  @Field(() => ID)
  nominationId: string;

  @Field(() => ID)
  evaluatorAccountId: string;
}
