import { groupByKey, idKeys, type LoaderRegistry } from '@ronghe/kit';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Criterion } from './criterion.entity.js';

/** A review's rubric, as read by setup, scoring and the `Review.criteria` field. */
export class CriterionService {
  constructor(private readonly dataSource: DataSource) {}

  ofReview(reviewId: string, manager: EntityManager = this.dataSource.manager): Promise<Criterion[]> {
    return manager.getRepository(Criterion).find({ where: { reviewId }, order: { sortOrder: 'ASC' } });
  }

  /** The rubrics of every review of a request in one query. */
  loaderByReview(loaders: LoaderRegistry) {
    return loaders.get<string, Criterion[]>('criterion.byReview', async (ids) => {
      const rows = await this.dataSource
        .getRepository(Criterion)
        .find({ where: { reviewId: In(idKeys(ids)) }, order: { sortOrder: 'ASC' } });
      return groupByKey(ids, rows, (c) => c.reviewId);
    });
  }
}
