import { ListLimit } from '@ronghe/types';
import { MaxCount } from '@ronghe/kit';
import type { RequestContext } from '@ronghe/kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity.js';
import { CriterionInput } from '../criterion/criterion.inputs.js';
import { ReviewRules } from '../review/review-rules.js';
import { Review } from '../review/review.entity.js';
import type { Services } from '../services.js';
import { CreateReviewInput } from './setup.inputs.js';

type Context = RequestContext<Services>;

/** Opening a review and fixing its rubric and rules before scoring starts. */
@Resolver(() => Review)
export class SetupResolver {
  @Authorized()
  @Mutation(() => Review, { description: '为已截止的评选年度建立考核评审(复制冻结的推荐名单)' })
  createReview(@Arg('input', () => CreateReviewInput) input: CreateReviewInput, @Ctx() ctx: Context) {
    return ctx.services.setup.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Review, { description: '设置计分规则(开始评分前)' })
  setReviewRules(@Arg('reviewId', () => ID) reviewId: string, @Arg('rules', () => ReviewRules) rules: ReviewRules, @Ctx() ctx: Context) {
    return ctx.services.setup.setRules(ctx, reviewId, rules);
  }

  @Authorized()
  @Mutation(() => Review, { description: '设置各类别入围上限(开始评分前)' })
  setCategoryCaps(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('caps', () => GraphQLJSONObject) caps: Record<string, number>,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.setup.setCategoryCaps(ctx, reviewId, caps);
  }

  @Authorized()
  @Mutation(() => [Criterion], { description: '设置评分细则(开始评分前)' })
  setReviewCriteria(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('criteria', () => [CriterionInput]) @MaxCount(ListLimit.ITEMS) criteria: CriterionInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.setup.setCriteria(ctx, reviewId, criteria);
  }

  @Authorized()
  @Mutation(() => Review, { description: '开始评分:冻结评分细则和规则' })
  startReviewScoring(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.setup.startScoring(ctx, reviewId);
  }
}
