import { requireIdentity } from '@ronghe/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A migrant worker of the organizations subgraph, known here by its key only. */
@ObjectType({ description: '外来务工人员' })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  id: string;
}

export const personStubReference = {
  __resolveReference(ref: { id: string }, ctx: { identity: unknown }): Person {
    requireIdentity(ctx.identity as never);
    return Object.assign(new Person(), { id: ref.id });
  },
};
