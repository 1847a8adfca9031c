import { PageArgs, type RequestContext, requireIdentity } from '@ronghe/kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { NominationCycle } from '../cycle/cycle.entity.js';
import { Organization } from '../organization/organization.stub.js';
import type { Services } from '../services.js';
import { Nomination } from './nomination.entity.js';
import { NominationConnection, NominationsArgs } from './nomination.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => Nomination)
export class NominationResolver {
  @Authorized()
  @Query(() => NominationConnection, { description: '典型推荐列表' })
  nominations(@Args(() => NominationsArgs) args: NominationsArgs, @Ctx() ctx: Context) {
    return ctx.services.nominations.list(args);
  }

  @Authorized()
  @Query(() => Nomination, { nullable: true, description: '按 id 查推荐' })
  nomination(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.nominations.loaderById(ctx.loaders).load(id);
  }

  @FieldResolver(() => NominationCycle, { description: '评选年度' })
  cycle(@Root() nomination: Nomination, @Ctx() ctx: Context) {
    return ctx.services.cycles.loaderById(ctx.loaders).load(nomination.cycleId);
  }

  @FieldResolver(() => Organization, { description: '被推荐单位' })
  nominee(@Root() nomination: Nomination): Organization {
    return { id: nomination.nomineeOrganizationId };
  }

  @FieldResolver(() => Organization, { description: '推荐单位' })
  nominator(@Root() nomination: Nomination): Organization {
    return { id: nomination.nominatorOrganizationId };
  }
}

/** Contributes `Organization.nominationsReceived` and `Organization.nominationsMade`. */
@Resolver(() => Organization)
export class OrganizationNominationsResolver {
  @FieldResolver(() => NominationConnection, { description: '该单位作为被推荐对象的推荐' })
  nominationsReceived(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.nominations.pageOf(ctx.loaders, 'nomineeOrganizationId', organization.id, page);
  }

  @FieldResolver(() => NominationConnection, { description: '该单位上报的推荐' })
  nominationsMade(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.nominations.pageOf(ctx.loaders, 'nominatorOrganizationId', organization.id, page);
  }
}

export const nominationReference = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    requireIdentity(ctx.identity);
    return ctx.services.nominations.loaderById(ctx.loaders).load(ref.id);
  },
};
