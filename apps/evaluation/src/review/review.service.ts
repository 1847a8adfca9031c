import { type Connection, type PageArgs, paginate } from '@ronghe/kit';
import type { DataSource, Repository } from 'typeorm';
import { Review } from './review.entity.js';

/** The yearly reviews. */
export class ReviewService {
  private readonly repo: Repository<Review>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(Review);
  }

  findById(id: string): Promise<Review | null> {
    return this.repo.findOneBy({ id });
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
