import { PageArgs, type RequestContext } from '@ronghe/kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Services } from '../services.js';
import { OrganizationCounts } from './organization-counts.js';
import { OrganizationMove } from './organization-move.entity.js';
import { Organization } from './organization.entity.js';
import { CreateOrganizationInput, OrganizationConnection, OrganizationsArgs, UpdateOrganizationInput } from './organization.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => OrganizationConnection, { description: '单位名录,按名称排序,游标分页;单位经办人只看到本辖区' })
  organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context) {
    return ctx.services.organizations.list(ctx, args);
  }

  @Authorized()
  @Query(() => Organization, { nullable: true, description: '按 id 查单位' })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.organizations.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => Organization, { description: '登记单位' })
  createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() ctx: Context) {
    return ctx.services.organizations.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Organization, { description: '修改单位信息' })
  updateOrganization(@Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput, @Ctx() ctx: Context) {
    return ctx.services.organizations.update(ctx, input);
  }

  @Authorized()
  @Mutation(() => Organization, { description: '调整隶属关系(连同下级单位)' })
  moveOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('parentId', () => ID) parentId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organizations.move(ctx, id, version, parentId);
  }

  @Authorized()
  @Mutation(() => Organization, { description: '撤销单位' })
  dissolveOrganization(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.organizations.dissolve(ctx, id, version);
  }

  @Authorized()
  @Mutation(() => Organization, { description: '删除单位(保留历史,不再出现在名录中)' })
  deleteOrganization(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.organizations.remove(ctx, id, version);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '上级单位;不在本账号辖区内时为 null' })
  async parent(@Root() organization: Organization, @Ctx() ctx: Context) {
    if (!organization.parentId) return null;
    const parent = await ctx.services.organizations.loaderById(ctx.loaders).load(organization.parentId);
    const scope = await ctx.services.organizations.access.scopeOf(ctx.identity, ctx.loaders);
    return parent && ctx.services.organizations.access.covers(scope, parent) ? parent : null;
  }

  @FieldResolver(() => [Organization], { description: '各级上级单位,从区开始;只含本账号辖区内的' })
  async ancestors(@Root() organization: Organization, @Ctx() ctx: Context) {
    const scope = await ctx.services.organizations.access.scopeOf(ctx.identity, ctx.loaders);
    const all = await ctx.services.organizations.ancestors(ctx, organization);
    return all.filter((o) => ctx.services.organizations.access.covers(scope, o));
  }

  @FieldResolver(() => OrganizationConnection, { description: '直属下级单位' })
  children(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const { organizations } = ctx.services;
    if (page.after) return organizations.list(ctx, { ...page, parentId: organization.id });
    return organizations.childrenLoader(ctx.loaders, page.first).load(organization.id);
  }

  @FieldResolver(() => OrganizationCounts, { description: '下级单位和人员数;整层单位一次查询' })
  counts(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.services.organizations.countsLoader(ctx.loaders).load(organization.id);
  }

  @FieldResolver(() => [OrganizationMove], { description: '隶属关系变更记录' })
  moveHistory(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.services.organizations.moveHistory(organization.id);
  }
}

/** Entity references from other subgraphs, batched and held to the caller's jurisdiction. */
export const organizationReference = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    return ctx.services.organizations.get(ctx, ref.id);
  },
};
