import { TextLimit, ListLimit } from '@ronghe/types';
import { MaxLength, MaxCount } from '@ronghe/kit';
import type { RequestContext } from '@ronghe/kit';
import type { Permission } from '@ronghe/types';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { EvaluatorAssignment } from '../panel/panel.entity.js';
import type { Services } from '../services.js';
import { Score } from './score.entity.js';
import { ScoreInput } from './score.inputs.js';
import { EvaluatorProgress } from './score.types.js';

type Context = RequestContext<Services>;

/** Scoring: evaluators' marks, the office's reopenings, and each evaluator's progress. */
@Resolver(() => EvaluatorAssignment)
export class ScoreResolver {
  @Authorized<Permission>('review.score')
  @Mutation(() => [Score], { description: '保存评分;submit 为 true 时提交并锁定' })
  saveScores(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('scores', () => [ScoreInput]) @MaxCount(ListLimit.ITEMS) scores: ScoreInput[],
    @Arg('submit', () => Boolean, { defaultValue: false }) submit: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.scores.save(ctx, reviewId, nominationId, scores, submit);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '重新开放已提交的评分(留档)' })
  reopenScores(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('evaluatorAccountId', () => ID) evaluatorAccountId: string,
    @Arg('reason', () => String) @MaxLength(TextLimit.REASON) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.scores.reopen(ctx, reviewId, nominationId, evaluatorAccountId, reason);
  }

  @Authorized()
  @Query(() => [EvaluatorProgress], { description: '各评审专家的评分进度' })
  reviewProgress(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.scores.progress(ctx, reviewId);
  }

  /** Contributes `EvaluatorAssignment.scores`, so the panel module need not know about marks. */
  @FieldResolver(() => [Score], { description: '该专家对此推荐的评分(草稿或已提交)' })
  scores(@Root() assignment: EvaluatorAssignment, @Ctx() ctx: Context) {
    return ctx.services.scores.ofAssignment(ctx.loaders, assignment);
  }
}
