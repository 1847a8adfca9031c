import { type Caller, type Connection, cursorRows, type PageArgs, requirePermission, writeXlsxStream, xlsxFileName } from '@ronghe/kit';
import { type Identity, resultOutcomeLabels, type TypicalCategory, typicalCategoryLabels } from '@ronghe/types';
import { type DataSource, In } from 'typeorm';
import type { CriterionService } from '../criterion/criterion.service.js';
import type { EvaluatorTotal } from '../ranking/ranking.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import type { Review } from '../review/review.entity.js';
import type { ReviewService } from '../review/review.service.js';
import type { Upstream } from '../upstream/upstream.client.js';
import { NominationResult } from './result.entity.js';
import type { ResultService } from './result.service.js';
import type { ScoreSheetEntry, ScoreSheetEvaluator } from './score-sheet.types.js';

interface MarkRow {
  nomination_id: string;
  evaluator_account_id: string;
  criterion_id: string;
  value: string;
  comment: string | null;
  evaluator_username: string;
  evaluator_organization_id: string;
}

/**
 * 评分表: per nomination, each evaluator's marks per criterion, the aggregate and the rank, with
 * criterion names and evaluators' names, for the office to answer an objection. Only the marks the
 * ranking counted (submitted, by evaluators still assigned and not recused).
 */
