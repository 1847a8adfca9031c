import { type RequestContext, connectionType } from '@ronghe/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Nomination } from '../nomination/nomination.stub.js';
import type { Services } from '../services.js';
import { NominationResult } from './result.entity.js';

type Context = RequestContext<Services>;

export const ResultConnection = connectionType(NominationResult, 'NominationResult');

@Resolver(() => NominationResult)
export class ResultResolver {
  @FieldResolver(() => Nomination, { description: '推荐' })
  nomination(@Root() result: NominationResult): Nomination {
    return { id: result.nominationId };
  }
}

/** Contributes `Nomination.result` to the supergraph. */
@Resolver(() => Nomination)
export class NominationResultResolver {
  @FieldResolver(() => NominationResult, { nullable: true, description: '评审结果;尚未进入评审时为 null' })
  result(@Root() nomination: Nomination, @Ctx() ctx: Context) {
    return ctx.services.results.loaderByNomination(ctx.loaders).load(nomination.id);
  }
}
