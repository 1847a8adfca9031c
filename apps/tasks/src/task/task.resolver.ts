import { PageArgs, type RequestContext, requireIdentity } from '@ronghe/kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AssignmentConnection } from '../assignment/assignment.inputs.js';
import type { Services } from '../services.js';
import { Task } from './task.entity.js';
import { TaskConnection, TasksArgs } from './task.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => Task)
export class TaskResolver {
  @Authorized()
  @Query(() => TaskConnection, { description: '主要任务,按方案顺序' })
  tasks(@Args(() => TasksArgs) args: TasksArgs, @Ctx() ctx: Context) {
    return ctx.services.tasks.list(args);
  }

  @Authorized()
  @Query(() => Task, { nullable: true, description: '按 id 查任务' })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.tasks.loaderById(ctx.loaders).load(id);
  }

  @FieldResolver(() => AssignmentConnection, { description: '责任单位' })
  assignments(@Root() task: Task, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.assignments.pageOf(ctx.loaders, 'taskId', task.id, page);
  }
}

export const taskReference = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    requireIdentity(ctx.identity);
    return ctx.services.tasks.loaderById(ctx.loaders).load(ref.id);
  },
};
