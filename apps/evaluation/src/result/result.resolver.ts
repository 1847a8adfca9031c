import { ExportFile, Job, PageArgs, type RequestContext, connectionType } from '@ronghe/kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Nomination } from '../nomination/nomination.stub.js';
import { Review } from '../review/review.entity.js';
import type { Services } from '../services.js';
import { NominationResult } from './result.entity.js';

type Context = RequestContext<Services>;

export const ResultConnection = connectionType(NominationResult, 'NominationResult');

@Resolver(() => NominationResult)
export class ResultResolver {
  @Authorized()
  @Mutation(() => Job, {
    description: '按冻结的规则计算综合得分和排名:立即返回后台任务,用 evaluationJob(id) 查询进度;完成后结果见 Review.results',
  })
  computeRanking(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.evaluationJobs.rank(ctx, reviewId);
  }

  @Authorized()
  @Query(() => ExportFile, { description: '导出评审名单(.xlsx)' })
  exportReviewList(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.listExport.export(ctx, reviewId);
  }

  @FieldResolver(() => Nomination, { description: '推荐' })
  nomination(@Root() result: NominationResult): Nomination {
    return { id: result.nominationId };
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: '评分说明:各专家得分、去掉的分、权重、综合分和名次(仅活动办公室可见)',
  })
  scoreSheet(@Root() result: NominationResult, @Ctx() ctx: Context) {
    return ctx.services.results.scoreSheet(ctx, result);
  }
}

/** Contributes `Review.results`. */
@Resolver(() => Review)
export class ReviewResultsResolver {
  @FieldResolver(() => ResultConnection, {
    description: '评审结果,按排名;公示开始前仅活动办公室和表彰审批单位可查阅,之后其他账号只见公示(或表彰)名单',
  })
  results(@Root() review: Review, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.results.pageOfReview(ctx, review, page);
  }
}

/** Contributes `Nomination.result` to the supergraph. */
@Resolver(() => Nomination)
export class NominationResultResolver {
  @FieldResolver(() => NominationResult, {
    nullable: true,
    description: '评审结果;尚未进入评审,或公示开始前当前账号无权查阅时为 null',
  })
  result(@Root() nomination: Nomination, @Ctx() ctx: Context) {
    return ctx.services.results.loaderByNomination(ctx).load(nomination.id);
  }
}
