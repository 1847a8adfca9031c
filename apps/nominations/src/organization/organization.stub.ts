import { requireIdentity } from '@ronghe/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A unit of the organizations subgraph, known here by its key only. */
@ObjectType({ description: '单位' })
@Directive('@key(fields: "id")')
export class Organization {
  @Field(() => ID)
  id: string;
}

/** Representations of units arrive from the gateway; only a signed-in caller may follow them here. */
export const organizationStubReference = {
  __resolveReference(ref: { id: string }, ctx: { identity: unknown }): Organization {
    requireIdentity(ctx.identity as never);
    return Object.assign(new Organization(), { id: ref.id });
  },
};
