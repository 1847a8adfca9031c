import { PageArgs, type RequestContext, connectionType } from '@ronghe/kit';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Services } from '../services.js';
import { NominationCycle } from './cycle.entity.js';

type Context = RequestContext<Services>;

export const NominationCycleConnection = connectionType(NominationCycle, 'NominationCycle');

@Resolver(() => NominationCycle)
export class CycleResolver {
  @Authorized()
  @Query(() => NominationCycleConnection, { description: '评选年度,最近的在前' })
  nominationCycles(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.cycles.list(page);
  }
}
