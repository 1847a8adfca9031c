import { recordAct, type Caller, DomainError, newId, requirePermission } from '@ronghe/kit';
import { ErrorCode, ResultOutcome, ReviewStatus } from '@ronghe/types';
import type { DataSource, EntityManager } from 'typeorm';
import type { CriterionService } from '../criterion/criterion.service.js';
import { EvaluatorAssignment } from '../panel/panel.entity.js';
import { rankNominations, type ScoreSheet } from '../ranking/ranking.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import { toRankingRules } from '../review/review-rules.js';
import { Review } from '../review/review.entity.js';
import type { ReviewService } from '../review/review.service.js';
import { Score } from '../score/score.entity.js';
import { NominationResult } from './result.entity.js';

/** Ranks a review's nominations on their submitted scores, by its frozen rules, and records each score sheet. */
export class RankingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewService,
    private readonly criteria: CriterionService,
  ) {}

  /**
   * Refuses what a ranking would refuse, before it is queued as a job (REVIEW_NOT_SCORING,
   * LIST_HAS_DECISIONS); the job checks again under its lock.
   */
  async checkRankable(caller: Caller, reviewId: string): Promise<void> {
    requirePermission(caller.identity, 'review.manage');
    await this.assertRankable(await this.reviews.require(reviewId), this.dataSource.manager);
  }

  private async assertRankable(review: Review, tx: EntityManager): Promise<void> {
    const reviewId = review.id;
    if (review.status !== ReviewStatus.SCORING && review.status !== ReviewStatus.RANKED) {
      throw new DomainError(ErrorCode.REVIEW_NOT_SCORING, '只有评分阶段的评审可以计算排名');
    }
    // Scores are frozen once ranked, so a recount could only undo the office's recorded decisions
    // (upheld objections, manual changes with reasons); those stay on the record, so we refuse.
    const [decided] = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM shortlist_change WHERE review_id = $1)
           OR EXISTS (SELECT 1 FROM objection WHERE review_id = $1 AND status = 'UPHELD') AS decided`,
      [reviewId],
    );
    if (decided.decided) {
      throw new DomainError(ErrorCode.LIST_HAS_DECISIONS, '名单已有人工调整或成立的异议,重新计算会撤销这些有记录的决定,不能重新计算排名');
    }
  }

  async compute(caller: Caller, reviewId: string): Promise<NominationResult[]> {
    requirePermission(caller.identity, 'review.manage');
    return this.dataSource.transaction(async (tx) => {
      // The review row is locked first: approvals, list changes and saves wait for us, and we read
      // the status they leave, so a list already approved or published is never ranked over.
      const review = await this.reviews.lock(reviewId, tx);
      await this.assertRankable(review, tx);
      // A fixed order in, so a tie no rule breaks comes out the same on every recount.
      const nominations = await tx
        .getRepository(ReviewNomination)
        .find({ where: { reviewId }, order: { category: 'ASC', position: 'ASC', nominationId: 'ASC' } });
      const criteria = await this.criteria.ofReview(reviewId, tx);
      // Only submitted scores count, and only from evaluators still assigned and not recused.
      const scores = await tx
        .getRepository(Score)
        .createQueryBuilder('s')
        .innerJoin(
          EvaluatorAssignment,
          'a',
          'a.review_id = s.review_id AND a.nomination_id = s.nomination_id AND a.evaluator_account_id = s.evaluator_account_id AND a.recused_at IS NULL',
        )
        .where('s.review_id = :reviewId AND s.submitted_at IS NOT NULL', { reviewId })
        .getMany();
      const sheets = rankNominations(
        nominations.map((n) => ({ nominationId: n.nominationId, position: n.position, category: n.category })),
        criteria.map((c) => ({ id: c.id, weight: c.weight, maxScore: c.maxScore, categories: c.categories })),
        scores.map((s) => ({
          nominationId: s.nominationId,
          evaluatorId: s.evaluatorAccountId,
          criterionId: s.criterionId,
          value: s.value,
        })),
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
          removedReason: null,
          sheet: {
            ...sheet,
            method: review.rules.method,
            rulesVersion: review.rulesVersion,
            criteria: criteria.map(({ id, name, weight, maxScore }) => ({ id, name, weight, maxScore })),
          } as unknown as Record<string, unknown>,
        }),
      );
      await tx.getRepository(NominationResult).delete({ reviewId });
      for (let i = 0; i < results.length; i += 500) await tx.getRepository(NominationResult).insert(results.slice(i, i + 500) as never);
      // A new ranking is a new list: approvals of the old one no longer hold.
      await tx.query('UPDATE approval SET voided_at = now() WHERE review_id = $1 AND voided_at IS NULL', [reviewId]);
      await tx
        .getRepository(Review)
        .update({ id: reviewId }, { status: ReviewStatus.RANKED, shortlistVersion: () => 'shortlist_version + 1' });
      await recordAct(tx, caller.identity, {
        action: 'review.rank',
        subjectType: 'Review',
        subjectId: reviewId,
        detail: { results: results.length },
      });
      return results;
    });
  }
}

/**
 * The top `size` by rank form the shortlist, no category taking more than its cap; a capped
 * category's next nomination gives its place to the next-ranked one of another category.
 */
export function shortlist(
  sheets: ScoreSheet[],
  category: Map<string, string>,
  size: number,
  caps: Record<string, number>,
): Map<string, ResultOutcome> {
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
