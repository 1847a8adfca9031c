import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { recordAct, type Caller, DomainError, newId, requirePermission } from '@ronghe/kit';
import { ErrorCode, ResultOutcome, ReviewStatus } from '@ronghe/types';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, EntityManager } from 'typeorm';
import type { CriterionService } from '../criterion/criterion.service.js';
import { type Marks, type NominationMarks, rankMarks, type ScoreSheet } from '../ranking/ranking.js';
import { toRankingRules } from '../review/review-rules.js';
import { Review } from '../review/review.entity.js';
import type { ReviewService } from '../review/review.service.js';

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

  /** Ranks the review and stores every result; says how many were ranked and shortlisted. */
  async compute(caller: Caller, reviewId: string): Promise<{ ranked: number; shortlisted: number }> {
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
      const sheets = rankMarks(
        nominations,
        criteria,
        await readMarks(
          tx,
          reviewId,
          criteria.map((c) => c.id),
        ),
        toRankingRules(review.rules),
      );
      const category = new Map(nominations.map((n) => [n.nominationId, n.category]));
      const outcome = shortlist(sheets, category, review.shortlistSize, review.categoryCaps ?? {});
      const categoryRank = rankWithinCategories(sheets, category);
      await tx.query('DELETE FROM nomination_result WHERE review_id = $1', [reviewId]);
      await insertResults(tx, reviewId, sheets, (sheet) => ({
        category: category.get(sheet.nominationId) ?? null,
        categoryRank: categoryRank.get(sheet.nominationId) ?? null,
        outcome: outcome.get(sheet.nominationId)!,
      }));
      // A new ranking is a new list: approvals of the old one no longer hold.
      await tx.query('UPDATE approval SET voided_at = now() WHERE review_id = $1 AND voided_at IS NULL', [reviewId]);
      await tx
        .getRepository(Review)
        .update({ id: reviewId }, { status: ReviewStatus.RANKED, shortlistVersion: () => 'shortlist_version + 1' });
      await recordAct(tx, caller.identity, {
        action: 'review.rank',
        subjectType: 'Review',
        subjectId: reviewId,
        detail: { results: sheets.length },
      });
      let shortlisted = 0;
      for (const o of outcome.values()) if (o === ResultOutcome.SHORTLISTED) shortlisted += 1;
      return { ranked: sheets.length, shortlisted };
    });
  }
}

/** Nominations fetched per round trip while streaming marks: bounds what the driver holds at once. */
const MARK_BATCH = 10_000;
/** Result rows per chunk of the COPY stream: one string per chunk, not one per row. */
const RESULT_CHUNK = 1_000;

/**
 * The marks the ranking counts, streamed through a cursor as plain rows, one per nomination: its
 * evaluators in id order, each with its marks in the criteria's order (`<id> 7.5,3,,10;<id> …`;
 * empty: not marked). Only submitted marks, and only from evaluators still assigned and not
 * recused. The arithmetic stays in ranking.ts. Read from each assignment's copy of its submitted
 * marks (one row per evaluator and nomination, in the primary key's order): grouping the million
 * scores themselves took 1–2 s of a province's ranking. One row per nomination, so the driver
 * parses 50,000 rows, not 250,000; the fixed evaluator order makes a score sheet read the same on
 * every recount.
 */
async function readMarks(tx: EntityManager, reviewId: string, criterionIds: string[]): Promise<Marks> {
  const width = criterionIds.length;
  const columns = criterionIds.map((_, i) => `a.submitted_marks ->> $${i + 2}`).join(', ');
  // The cursor is read to its end: planned for all its rows, not for a fast first row.
  await tx.query('SET LOCAL cursor_tuple_fraction = 1');
  await tx.query(
    `DECLARE ranking_marks NO SCROLL CURSOR FOR
       SELECT a.nomination_id AS n,
              string_agg(a.evaluator_account_id::text || ' ' || array_to_string(ARRAY[${columns}], ',', ''), ';'
                         ORDER BY a.evaluator_account_id) AS m
         FROM evaluator_assignment a
        WHERE a.review_id = $1 AND a.recused_at IS NULL AND a.submitted_marks IS NOT NULL
        GROUP BY a.nomination_id`,
    [reviewId, ...criterionIds],
  );
  const marks: Marks = new Map();
  for (;;) {
    const rows: { n: string; m: string }[] = await tx.query(`FETCH ${MARK_BATCH} FROM ranking_marks`);
    for (const { n, m } of rows) {
      const own: NominationMarks = { evaluators: [], values: [] };
      for (const evaluator of m.split(';')) {
        const [e, v] = evaluator.split(' ') as [string, string];
        own.evaluators.push(e);
        const values = v.split(',');
        for (let i = 0; i < width; i++) own.values.push(values[i] ? Number(values[i]) : Number.NaN);
      }
      marks.set(n, own);
    }
    if (rows.length < MARK_BATCH) break;
  }
  await tx.query('CLOSE ranking_marks');
  return marks;
}

/**
 * Writes the results with one COPY, each row's sheet one JSON.stringify: no statement parameters
 * to escape (parallel text arrays cost seconds per 5,000 rows in the driver), no batch document for
 * PostgreSQL to unpack (`jsonb_to_recordset` of 10,000 sheets took most of the ranking's time).
 * What every sheet shares (method, rules version, rubric) is not stored: the score sheet reads it
 * from the review (ResultService.scoreSheet).
 */
async function insertResults(
  tx: EntityManager,
  reviewId: string,
  sheets: ScoreSheet[],
  placed: (sheet: ScoreSheet) => { category: string | null; categoryRank: number | null; outcome: ResultOutcome },
) {
  const client: PoolClient = await tx.queryRunner!.connect();
  function* chunks() {
    for (let i = 0; i < sheets.length; i += RESULT_CHUNK) {
      let text = '';
      for (const sheet of sheets.slice(i, i + RESULT_CHUNK)) {
        const { category, categoryRank, outcome } = placed(sheet);
        text += `${[newId(), reviewId, sheet.nominationId, category, sheet.aggregate, sheet.rank, categoryRank, sheet.tied, outcome, JSON.stringify(sheet)].map(copyValue).join('\t')}\n`;
      }
      yield text;
    }
  }
  await pipeline(
    Readable.from(chunks()),
    client.query(
      copyFrom(
        'COPY nomination_result (id, review_id, nomination_id, category, aggregate_score, rank, category_rank, tied, outcome, sheet) FROM STDIN',
      ),
    ),
  );
}

const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format: null as \N, and the characters that delimit rows and columns escaped. */
const copyValue = (value: string | number | boolean | null): string =>
  value === null ? '\\N' : String(value).replace(/[\\\t\n\r]/g, (c) => copyEscapes[c]!);

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
