import { PageArgs, type RequestContext, connectionType } from '@ronghe/kit';
import { NominationCycleStatus } from '@ronghe/types';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Services } from '../services.js';
import { NominationCycle, NominationExtension, NominationQuota } from './cycle.entity.js';
import { CreateCycleInput, ExtensionInput, QuotaInput, UpdateCycleInput } from './cycle.inputs.js';

type Context = RequestContext<Services>;

export const NominationCycleConnection = connectionType(NominationCycle, 'NominationCycle');

@Resolver(() => NominationCycle)
export class CycleResolver {
  @Authorized()
  @Query(() => NominationCycleConnection, { description: '评选年度,最近的在前' })
  nominationCycles(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.cycles.list(page);
  }

  @Authorized()
  @Query(() => NominationCycle, { nullable: true, description: '按 id 查评选年度' })
  nominationCycle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.cycles.loaderById(ctx.loaders).load(id);
  }

  @Authorized()
  @Mutation(() => NominationCycle, { description: '新建评选年度(可沿用上一年设置)' })
  createNominationCycle(@Arg('input', () => CreateCycleInput) input: CreateCycleInput, @Ctx() ctx: Context) {
    return ctx.services.cycles.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => NominationCycle, { description: '修改评选年度设置' })
  updateNominationCycle(@Arg('input', () => UpdateCycleInput) input: UpdateCycleInput, @Ctx() ctx: Context) {
    return ctx.services.cycles.update(ctx, input);
  }

  @Authorized()
  @Mutation(() => NominationCycle, { description: '推进评选年度:开始申报、截止(冻结已受理推荐)、进入评审、结束' })
  advanceNominationCycle(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('to', () => NominationCycleStatus) to: NominationCycleStatus,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.cycles.advance(ctx, id, version, to);
  }

  @Authorized()
  @Mutation(() => NominationQuota, { description: '设定某单位某类别的名额' })
  setNominationQuota(@Arg('input', () => QuotaInput) input: QuotaInput, @Ctx() ctx: Context) {
    return ctx.services.cycles.setQuota(ctx, input);
  }

  @Authorized()
  @Mutation(() => NominationExtension, { description: '准予某单位延期申报(记录理由)' })
  grantNominationExtension(@Arg('input', () => ExtensionInput) input: ExtensionInput, @Ctx() ctx: Context) {
    return ctx.services.cycles.grantExtension(ctx, input);
  }

  @FieldResolver(() => [NominationExtension], { description: '延期申报记录' })
  extensions(@Root() cycle: NominationCycle, @Ctx() ctx: Context) {
    return ctx.services.cycles.extensionsOf(ctx, cycle.id);
  }
}