export class ScoreSheetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewService,
    private readonly criteria: CriterionService,
    private readonly results: ResultService,
    private readonly upstream: Upstream,
  ) {}

  /** One page of the score sheet, in rank order. */
  async page(caller: Caller, reviewId: string, page: Partial<PageArgs>): Promise<Connection<ScoreSheetEntry>> {
    const identity = requirePermission(caller.identity, 'review.manage');
    const review = await this.reviews.require(reviewId);
    const results = await this.results.pageOfReview(caller, review, page);
    const entries = await this.entries(identity, review, results.nodes);
    return { ...results, nodes: entries, edges: results.edges.map((edge, i) => ({ cursor: edge.cursor, node: entries[i]! })) };
  }

  /**
   * The whole score sheet as .xlsx, one row per nomination and evaluator, for the export job: the
   * results read through one cursor in rank order, and their marks and names a batch at a time, so
   * a province's review (50,000 nominations, 250,000 rows) is never held whole.
   */
  async exportFile(
    caller: Caller,
    reviewId: string,
    onProgress?: (done: number, total: number) => Promise<void>,
    batchSize = EXPORT_BATCH,
  ): Promise<{ fileName: string; content: Buffer; rowCount: number }> {
    const identity = requirePermission(caller.identity, 'review.manage');
    const review = await this.reviews.require(reviewId);
    const criteria = await this.criteria.ofReview(reviewId);
    const [{ total }] = await this.dataSource.query('SELECT count(*)::int AS total FROM nomination_result WHERE review_id = $1', [
      reviewId,
    ]);
    const lookups: Lookups = { criteria, displayName: null };
    const query = this.dataSource
      .getRepository(NominationResult)
      .createQueryBuilder('r')
      .select(['r.nomination_id AS "nominationId"', 'r.category AS category', 'r.rank AS rank', 'r.tied AS tied'])
      .addSelect(['r.aggregate_score::float8 AS "aggregateScore"', 'r.outcome AS outcome', 'r.sheet AS sheet'])
      .where('r.review_id = :reviewId', { reviewId })
      .orderBy('r.rank', 'ASC', 'NULLS LAST')
      .addOrderBy('r.id', 'ASC');
    const sheetRows = async function* (this: ScoreSheetService): AsyncGenerator<SheetRow> {
      let batch: ResultRow[] = [];
      let done = 0;
      const rowsOf = async (results: ResultRow[]) => {
        const entries = await this.entries(identity, review, results, lookups);
        done += results.length;
        await onProgress?.(done, total);
        return entries.flatMap((entry): SheetRow[] =>
          entry.evaluators.length ? entry.evaluators.map((evaluator) => ({ entry, evaluator })) : [{ entry, evaluator: null }],
        );
      };
      for await (const result of cursorRows<ResultRow>(this.dataSource, query)) {
        batch.push(result);
        if (batch.length < batchSize) continue;
        yield* await rowsOf(batch);
        batch = [];
      }
      if (batch.length) yield* await rowsOf(batch);
    }.call(this);
    const normalized = review.rules.normalizePerEvaluator;
    const { content, rowCount } = await writeXlsxStream<SheetRow>(
      `${review.year}年度评分表`,
      [
        { header: '名次', width: 8, value: (r) => r.entry.rank },
        { header: '被推荐对象', width: 30, value: (r) => r.entry.nominee },
        { header: '类别', width: 18, value: (r) => typicalCategoryLabels[r.entry.category] },
        { header: '推荐单位', width: 24, value: (r) => r.entry.nominator },
        { header: '评审专家', width: 14, value: (r) => r.evaluator?.name ?? '(无有效评分)' },
        { header: '专家单位', width: 22, value: (r) => r.evaluator?.unit ?? '' },
        ...criteria.map((c) => ({
          header: `${c.name}(满分 ${c.maxScore},权重 ${c.weight})`,
          width: 16,
          value: (r: SheetRow) => r.evaluator?.marks.find((m) => m.criterionId === c.id)?.value ?? null,
        })),
        { header: '加权合计(百分制)', width: 14, value: (r) => r.evaluator?.total ?? null },
        ...(normalized ? [{ header: '标准化后', width: 12, value: (r: SheetRow) => r.evaluator?.normalized ?? null }] : []),
        { header: '是否计入', width: 10, value: (r) => (r.evaluator ? (r.evaluator.dropped ? '去掉' : '计入') : '') },
        { header: '评语', width: 30, value: (r) => r.evaluator?.comment ?? '' },
        { header: '综合得分', width: 10, value: (r) => r.entry.aggregateScore },
        { header: '结果', width: 10, value: (r) => resultOutcomeLabels[r.entry.outcome] },
      ],
      sheetRows,
      MAX_SHEET_ROWS,
    );
    return { fileName: xlsxFileName(`${review.year}年度十类典型考核评审评分表`), content, rowCount };
  }

  /**
   * The sheet of the given results, with names read from the registry in one call each. An export
   * calls it batch after batch and passes `lookups`, so the rubric and the evaluators are read once.
   */
  private async entries(identity: Identity, review: Review, results: ResultRow[], lookups?: Lookups): Promise<ScoreSheetEntry[]> {
    if (results.length === 0) return [];
    const nominationIds = results.map((r) => r.nominationId);
    const [criteria, nominations, marks] = await Promise.all([
      lookups?.criteria ?? this.criteria.ofReview(review.id),
      this.dataSource.getRepository(ReviewNomination).findBy({ reviewId: review.id, nominationId: In(nominationIds) }),
      this.dataSource.query(
        `SELECT s.nomination_id, s.evaluator_account_id, s.criterion_id, s.value, s.comment,
                a.evaluator_username, a.evaluator_organization_id
           FROM score s
           JOIN evaluator_assignment a ON a.review_id = s.review_id AND a.nomination_id = s.nomination_id
                                      AND a.evaluator_account_id = s.evaluator_account_id AND a.recused_at IS NULL
          WHERE s.review_id = $1 AND s.nomination_id = ANY($2::uuid[]) AND s.submitted_at IS NOT NULL`,
        [review.id, nominationIds],
      ) as Promise<MarkRow[]>,
    ]);
    const nominationOf = new Map(nominations.map((n) => [n.nominationId, n]));
    const marksOf = new Map<string, MarkRow[]>();
    for (const mark of marks) {
      const own = marksOf.get(mark.nomination_id);
      if (own) own.push(mark);
      else marksOf.set(mark.nomination_id, [mark]);
    }
    const evaluatorNames = async () => {
      const evaluators = await this.upstream.evaluators(identity);
      // An evaluator disabled since scoring is no longer listed: the login name is all that is left.
      return new Map(evaluators.map((e) => [e.accountId, e.displayName]));
    };
    if (lookups && marks.length) lookups.displayName ??= evaluatorNames();
    const [displayName, names] = await Promise.all([
      marks.length ? (lookups?.displayName ?? evaluatorNames()) : Promise.resolve(new Map<string, string>()),
      this.upstream.names(
        [
          ...new Set([
            ...nominations.flatMap((n) => [n.nomineeOrganizationId, n.nominatorOrganizationId]),
            ...marks.map((m) => m.evaluator_organization_id),
          ]),
        ].filter((id): id is string => !!id),
        nominations.map((n) => n.nomineePersonId).filter((id): id is string => !!id),
        identity,
      ),
    ]);
    return results.map((result) => {
      const nomination = nominationOf.get(result.nominationId);
      const category = (nomination?.category ?? result.category) as TypicalCategory;
      const applying = criteria.filter((c) => c.categories.length === 0 || c.categories.includes(category));
      const mine = marksOf.get(result.nominationId) ?? [];
      const totals = new Map(((result.sheet?.evaluators as EvaluatorTotal[] | undefined) ?? []).map((t) => [t.evaluatorId, t] as const));
      // In the ranking's order where it recorded one, else in the order the marks came.
      const accountIds = [...new Set([...totals.keys(), ...mine.map((m) => m.evaluator_account_id)])].filter((id) =>
        mine.some((m) => m.evaluator_account_id === id),
      );
      return {
        nominationId: result.nominationId,
        nomination: { id: result.nominationId },
        nominee: names.get(nomination?.nomineeOrganizationId ?? nomination?.nomineePersonId ?? '') ?? '',
        nominator: names.get(nomination?.nominatorOrganizationId ?? '') ?? '',
        category,
        rank: result.rank,
        aggregateScore: result.aggregateScore,
        tied: result.tied,
        outcome: result.outcome,
        criteria: applying.map(({ id, name, weight, maxScore }) => ({ id, name, weight, maxScore })),
        evaluators: accountIds.map((accountId) => {
          const own = mine.filter((m) => m.evaluator_account_id === accountId);
          const first = own[0]!;
          const total = totals.get(accountId);
          return {
            accountId,
            name: displayName.get(accountId) ?? first.evaluator_username,
            unit: names.get(first.evaluator_organization_id) ?? null,
            marks: applying.map((c) => {
              const mark = own.find((m) => m.criterion_id === c.id);
              return { criterionId: c.id, value: mark ? Number(mark.value) : null };
            }),
            total: total ? round(total.total) : null,
            normalized: total ? round(total.normalized) : null,
            dropped: total?.dropped ?? false,
            comment: own.find((m) => m.comment)?.comment ?? null,
          };
        }),
      };
    });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

/** What a score sheet row needs of a result (read whole as entities for a page, as plain rows for an export). */
type ResultRow = Pick<NominationResult, 'nominationId' | 'category' | 'rank' | 'aggregateScore' | 'tied' | 'outcome' | 'sheet'>;

/** What every batch of an export shares: read once. */
interface Lookups {
  criteria: Awaited<ReturnType<CriterionService['ofReview']>>;
  displayName: Promise<Map<string, string>> | null;
}

/** One row of the exported sheet: a nomination with one evaluator, or with none who marked it. */
type SheetRow = { entry: ScoreSheetEntry; evaluator: ScoreSheetEvaluator | null };

/** Results whose marks and names are read together while the score sheet is exported. */
const EXPORT_BATCH = 1000;
/** Rows an exported score sheet may hold: a province's review (250,000) fits; Excel takes 1,048,576. */
const MAX_SHEET_ROWS = 1_000_000;
