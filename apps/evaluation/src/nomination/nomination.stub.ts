import { requireIdentity } from '@ronghe/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A nomination of the nominations subgraph, known here by its key only. */
@ObjectType({ description: '典型推荐' })
@Directive('@key(fields: "id")')
export class Nomination {
  @Field(() => ID)
  id: string;
}

/** Representations arrive from the gateway; only a signed-in caller may follow them here. */
export const nominationStubReference = {
  __resolveReference(ref: { id: string }, ctx: { identity: unknown }): Nomination {
    requireIdentity(ctx.identity as never);
    return { id: ref.id };
  },
};
