import { type Caller, DomainError, type ExportFile, requireIdentity } from '@ronghe/kit';
import { beijingDate, ErrorCode, ResultOutcome, ReviewStatus, typicalCategoryLabels, type TypicalCategory } from '@ronghe/types';
import { type DataSource, In } from 'typeorm';
import { NominationResult } from '../result/result.entity.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import type { ReviewService } from '../review/review.service.js';
import type { Review } from '../review/review.entity.js';
import type { Upstream } from '../upstream/upstream.client.js';
import { PDF_MIME, renderPdf } from '@ronghe/kit/pdf';

/** The plan the commendation rests on, cited in every decision. */
export const PLAN_IN_FORCE = '《管城回族区培育十类典型促进流动人口社会融合实施方案》(管政办〔2014〕1号)';

/** A decision's date as it is written under the issuing agencies: 2026年10月12日. */
const writtenDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

interface Commended {
  nominationId: string;
  name: string;
  category: TypicalCategory;
  rank: number;
}

/** 联合表彰决定 and 荣誉证书, issued once the list is final. */
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewService,
    private readonly upstream: Upstream,
  ) {}

  async decision(caller: Caller, reviewId: string): Promise<ExportFile> {
    const { review, commended, agencies, decided } = await this.load(caller, reviewId);
    const content = await renderPdf(`${review.year}年度联合表彰决定`, (doc) => {
      doc.font('bold').fontSize(20).text(`关于表彰${review.year}年度流动人口社会融合十类典型的决定`, { align: 'center' });
      if (review.decisionNumber) doc.font('regular').fontSize(12).text(review.decisionNumber, { align: 'center' });
      doc.moveDown();
      doc.font('regular').fontSize(12).text('各乡镇人民政府,各街道办事处,区政府各部门,各有关单位:');
      doc.moveDown(0.5);
      doc.text(
        `根据${PLAN_IN_FORCE},经各单位推荐、区级考核评审和公示,${agencies.join('、')}决定对以下 ${commended.length} 个先进典型予以联合表彰。希望受表彰的单位和个人珍惜荣誉,再接再厉,充分发挥典型带动作用,推动流动人口基本公共服务均等化,促进流动人口社会融入。`,
        { indent: 24, lineGap: 6 },
      );
      const byCategory = new Map<TypicalCategory, Commended[]>();
      for (const c of commended) byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c]);
      for (const [category, list] of byCategory) {
        doc.moveDown();
        doc.font('bold').text(`${typicalCategoryLabels[category]}(${list.length} 个)`);
        doc.font('regular').text(list.map((c) => c.name).join('、'), { indent: 24, lineGap: 4 });
      }
      doc.moveDown(2);
      for (const agency of agencies) doc.text(agency, { align: 'right' });
      doc.text(decided, { align: 'right' });
    });
    return {
      fileName: `${review.year}年度联合表彰决定.pdf`,
      mimeType: PDF_MIME,
      contentBase64: content.toString('base64'),
      rowCount: commended.length,
    };
  }

  /** Refuses at once what `decision` and `certificates` would: before they are queued as a job. */
  async checkIssuable(caller: Caller, reviewId: string): Promise<void> {
    requireIdentity(caller.identity);
    this.requireFinal(await this.reviews.require(reviewId));
  }

  /** One certificate per commended unit or person; `onProgress` hears of each one made. */
  async certificates(caller: Caller, reviewId: string, onProgress?: (done: number, total: number) => Promise<void>): Promise<ExportFile[]> {
    const { review, commended, agencies, decided } = await this.load(caller, reviewId);
    const files: ExportFile[] = [];
    // One after another: rendering is CPU work, so doing them together would not be faster.
    for (const c of commended) {
      files.push(await this.certificate(review, c, agencies, decided));
      await onProgress?.(files.length, commended.length);
    }
    return files;
  }

  private async certificate(review: Review, c: Commended, agencies: string[], decided: string): Promise<ExportFile> {
    const content = await renderPdf(
      `荣誉证书 ${c.name}`,
      (doc) => {
        doc
          .rect(32, 32, doc.page.width - 64, doc.page.height - 64)
          .lineWidth(3)
          .stroke('#c4161c');
        doc.moveDown(2);
        doc.font('bold').fontSize(40).fillColor('#c4161c').text('荣 誉 证 书', { align: 'center' });
        doc.moveDown();
        doc.font('regular').fontSize(18).fillColor('black').text(c.name, { align: 'center' });
        doc.moveDown();
        doc
          .fontSize(16)
          .text(`被评为${review.year}年度流动人口社会融合「${typicalCategoryLabels[c.category]}」先进典型,特发此证,以资鼓励。`, {
            align: 'center',
            lineGap: 8,
          });
        doc.moveDown(2);
        doc.fontSize(14).text(agencies.join('  '), { align: 'right' });
        doc.text(decided, { align: 'right' });
      },
      'landscape',
    );
    return { fileName: `荣誉证书-${c.name}.pdf`, mimeType: PDF_MIME, contentBase64: content.toString('base64'), rowCount: 1 };
  }

  private requireFinal(review: Review): Review {
    if (review.status !== ReviewStatus.FINAL) throw new DomainError(ErrorCode.LIST_NOT_FINAL, '表彰名单确定后才能生成表彰决定和证书');
    return review;
  }

  /** The final list, its agencies' names and the decision's date (the day the list was made final, however often it is printed). */
  private async load(
    caller: Caller,
    reviewId: string,
  ): Promise<{ review: Review; commended: Commended[]; agencies: string[]; decided: string }> {
    const identity = requireIdentity(caller.identity);
    const review = this.requireFinal(await this.reviews.require(reviewId));
    const results = await this.dataSource
      .getRepository(NominationResult)
      .find({ where: { reviewId, outcome: ResultOutcome.COMMENDED }, order: { rank: 'ASC' } });
    const nominations = await this.dataSource
      .getRepository(ReviewNomination)
      .findBy({ reviewId, nominationId: In(results.map((r) => r.nominationId)) });
    const names = await this.upstream.names(
      [...nominations.map((n) => n.nomineeOrganizationId).filter((id): id is string => !!id), ...review.commendingAgencyIds],
      nominations.map((n) => n.nomineePersonId).filter((id): id is string => !!id),
      identity,
    );
    const byId = new Map(nominations.map((n) => [n.nominationId, n]));
    const commended = results.map((r) => {
      const n = byId.get(r.nominationId)!;
      return {
        nominationId: r.nominationId,
        name: names.get(n.nomineeOrganizationId ?? n.nomineePersonId ?? '') ?? '',
        category: n.category,
        rank: r.rank ?? 0,
      };
    });
    const agencies = review.commendingAgencyIds.map((id) => names.get(id) ?? '');
    // Lists made final before the decision date was kept fall back to the day they last changed.
    const decided = writtenDate(review.decidedOn ?? beijingDate(review.updatedAt));
    return { review, commended, agencies, decided };
  }
}
