import { byKey, type Connection, firstPagesByParent, idKeys, type LoaderRegistry, type PageArgs, paginate } from '@ronghe/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { NominationResult } from './result.entity.js';

// Ranked results first, by rank; zero-padded so the cursor compares as text in rank order.
const rankKey = (r: NominationResult) => String(r.rank ?? 999_999).padStart(6, '0');

/** Results of the review, per nomination. */
export class ResultService {
  private readonly repo: Repository<NominationResult>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(NominationResult);
  }

  /** `Nomination.result` for every nomination of a request in one query. */
  loaderByNomination(loaders: LoaderRegistry) {
    return loaders.get<string, NominationResult | null>('result.byNomination', async (ids) => {
      const rows = await this.repo.findBy({ nominationId: In(idKeys(ids)) });
      return byKey(ids, rows, (r) => r.nominationId, null);
    });
  }

  /** A review's results by rank; first pages of many reviews share one batch. */
  pageOfReview(loaders: LoaderRegistry, reviewId: string, page: Partial<PageArgs>): Promise<Connection<NominationResult>> {
    if (page.after) {
      const query = this.repo.createQueryBuilder('r').where('r.review_id = :reviewId', { reviewId });
      return paginate(query, page, {
        column: "lpad(coalesce(r.rank, 999999)::text, 6, '0')",
        id: 'r.id',
        key: (r) => [rankKey(r), r.id],
      });
    }
    const first = page.first ?? 20;
    return loaders
      .get<string, Connection<NominationResult>>(`result.byReview.${first}`, (reviewIds) =>
        firstPagesByParent(this.repo, {
          parentIds: reviewIds,
          parentProperty: 'reviewId',
          orderBy: ['rank', 'id'],
          key: (r) => [rankKey(r), r.id],
          first,
        }),
      )
      .load(reviewId);
  }
}
