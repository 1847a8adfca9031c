import { TextLimit } from '@ronghe/types';
import { MaxLength } from '@ronghe/kit';
import type { RequestContext } from '@ronghe/kit';
import type { Permission } from '@ronghe/types';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Nomination } from '../nomination/nomination.stub.js';
import type { Services } from '../services.js';
import { EvaluatorAssignment } from './panel.entity.js';
import { PanelSeatArgs } from './panel.inputs.js';
import { BoardRow } from './panel.types.js';

type Context = RequestContext<Services>;

/** Who scores what: the evaluator panel of each nomination, recusals included. */
@Resolver(() => EvaluatorAssignment)
export class PanelResolver {
  @Authorized()
  @Query(() => [BoardRow], { description: '评审分配看板:各推荐的专家和须回避的专家' })
  assignmentBoard(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.panel.board(ctx, reviewId);
  }

  @Authorized<Permission>('review.score')
  @Query(() => [EvaluatorAssignment], { description: '分配给我的评审任务' })
  myAssignments(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.panel.forEvaluator(reviewId, ctx.identity!.accountId);
  }

  @Authorized()
  @Mutation(() => EvaluatorAssignment, { description: '手工分配一名专家(有利害关系的拒绝)' })
  assignEvaluator(@Args(() => PanelSeatArgs) seat: PanelSeatArgs, @Ctx() ctx: Context) {
    return ctx.services.panel.assignOne(ctx, seat.reviewId, seat.nominationId, seat.evaluatorAccountId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '取消一名专家的分配(尚未评分时)' })
  unassignEvaluator(@Args(() => PanelSeatArgs) seat: PanelSeatArgs, @Ctx() ctx: Context) {
    return ctx.services.panel.unassign(ctx, seat.reviewId, seat.nominationId, seat.evaluatorAccountId);
  }

  @Authorized()
  @Mutation(() => [EvaluatorAssignment], { description: '自动分配评审专家(回避本单位及辖区,工作量均衡)' })
  assignEvaluators(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.panel.autoAssign(ctx, reviewId);
  }

  @Authorized<Permission>('review.score')
  @Mutation(() => EvaluatorAssignment, { description: '声明回避' })
  recuseFromNomination(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('reason', () => String) @MaxLength(TextLimit.REASON) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.panel.recuse(ctx, reviewId, nominationId, reason);
  }

  @FieldResolver(() => Nomination, { description: '推荐' })
  nomination(@Root() assignment: EvaluatorAssignment): Nomination {
    return { id: assignment.nominationId };
  }
}
