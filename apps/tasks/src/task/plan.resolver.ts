import { ListLimit } from '@ronghe/types';
import { MaxCount, type RequestContext } from '@ronghe/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Services } from '../services.js';
import type { PlanDraft as Draft } from './plan.service.js';
import { PlanAreaInput, PlanDraft } from './plan.types.js';
import { Task } from './task.entity.js';

type Context = RequestContext<Services>;

const shown = (draft: Draft): PlanDraft => ({
  ...draft,
  tasks: draft.tasks.map((t) => ({
    ...t,
    units: t.units.map((u) => ({ listedAs: u.listedAs, name: u.unit?.name ?? null, organization: u.unit ? { id: u.unit.id } : null })),
  })),
});

@Resolver()
export class PlanResolver {
  @Query(() => PlanDraft, { description: '预览从文件全文读出的主要任务和责任单位(活动办公室)' })
  async planDraft(@Arg('documentId', () => ID) documentId: string, @Ctx() ctx: Context): Promise<PlanDraft> {
    return shown(await ctx.services.plans.draft(ctx, documentId));
  }

  @Mutation(() => [Task], { description: '按文件全文建立方案的主要任务并交给所列责任单位(活动办公室);全部成功或全部不做' })
  createPlanTasks(
    @Arg('documentId', () => ID) documentId: string,
    @Arg('areas', () => [PlanAreaInput], { defaultValue: [], description: '改动建议的任务领域,或为第八项之后的任务选定领域' })
    @MaxCount(ListLimit.ITEMS)
    areas: PlanAreaInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.plans.create(ctx, documentId, areas);
  }
}
