import { connectionType, Job, PageArgs, type RequestContext } from '@ronghe/kit';
import type { Permission } from '@ronghe/types';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Services } from '../services.js';
import { ScoreSheetEntry } from './score-sheet.types.js';

type Context = RequestContext<Services>;

export const ScoreSheetConnection = connectionType(ScoreSheetEntry, 'ScoreSheetEntry');

/** 评分表: the office's account of how each rank came about. */
@Resolver(() => ScoreSheetEntry)
export class ScoreSheetResolver {
  @Authorized<Permission>('review.manage')
  @Query(() => ScoreSheetConnection, { description: '评分表:各推荐的专家分数、综合得分和名次,按排名(仅活动办公室)' })
  reviewScoreSheet(@Arg('reviewId', () => ID) reviewId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.scoreSheets.page(ctx, reviewId, page);
  }

  @Authorized<Permission>('review.manage')
  @Mutation(() => Job, {
    description: '导出评分表(.xlsx,仅活动办公室):后台任务,完成后下载其文件;同一评审已有导出在进行时返回该任务',
  })
  exportScoreSheet(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.evaluationJobs.exportScoreSheet(ctx, reviewId);
  }
}
