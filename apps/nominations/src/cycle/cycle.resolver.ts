import { MaxLength, PageArgs, type RequestContext, connectionType } from '@ronghe/kit';
import { NominationCycleStatus, TextLimit } from '@ronghe/types';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Services } from '../services.js';
import { NominationCycle, NominationExtension, NominationQuota } from './cycle.entity.js';
import { CreateCycleInput, ExtensionInput, QuotaInput, UpdateCycleInput } from './cycle.inputs.js';

type Context = RequestContext<Services>;

export const NominationCycleConnection = connectionType(NominationCycle, 'NominationCycle');

@ObjectType({ description: '截止并冻结将留在评审之外的推荐' })
export class FreezeImpact {
  @Field(() => Int, { description: '已上报、尚未受理' })
  submitted: number;

  @Field(() => Int, { description: '已退回修改、尚未重新上报' })
  returned: number;

  @Field(() => Boolean, { description: '申报时间尚未结束(此时截止须填写理由)' })
  beforeWindowEnds: boolean;
}

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
  @Query(() => FreezeImpact, { description: '若现在截止并冻结,有多少推荐不能进入评审(活动办公室)' })
  nominationFreezeImpact(@Arg('cycleId', () => ID) cycleId: string, @Ctx() ctx: Context) {
    return ctx.services.cycles.freezeImpact(ctx, cycleId);
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
  @Mutation(() => NominationCycle, { description: '推进评选年度:开始申报、截止(冻结已受理推荐;提前截止须填写理由)、进入评审、结束' })
  advanceNominationCycle(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('to', () => NominationCycleStatus) to: NominationCycleStatus,
    @Arg('reason', () => String, { nullable: true, description: '申报时间结束前截止的理由(此时必填,留档)' })
    @MaxLength(TextLimit.REASON)
    reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.cycles.advance(ctx, id, version, to, reason);
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
