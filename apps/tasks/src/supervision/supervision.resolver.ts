import { ListLimit } from '@ronghe/types';
import { ExportFile, MaxCount, PageArgs, type RequestContext, requireIdentity } from '@ronghe/kit';
import { Arg, Args, ArgsType, Authorized, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AssignmentConnection } from '../assignment/assignment.inputs.js';
import { Organization } from '../organization/organization.stub.js';
import type { Services } from '../services.js';
import { slicePage } from './supervision.service.js';
import {
  NoticeConnection,
  StatusRollup,
  StatusRollupConnection,
  SupervisionOverview,
  UnitPerformance,
  UnitPerformanceConnection,
  UnitPerformanceFacts,
} from './supervision.types.js';

type Context = RequestContext<Services>;

@ArgsType()
class SupervisionPageArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '所属文件;不填时为全部现行文件' })
  documentId?: string | null;
}

const withOrganization = <T extends { organizationId?: string }>(row: T) => ({
  ...row,
  organization: row.organizationId ? { id: row.organizationId } : null,
});

@Resolver(() => SupervisionOverview)
export class SupervisionResolver {
  @Authorized()
  @Query(() => SupervisionOverview, { description: '督导总览:按任务领域和主要任务的红绿灯' })
  async supervisionOverview(@Arg('documentId', () => ID, { nullable: true }) documentId: string | null, @Ctx() ctx: Context) {
    const overview = await ctx.services.supervision.overview(ctx, documentId);
    return { ...overview, asOf: ctx.services.supervision.today() };
  }

  @FieldResolver(() => [StatusRollup], { nullable: true, description: '按乡镇(街道)汇总,含其辖区内各单位;单位名录服务不可用时为空' })
  async byTownship(@Root() overview: SupervisionOverview, @Ctx() ctx: Context) {
    return (await ctx.services.supervision.byTownship(ctx, overview.documentId)).map(withOrganization);
  }

  @Authorized()
  @Query(() => StatusRollupConnection, { description: '按责任单位汇总,问题多的在前' })
  async unitRollups(@Args(() => SupervisionPageArgs) args: SupervisionPageArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.supervision.byUnit(ctx, args.documentId, args);
    return { ...page, nodes: page.nodes.map(withOrganization), edges: page.edges.map((e) => ({ ...e, node: withOrganization(e.node) })) };
  }

  @Authorized()
  @Query(() => AssignmentConnection, { description: '预警:有风险和已逾期的任务分工,逾期的在前' })
  supervisionWarnings(@Args(() => SupervisionPageArgs) args: SupervisionPageArgs, @Ctx() ctx: Context) {
    return ctx.services.supervision.warnings(ctx, args.documentId, args);
  }

  @Authorized()
  @Query(() => UnitPerformanceConnection, { description: '单位任务落实绩效排名' })
  async unitPerformanceRanking(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    requireIdentity(ctx.identity);
    const scores = (await ctx.services.supervision.performance(ctx.loaders)).map(withOrganization);
    return slicePage(scores, args, (s) => s.organizationId);
  }

  @Authorized()
  @Query(() => NoticeConnection, { description: '本单位的站内提醒:临近期限、逾期、待报告、报告被退回' })
  async myNotices(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return slicePage(await ctx.services.supervision.notices(ctx), args, (n) => n.id);
  }

  @Authorized()
  @Query(() => ExportFile, { description: '导出督导报告(.xlsx)' })
  exportSupervisionReport(@Arg('documentId', () => ID, { nullable: true }) documentId: string | null, @Ctx() ctx: Context) {
    return ctx.services.supervision.exportReport(ctx, documentId);
  }

  @Directive('@inaccessible')
  @Query(() => [UnitPerformanceFacts], { description: '单位的任务落实绩效(供评审子图)' })
  async unitPerformanceFacts(
    @Arg('organizationIds', () => [ID]) @MaxCount(ListLimit.LOOKUP) organizationIds: string[],
    @Ctx() ctx: Context,
  ) {
    requireIdentity(ctx.identity);
    const scores = await ctx.services.supervision.performance(ctx.loaders);
    return scores.filter((s) => organizationIds.includes(s.organizationId)).map((s) => ({ ...s, rankedUnits: scores.length }));
  }
}

/** Contributes `Organization.taskPerformance`: evidence about a unit for reviewers and the office. */
@Resolver(() => Organization)
export class OrganizationPerformanceResolver {
  @FieldResolver(() => UnitPerformance, { nullable: true, description: '任务落实绩效;未承担现行任务时为空' })
  async taskPerformance(@Root() organization: Organization, @Ctx() ctx: Context) {
    requireIdentity(ctx.identity);
    const score = (await ctx.services.supervision.performance(ctx.loaders)).find((s) => s.organizationId === organization.id);
    return score ? withOrganization(score) : null;
  }
}
