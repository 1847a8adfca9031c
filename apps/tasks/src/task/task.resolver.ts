import { PageArgs, type RequestContext, requireIdentity } from '@ronghe/kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AssignmentConnection } from '../assignment/assignment.inputs.js';
import { PolicyDocument } from '../document/document.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Organization } from '../organization/organization.stub.js';
import type { Services } from '../services.js';
import { Task } from './task.entity.js';
import { CreateSubTaskInput, TaskConnection, TasksArgs, UpdateTaskScheduleInput } from './task.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => Task)
export class TaskResolver {
  @Authorized()
  @Query(() => TaskConnection, { description: '方案的主要任务,按方案顺序;不指定文件时为现行有效的方案' })
  tasks(@Args(() => TasksArgs) args: TasksArgs, @Ctx() ctx: Context) {
    return ctx.services.tasks.list(ctx, args);
  }

  @Authorized()
  @Query(() => Task, { nullable: true, description: '按 id 查任务' })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.tasks.loaderById(ctx.loaders).load(id);
  }

  @Mutation(() => Task, { description: '分解任务:制定本级方案的子任务并交给辖区内的单位' })
  createSubTask(@Arg('input', () => CreateSubTaskInput) input: CreateSubTaskInput, @Ctx() ctx: Context) {
    return ctx.services.tasks.createSubTask(ctx, input);
  }

  @Mutation(() => Task, { description: '修改任务的期限和报告周期' })
  updateTaskSchedule(@Arg('input', () => UpdateTaskScheduleInput) input: UpdateTaskScheduleInput, @Ctx() ctx: Context) {
    return ctx.services.tasks.updateSchedule(ctx, input);
  }

  @FieldResolver(() => PolicyDocument, { description: '所属文件' })
  document(@Root() task: Task, @Ctx() ctx: Context) {
    return ctx.services.documents.require(ctx.loaders, task.documentId);
  }

  @FieldResolver(() => Task, { nullable: true, description: '上级任务' })
  parent(@Root() task: Task, @Ctx() ctx: Context) {
    return task.parentId ? ctx.services.tasks.loaderById(ctx.loaders).load(task.parentId) : null;
  }

  @FieldResolver(() => [Task], { description: '分解出的子任务(本级方案)' })
  children(@Root() task: Task, @Ctx() ctx: Context) {
    return ctx.services.tasks.childrenLoader(ctx.loaders).load(task.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '制定本级方案的单位;主要任务为空' })
  ownerOrganization(@Root() task: Task): Organization | null {
    return task.ownerOrganizationId ? { id: task.ownerOrganizationId } : null;
  }

  @FieldResolver(() => [Indicator], { description: '指标' })
  indicators(@Root() task: Task, @Ctx() ctx: Context) {
    return ctx.services.indicators.byTaskLoader(ctx.loaders).load(task.id);
  }

  @FieldResolver(() => AssignmentConnection, { description: '责任单位' })
  assignments(@Root() task: Task, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.assignments.pageOf(ctx, 'taskId', task.id, page);
  }
}

export const taskReference = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    requireIdentity(ctx.identity);
    return ctx.services.tasks.loaderById(ctx.loaders).load(ref.id);
  },
};
