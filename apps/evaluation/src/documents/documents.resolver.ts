import { ExportFile, type RequestContext } from '@ronghe/kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
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
}
