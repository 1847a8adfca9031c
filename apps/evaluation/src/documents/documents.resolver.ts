import { ExportFile, Job, type RequestContext } from '@ronghe/kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Services } from '../services.js';

type Context = RequestContext<Services>;

/** The commendation's documents, from the final list. */
@Resolver()
export class DocumentsResolver {
  @Authorized()
  @Query(() => ExportFile, { description: '联合表彰决定(PDF)' })
  commendationDecision(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.documents.decision(ctx, reviewId);
  }

  @Authorized()
  @Query(() => [ExportFile], { description: '荣誉证书(每个受表彰单位或个人一份 PDF)' })
  commendationCertificates(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.documents.certificates(ctx, reviewId);
  }

  @Authorized()
  @Mutation(() => Job, {
    description: '后台生成表彰决定和全部荣誉证书:立即返回任务;完成后 files 含一个 zip 压缩包和每份 PDF',
  })
  generateCommendationDocuments(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.evaluationJobs.commendationDocuments(ctx, reviewId);
  }
}
