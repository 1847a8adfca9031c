import { recordAct, type Caller, DomainError, newId, requirePermission } from '@ronghe/kit';
import { ErrorCode, ResultOutcome, ReviewStatus } from '@ronghe/types';
import type { DataSource, EntityManager } from 'typeorm';
import type { CriterionService } from '../criterion/criterion.service.js';
import { type Marks, rankMarks, type ScoreSheet } from '../ranking/ranking.js';
import { toRankingRules } from '../review/review-rules.js';
import { Review } from '../review/review.entity.js';
import type { ReviewService } from '../review/review.service.js';
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
      // A fixed order in, so a tie no rule breaks comes out the same on every recount. Plain rows:
      // a province's review holds 50,000 nominations and a million scores, too many for entities.
      const nominations: { nominationId: string; position: number; category: string }[] = await tx.query(
        `SELECT nomination_id AS "nominationId", position, category FROM review_nomination
          WHERE review_id = $1 ORDER BY category, position, nomination_id`,
        [reviewId],
      );
      const criteria = await this.criteria.ofReview(reviewId, tx);
      // The marks' sort (a million scores) and each batch's unpacked rows spill to disk at the
      // default 4 MB; this transaction alone gets room to keep them in memory.
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      const marks = await readMarks(tx, reviewId);
      const sheets = rankMarks(
        nominations,
        criteria.map((c) => ({ id: c.id, weight: c.weight, maxScore: c.maxScore, categories: c.categories })),
        marks,
        toRankingRules(review.rules),
      );
      marks.clear();
      const category = new Map(nominations.map((n) => [n.nominationId, n.category]));
      const outcome = shortlist(sheets, category, review.shortlistSize, review.categoryCaps ?? {});
      const categoryRank = rankWithinCategories(sheets, category);
      const rubric = criteria.map(({ id, name, weight, maxScore }) => ({ id, name, weight, maxScore }));
      // What every sheet of this ranking shares: sent once, merged into each row by PostgreSQL.
      const shared = { method: review.rules.method, rulesVersion: review.rulesVersion, criteria: rubric };
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
          sheet: { ...sheet, ...shared } as unknown as Record<string, unknown>,
        }),
      );
      await tx.query('DELETE FROM nomination_result WHERE review_id = $1', [reviewId]);
      await insertResults(tx, reviewId, results, sheets, shared);
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

/** Rows fetched per round trip while streaming marks: bounds what the driver holds at once. */
const MARK_BATCH = 10_000;
/** Results written per statement. */
const RESULT_BATCH = 5_000;

/**
 * The marks the ranking counts, streamed through a cursor as plain rows, one per nomination and
 * evaluator: only submitted scores, and only from evaluators still assigned and not recused.
 * Evaluators come in a fixed order so a score sheet reads the same on every recount.
 */
async function readMarks(tx: EntityManager, reviewId: string): Promise<Marks> {
  const marks: Marks = new Map();
  await tx.query(
    `DECLARE ranking_marks NO SCROLL CURSOR FOR
       SELECT s.nomination_id AS n, s.evaluator_account_id AS e, string_agg(s.criterion_id::text, ',') AS c, string_agg(s.value::text, ',') AS v
         FROM score s
         JOIN evaluator_assignment a ON a.review_id = s.review_id AND a.nomination_id = s.nomination_id
                                    AND a.evaluator_account_id = s.evaluator_account_id AND a.recused_at IS NULL
        WHERE s.review_id = $1 AND s.submitted_at IS NOT NULL
        GROUP BY s.nomination_id, s.evaluator_account_id
        ORDER BY s.nomination_id, s.evaluator_account_id`,
    [reviewId],
  );
  for (;;) {
    const rows: { n: string; e: string; c: string; v: string }[] = await tx.query(`FETCH ${MARK_BATCH} FROM ranking_marks`);
    for (const { n, e, c, v } of rows) {
      let evaluators = marks.get(n);
      if (!evaluators) {
        evaluators = new Map();
        marks.set(n, evaluators);
      }
      const ids = c.split(',');
      const values = v.split(',');
      evaluators.set(e, new Map(ids.map((id, i) => [id, Number(values[i])])));
    }
    if (rows.length < MARK_BATCH) break;
  }
  await tx.query('CLOSE ranking_marks');
  return marks;
}

/**
 * Writes the results in a few statements, each batch one JSON document PostgreSQL unpacks. One
 * JSON.stringify per batch, not parallel text arrays: the driver escaped every sheet into an array
 * literal (a second copy of megabytes per batch), which cost seconds per 5,000 rows while the
 * insert itself takes a fraction of one. The parts every sheet shares go once, in `shared`.
 */
async function insertResults(tx: EntityManager, reviewId: string, results: NominationResult[], sheets: ScoreSheet[], shared: object) {
  for (let i = 0; i < results.length; i += RESULT_BATCH) {
    const rows = results.slice(i, i + RESULT_BATCH).map((r, j) => ({
      id: r.id,
      n: r.nominationId,
      c: r.category,
      a: r.aggregateScore,
      r: r.rank,
      cr: r.categoryRank,
      t: r.tied,
      o: r.outcome,
      s: sheets[i + j],
    }));
    await tx.query(
      `INSERT INTO nomination_result (id, review_id, nomination_id, category, aggregate_score, rank, category_rank, tied, outcome, removed_reason, sheet)
       SELECT r.id, $1, r.n, r.c, r.a, r.r, r.cr, r.t, r.o, NULL, r.s || $3::jsonb
         FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, n uuid, c text, a numeric, r integer, cr integer, t boolean, o text, s jsonb)`,
      [reviewId, JSON.stringify(rows), JSON.stringify(shared)],
    );
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
