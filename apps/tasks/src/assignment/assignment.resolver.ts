import { PageArgs, type RequestContext } from '@ronghe/kit';
import { AssignmentStatus, DocumentValidity } from '@ronghe/types';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.stub.js';
import { ProgressReport } from '../report/report.entity.js';
import { ProgressReportConnection } from '../report/report.inputs.js';
import type { Services } from '../services.js';
import { IndicatorProgress } from '../supervision/supervision.types.js';
import { Task } from '../task/task.entity.js';
import { Assignment } from './assignment.entity.js';
import { AddAssigneeInput, AssignmentConnection, AssignmentsArgs, DesignateLeadInput } from './assignment.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Authorized()
  @Query(() => AssignmentConnection, { description: '任务分工,按下达先后;单位账号只看到本单位的和本单位下达的' })
  assignments(@Args(() => AssignmentsArgs) args: AssignmentsArgs, @Ctx() ctx: Context) {
    return ctx.services.assignments.list(ctx, args);
  }

  @Authorized()
  @Query(() => Assignment, { nullable: true, description: '按 id 查任务分工' })
  assignment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.assignments.get(ctx, id);
  }

  @Mutation(() => Assignment, { description: '把任务交给一个单位' })
  addAssignee(@Arg('input', () => AddAssigneeInput) input: AddAssigneeInput, @Ctx() ctx: Context) {
    return ctx.services.assignments.add(ctx, input);
  }

  @Mutation(() => Assignment, { description: '指定牵头单位(原牵头单位改为配合)' })
  designateLead(@Arg('input', () => DesignateLeadInput) input: DesignateLeadInput, @Ctx() ctx: Context) {
    return ctx.services.assignments.designateLead(ctx, input);
  }

  @FieldResolver(() => Task, { description: '任务' })
  task(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return ctx.services.tasks.loaderById(ctx.loaders).load(assignment.taskId);
  }

  @FieldResolver(() => Organization, { description: '责任单位' })
  organization(@Root() assignment: Assignment): Organization {
    return { id: assignment.organizationId };
  }

  @FieldResolver(() => GraphQLLocalDate, { nullable: true, description: '完成期限(随任务)' })
  async deadline(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return (await ctx.services.tasks.loaderById(ctx.loaders).load(assignment.taskId))?.deadline ?? null;
  }

  @FieldResolver(() => AssignmentStatus, { description: '督导状态,按期限、指标和报告算出' })
  status(@Root() assignment: Assignment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AssignmentStatus> {
    return ctx.services.supervision.status(ctx.loaders, assignment, info.operation.operation !== 'mutation');
  }

  @FieldResolver(() => [IndicatorProgress], { description: '各指标的完成情况' })
  async indicatorProgress(@Root() assignment: Assignment, @Ctx() ctx: Context): Promise<IndicatorProgress[]> {
    const state = await ctx.services.supervision.stateLoader(ctx.loaders).load(assignment.id);
    return state.indicators.map((i) => ({
      indicator: i.indicator,
      value: i.reading?.value ?? null,
      previousValue: i.reading?.previousValue ?? null,
      checkedItems: i.reading?.checkedItems ?? [],
      ...i.evaluation,
    }));
  }

  @FieldResolver(() => ProgressReport, { nullable: true, description: '最近一期报告' })
  async latestReport(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    const state = await ctx.services.supervision.stateLoader(ctx.loaders).load(assignment.id);
    return state.latestReport ? ctx.services.reports.loaderById(ctx.loaders).load(state.latestReport.id) : null;
  }

  @FieldResolver(() => ProgressReportConnection, { description: '进展报告,按提交先后' })
  reports(@Root() assignment: Assignment, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.reports.pageOf(ctx, assignment.id, page);
  }
}

/**
 * Contributes `Organization.assignments` to the supergraph. Nullable, as every field this subgraph
 * adds to another's entity: when tasks is down, a registry page still shows its units.
 */
@Resolver(() => Organization)
export class OrganizationAssignmentsResolver {
  @FieldResolver(() => AssignmentConnection, { nullable: true, description: '该单位承担的任务分工;任务督导服务不可用时为空' })
  assignments(
    @Root() organization: Organization,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('validity', () => DocumentValidity, { nullable: true, description: '只看现行有效(VALID)或已失效(EXPIRED)文件的分工;不填为全部' })
    validity: DocumentValidity | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assignments.pageOf(ctx, 'organizationId', organization.id, page, validity ?? null);
  }
}
