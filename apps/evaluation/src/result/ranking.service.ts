import { type Caller, DomainError, newId, requireRole } from '@ronghe/kit';
import { ErrorCode, ResultOutcome, ReviewStatus, Role } from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { rankNominations, type ScoreSheet } from '../ranking/ranking.js';
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
      nominations.map((n) => ({ nominationId: n.nominationId, position: n.position, category: n.category })),
      criteria.map((c) => ({ id: c.id, weight: c.weight, maxScore: c.maxScore, categories: c.categories })),
      scores.map((s) => ({ nominationId: s.nominationId, evaluatorId: s.evaluatorAccountId, criterionId: s.criterionId, value: s.value })),
      toRankingRules(review.rules),
    );
    const category = new Map(nominations.map((n) => [n.nominationId, n.category as string]));
    const outcome = shortlist(sheets, category, review.shortlistSize, review.categoryCaps ?? {});
    const categoryRank = rankWithinCategories(sheets, category);
    const results = sheets.map((sheet) =>
      Object.assign(new NominationResult(), {
        id: newId(),
        reviewId,
        nominationId: sheet.nominationId,
        category: category.get(sheet.nominationId) ?? null,
        aggregateScore: sheet.aggregate,
        rank: sheet.rank,
        categoryRank: categoryRank.get(sheet.nominationId) ?? null,
        tied: sheet.tied,
        outcome: outcome.get(sheet.nominationId)!,
        sheet: { ...sheet, method: review.rules.method, rulesVersion: review.rulesVersion, criteria: criteria.map(({ id, name, weight, maxScore }) => ({ id, name, weight, maxScore })) } as unknown as Record<string, unknown>,
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

/**
 * The top `size` by rank form the shortlist, no category taking more than its cap; a capped
 * category's next nomination gives its place to the next-ranked one of another category.
 */
export function shortlist(sheets: ScoreSheet[], category: Map<string, string>, size: number, caps: Record<string, number>): Map<string, ResultOutcome> {
  const outcome = new Map<string, ResultOutcome>();
  const perCategory = new Map<string, number>();
  let taken = 0;
  for (const sheet of [...sheets].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))) {
    if (sheet.rank === null) {
      outcome.set(sheet.nominationId, ResultOutcome.PENDING);
      continue;
    }
    const cat = category.get(sheet.nominationId) ?? '';
    const used = perCategory.get(cat) ?? 0;
    if (taken < size && (caps[cat] === undefined || used < caps[cat]!)) {
      outcome.set(sheet.nominationId, ResultOutcome.SHORTLISTED);
      perCategory.set(cat, used + 1);
      taken += 1;
    } else {
      outcome.set(sheet.nominationId, ResultOutcome.NOT_SHORTLISTED);
    }
  }
  return outcome;
}

/** Rank within each category, following the overall ranking (shared ranks stay shared). */
export function rankWithinCategories(sheets: ScoreSheet[], category: Map<string, string>): Map<string, number> {
  const byCategory = new Map<string, ScoreSheet[]>();
  for (const sheet of sheets) {
    if (sheet.rank === null) continue;
    const cat = category.get(sheet.nominationId) ?? '';
    const list = byCategory.get(cat);
    if (list) list.push(sheet);
    else byCategory.set(cat, [sheet]);
  }
  const ranks = new Map<string, number>();
  for (const list of byCategory.values()) {
    list.sort((a, b) => a.rank! - b.rank!);
    list.forEach((sheet, i) => {
      const previous = list[i - 1];
      ranks.set(sheet.nominationId, previous && previous.rank === sheet.rank ? ranks.get(previous.nominationId)! : i + 1);
    });
  }
  return ranks;
}
