import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { requireIdentity } from './identity.js';

/**
 * An entity another subgraph owns, known here by its key only: the GraphQL type this subgraph
 * extends or returns, and the reference resolver that lets a signed-in caller follow it here.
 */
export function entityStub(name: string, description: string) {
  @ObjectType(name, { description })
  @Directive('@key(fields: "id")')
  class Stub {
    @Field(() => ID)
    id: string;
  }
  const reference = {
    __resolveReference(ref: { id: string }, ctx: { identity: unknown }): Stub {
      requireIdentity(ctx.identity as never);
      return Object.assign(new Stub(), { id: ref.id });
    },
  };
  return { type: Stub, reference };
}
