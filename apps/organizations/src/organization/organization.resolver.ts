import { PageArgs, type RequestContext, requireIdentity } from '@ronghe/kit';
import { Authorized, Args, Ctx, FieldResolver, ID, Arg, Query, Resolver, Root } from 'type-graphql';
import type { Services } from '../services.js';
import { Organization } from './organization.entity.js';
import { OrganizationConnection, OrganizationsArgs } from './organization.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => OrganizationConnection, { description: '单位名录,按名称排序,游标分页' })
  organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context) {
    return ctx.services.organizations.list(args);
  }

  @Authorized()
  @Query(() => Organization, { nullable: true, description: '按 id 查单位' })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.organizations.loaderById(ctx.loaders).load(id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '上级单位' })
  parent(@Root() organization: Organization, @Ctx() ctx: Context) {
    return organization.parentId ? ctx.services.organizations.loaderById(ctx.loaders).load(organization.parentId) : null;
  }

  @FieldResolver(() => OrganizationConnection, { description: '直属下级单位' })
  children(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const { organizations } = ctx.services;
    if (page.after) return organizations.list({ ...page, parentId: organization.id });
    return organizations.childrenLoader(ctx.loaders, page.first).load(organization.id);
  }
}

/** Entity references from other subgraphs, batched: N representations cost one query. */
export const organizationReference = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    requireIdentity(ctx.identity);
    return ctx.services.organizations.loaderById(ctx.loaders).load(ref.id);
  },
};
