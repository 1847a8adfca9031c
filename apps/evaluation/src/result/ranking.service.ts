import { type Caller, DomainError, newId, requireRole } from '@ronghe/kit';
import { ErrorCode, ResultOutcome, ReviewStatus, Role } from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { rankNominations } from '../ranking/ranking.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import { toRankingRules } from '../review/review-rules.js';
import type { ReviewSetupService } from '../review/review-setup.service.js';
import { Review } from '../review/review.entity.js';
import { Score } from '../score/score.entity.js';
import { NominationResult } from './result.entity.js';

/** Ranks a review's nominations on their submitted scores, by its frozen rules, and records each score sheet. */
export class RankingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewSetupService,
  ) {}

  async compute(caller: Caller, reviewId: string): Promise<NominationResult[]> {
    requireRole(caller.identity, Role.PROGRAM_ADMIN);
    const review = await this.reviews.require(reviewId);
    if (review.status !== ReviewStatus.SCORING && review.status !== ReviewStatus.RANKED) {
      throw new DomainError(ErrorCode.CONFLICT, '只有评分阶段的评审可以计算排名');
    }
    const [nominations, criteria, scores] = await Promise.all([
      this.dataSource.getRepository(ReviewNomination).find({ where: { reviewId } }),
      this.reviews.criteriaOf(reviewId),
      // Only submitted scores count; drafts are the evaluator's own until submitted.
      this.dataSource.getRepository(Score).createQueryBuilder('s').where('s.review_id = :reviewId AND s.submitted_at IS NOT NULL', { reviewId }).getMany(),
    ]);
    const sheets = rankNominations(
      nominations.map((n) => ({ nominationId: n.nominationId, position: n.position })),
      criteria.map((c) => ({ id: c.id, weight: c.weight, maxScore: c.maxScore })),
      scores.map((s) => ({ nominationId: s.nominationId, evaluatorId: s.evaluatorAccountId, criterionId: s.criterionId, value: s.value })),
      toRankingRules(review.rules),
    );
    const category = new Map(nominations.map((n) => [n.nominationId, n.category]));
    const results = sheets.map((sheet) =>
      Object.assign(new NominationResult(), {
        id: newId(),
        reviewId,
        nominationId: sheet.nominationId,
        category: category.get(sheet.nominationId) ?? null,
        aggregateScore: sheet.aggregate,
        rank: sheet.rank,
        tied: sheet.tied,
        outcome: sheet.rank === null ? ResultOutcome.PENDING : sheet.rank <= review.shortlistSize ? ResultOutcome.SHORTLISTED : ResultOutcome.NOT_SHORTLISTED,
        sheet: sheet as unknown as Record<string, unknown>,
      }),
    );
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(NominationResult).delete({ reviewId });
      for (let i = 0; i < results.length; i += 500) await tx.getRepository(NominationResult).insert(results.slice(i, i + 500) as never);
      // A new ranking is a new list: approvals of the old one no longer hold.
      await tx.query('UPDATE approval SET voided_at = now() WHERE review_id = $1 AND voided_at IS NULL', [reviewId]);
      await tx.getRepository(Review).update({ id: reviewId }, { status: ReviewStatus.RANKED, shortlistVersion: review.shortlistVersion + 1 });
    });
    return results;
  }
}
