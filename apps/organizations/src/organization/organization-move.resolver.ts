import type { RequestContext } from '@ronghe/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Services } from '../services.js';
import { OrganizationMove } from './organization-move.entity.js';
import { Organization } from './organization.entity.js';

type Context = RequestContext<Services>;

@Resolver(() => OrganizationMove)
export class OrganizationMoveResolver {
  @FieldResolver(() => Organization, { nullable: true, description: '原上级单位' })
  from(@Root() move: OrganizationMove, @Ctx() ctx: Context) {
    return move.fromParentId ? ctx.services.organizations.loaderById(ctx.loaders).load(move.fromParentId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: '新上级单位' })
  to(@Root() move: OrganizationMove, @Ctx() ctx: Context) {
    return move.toParentId ? ctx.services.organizations.loaderById(ctx.loaders).load(move.toParentId) : null;
  }
}
