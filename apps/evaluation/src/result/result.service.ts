import {
  byKey,
  type Caller,
  type Connection,
  DomainError,
  firstPagesByParent,
  idKeys,
  type PageArgs,
  paginate,
  requireIdentity,
  requirePermission,
} from '@ronghe/kit';
import { ErrorCode, publishedOutcome, readsResult, resultsReach, type ReviewStatus } from '@ronghe/types';
import type { DataSource, Repository } from 'typeorm';
import type { CriterionService } from '../criterion/criterion.service.js';
import { Review } from '../review/review.entity.js';
import type { ReviewService } from '../review/review.service.js';
import { NominationResult } from './result.entity.js';

// Ranked results first, by rank; zero-padded so the cursor compares as text in rank order.
const rankKey = (r: NominationResult) => String(r.rank ?? 999_999).padStart(6, '0');

/** Results of the review, per nomination, each read only as far as the caller's role allows at the review's stage. */
export class ResultService {
  private readonly repo: Repository<NominationResult>;

  constructor(
    dataSource: DataSource,
    private readonly reviews: ReviewService,
    private readonly criteria: CriterionService,
  ) {
    this.repo = dataSource.getRepository(NominationResult);
  }

  /**
   * A result's score sheet: its own arithmetic as the ranking stored it, with the method, rules
   * version and rubric every sheet of the review shares. Those are frozen once scoring begins, so
   * they are read from the review, not stored 50,000 times (sheets stored before carry the same).
   */
  async scoreSheet(caller: Caller, result: NominationResult): Promise<Record<string, unknown> | null> {
    requirePermission(caller.identity, 'review.manage');
    if (!result.sheet) return null;
    const [review, criteria] = await Promise.all([
      this.reviews.loaderById(caller.loaders).load(result.reviewId),
      this.criteria.loaderByReview(caller.loaders).load(result.reviewId),
    ]);
    return {
      ...result.sheet,
      method: review?.rules.method,
      rulesVersion: review?.rulesVersion,
      criteria: criteria.map(({ id, name, weight, maxScore }) => ({ id, name, weight, maxScore })),
    };
  }

  /**
   * The results of a review the caller may read at its stage: all of them for the office and the
   * approvers, only the published ones once 公示 has started for everyone else. Before 公示 the
   * others are refused: the ranking is not theirs yet.
   */
  readableOutcome(caller: Caller, review: Pick<Review, 'status'>): { outcome: string | null } {
    const identity = requireIdentity(caller.identity);
    const reach = resultsReach(identity, review.status);
    if (reach === 'none') throw new DomainError(ErrorCode.FORBIDDEN, '公示开始前,排名和得分仅限活动办公室和表彰审批单位查阅');
    return { outcome: reach === 'all' ? null : publishedOutcome(review.status) };
  }

  /**
   * `Nomination.result` for every nomination of a request in one query; null where the caller may
   * not read it yet, so a federated page keeps the rest of its answer.
   */
  loaderByNomination(caller: Caller) {
    const identity = requireIdentity(caller.identity);
    return caller.loaders.get<string, NominationResult | null>('result.byNomination', async (ids) => {
      const { entities, raw } = await this.repo
        .createQueryBuilder('r')
        .innerJoin(Review, 'v', 'v.id = r.review_id')
        .addSelect('v.status', 'review_status')
        .where('r.nomination_id = ANY(CAST(:ids AS uuid[]))', { ids: idKeys(ids) })
        .getRawAndEntities<{ r_id: string; review_status: ReviewStatus }>();
      const status = new Map(raw.map((row) => [row.r_id, row.review_status]));
      const readable = entities.filter((r) => readsResult(identity, status.get(r.id) ?? '', r.outcome));
      return byKey(ids, readable, (r) => r.nominationId, null);
    });
  }

  /** A review's results by rank, as far as the caller may read them; first pages of many reviews share one batch. */
  pageOfReview(caller: Caller, review: Pick<Review, 'id' | 'status'>, page: Partial<PageArgs>): Promise<Connection<NominationResult>> {
    const { outcome } = this.readableOutcome(caller, review);
    if (page.after) {
      const query = this.repo.createQueryBuilder('r').where('r.review_id = :reviewId', { reviewId: review.id });
      if (outcome) query.andWhere('r.outcome = :outcome', { outcome });
      return paginate(query, page, {
        column: "lpad(coalesce(r.rank, 999999)::text, 6, '0')",
        id: 'r.id',
        key: (r) => [rankKey(r), r.id],
      });
    }
    const first = page.first ?? 20;
    return caller.loaders
      .get<string, Connection<NominationResult>>(`result.byReview.${first}.${outcome ?? 'all'}`, (reviewIds) =>
        firstPagesByParent(this.repo, {
          parentIds: reviewIds,
          parentProperty: 'reviewId',
          orderBy: ['rank', 'id'],
          key: (r) => [rankKey(r), r.id],
          first,
          ...(outcome ? { where: 'outcome = :outcome', params: { outcome } } : {}),
        }),
      )
      .load(review.id);
  }
}
