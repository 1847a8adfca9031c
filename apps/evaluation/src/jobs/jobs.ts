import { type Caller, type Job, type JobQueue, LoaderRegistry, requirePermission, XLSX_MIME } from '@ronghe/kit';
import type { Identity, JobKind } from '@ronghe/types';
import { zipSync } from 'fflate';
import type { DocumentsService } from '../documents/documents.service.js';
import type { RankingService } from '../result/ranking.service.js';
import type { ScoreSheetService } from '../result/score-sheet.service.js';
import type { ReviewService } from '../review/review.service.js';

/** The kinds of job the evaluation subgraph runs; their queues are made with its migrations. */
export const JOB_KINDS: readonly JobKind[] = ['RANKING', 'COMMENDATION_DOCUMENTS', 'SCORE_SHEET_EXPORT'];

const callerOf = (identity: Identity): Caller => ({ identity, loaders: new LoaderRegistry() });

/** Starts the evaluation's long work as jobs, and says how each kind is done. */
export class EvaluationJobs {
  constructor(
    private readonly jobs: JobQueue,
    private readonly ranking: RankingService,
    private readonly documents: DocumentsService,
    private readonly scoreSheets: ScoreSheetService,
    private readonly reviews: ReviewService,
  ) {
    jobs.define<{ reviewId: string }>('RANKING', {
      handler: async ({ payload, identity, progress }) => {
        await progress(10, '正在按冻结的规则汇总评分并计算排名');
        const { ranked, shortlisted } = await this.ranking.compute(callerOf(identity), payload.reviewId);
        return { result: { reviewId: payload.reviewId, ranked, shortlisted } };
      },
    });
    jobs.define<{ reviewId: string }>('SCORE_SHEET_EXPORT', {
      handler: async ({ payload, identity, progress }) => {
        const { fileName, content, rowCount } = await this.scoreSheets.exportFile(callerOf(identity), payload.reviewId, (done, total) =>
          progress((95 * done) / Math.max(total, 1), `已导出 ${done}/${total} 项推荐的评分`),
        );
        return { result: { reviewId: payload.reviewId, rowCount }, files: [{ fileName, mimeType: XLSX_MIME, content, rowCount }] };
      },
    });
    jobs.define<{ reviewId: string }>('COMMENDATION_DOCUMENTS', {
      handler: async ({ payload, identity, progress }) => {
        const caller = callerOf(identity);
        await progress(5, '正在生成联合表彰决定');
        const decision = await this.documents.decision(caller, payload.reviewId);
        const certificates = await this.documents.certificates(caller, payload.reviewId, (done, total) =>
          progress(10 + (80 * done) / total, `正在生成荣誉证书 ${done}/${total}`),
        );
        await progress(92, '正在打包');
        const files = [decision, ...certificates].map((f) => ({
          fileName: f.fileName,
          mimeType: f.mimeType,
          content: Buffer.from(f.contentBase64, 'base64'),
          rowCount: f.rowCount,
        }));
        // PDFs are compressed already: stored, not deflated again.
        const archive = zipSync(Object.fromEntries(files.map((f) => [f.fileName, [new Uint8Array(f.content), { level: 0 }]])));
        const year = decision.fileName.slice(0, 4);
        return {
          result: { reviewId: payload.reviewId, certificates: certificates.length },
          files: [
            {
              fileName: `${year}年度表彰决定和荣誉证书.zip`,
              mimeType: 'application/zip',
              content: Buffer.from(archive),
              rowCount: files.length,
            },
            ...files,
          ],
        };
      },
    });
  }

  /** The score sheet as .xlsx; an export of the same review under way is returned. */
  async exportScoreSheet(caller: Caller, reviewId: string): Promise<Job> {
    requirePermission(caller.identity, 'review.manage');
    await this.reviews.require(reviewId);
    return this.jobs.enqueue({
      kind: 'SCORE_SHEET_EXPORT',
      identity: caller.identity,
      payload: { reviewId },
      subjectId: reviewId,
      singletonKey: reviewId,
    });
  }

  /** Checks at once what the ranking would refuse, then queues it; a ranking already under way is returned. */
  async rank(caller: Caller, reviewId: string): Promise<Job> {
    await this.ranking.checkRankable(caller, reviewId);
    return this.jobs.enqueue({
      kind: 'RANKING',
      identity: caller.identity,
      payload: { reviewId },
      subjectId: reviewId,
      singletonKey: reviewId,
    });
  }

  /** The decision and every certificate as files, and all of them in one archive. */
  async commendationDocuments(caller: Caller, reviewId: string): Promise<Job> {
    await this.documents.checkIssuable(caller, reviewId);
    return this.jobs.enqueue({
      kind: 'COMMENDATION_DOCUMENTS',
      identity: caller.identity,
      payload: { reviewId },
      subjectId: reviewId,
      singletonKey: reviewId,
    });
  }
}
