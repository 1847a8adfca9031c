import { type Caller, type Job, type JobQueue, LoaderRegistry } from '@ronghe/kit';
import type { Identity, JobKind } from '@ronghe/types';
import { zipSync } from 'fflate';
import type { DocumentsService } from '../documents/documents.service.js';
import type { RankingService } from '../result/ranking.service.js';

/** The kinds of job the evaluation subgraph runs; their queues are made with its migrations. */
export const JOB_KINDS: readonly JobKind[] = ['RANKING', 'COMMENDATION_DOCUMENTS'];

const callerOf = (identity: Identity): Caller => ({ identity, loaders: new LoaderRegistry() });

/** Starts the evaluation's long work as jobs, and says how each kind is done. */
export class EvaluationJobs {
  constructor(
    private readonly jobs: JobQueue,
    private readonly ranking: RankingService,
    private readonly documents: DocumentsService,
  ) {
    jobs.define<{ reviewId: string }>('RANKING', {
      handler: async ({ payload, identity, progress }) => {
        await progress(10, '正在按冻结的规则汇总评分并计算排名');
        const { ranked, shortlisted } = await this.ranking.compute(callerOf(identity), payload.reviewId);
        return { result: { reviewId: payload.reviewId, ranked, shortlisted } };
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
