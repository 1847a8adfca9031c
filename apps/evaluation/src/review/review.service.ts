import { byKey, type Connection, idKeys, type LoaderRegistry, notFound, type PageArgs, paginate } from '@ronghe/kit';
import { type DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { Review } from './review.entity.js';

/** The yearly reviews: found, listed, and locked by the modules that change them. */
export class ReviewService {
  private readonly repo: Repository<Review>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(Review);
  }

  findById(id: string): Promise<Review | null> {
    return this.repo.findOneBy({ id });
  }

  /** The reviews of a request by id, in one query. */
  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, Review | null>('review.byId', async (ids) =>
      byKey(ids, await this.repo.findBy({ id: In(idKeys(ids)) }), (r) => r.id, null),
    );
  }

  async require(id: string, manager: EntityManager = this.dataSource.manager): Promise<Review> {
    const review = await manager.getRepository(Review).findOneBy({ id });
    if (!review) throw notFound('评审', id);
    return review;
  }

  /** The review with its row locked until `manager`'s transaction ends: for update to change its state, shared to rely on it. */
  async lock(id: string, manager: EntityManager, mode: 'pessimistic_write' | 'pessimistic_read' = 'pessimistic_write'): Promise<Review> {
    const review = await manager.getRepository(Review).createQueryBuilder('r').setLock(mode).where('r.id = :id', { id }).getOne();
    if (!review) throw notFound('评审', id);
    return review;
  }

  /** The reviews, newest year first. */
  list(page: Partial<PageArgs>): Promise<Connection<Review>> {
    return paginate(this.repo.createQueryBuilder('r'), page, {
      column: "lpad(r.year::text, 4, '0')",
      id: 'r.id',
      key: (r) => [String(r.year).padStart(4, '0'), r.id],
      descending: true,
    });
  }
}
