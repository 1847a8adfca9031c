import { byKey, type Connection, type LoaderRegistry, type PageArgs, paginate } from '@ronghe/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { NominationCycle } from './cycle.entity.js';

/** The yearly calls. */
export class CycleService {
  private readonly repo: Repository<NominationCycle>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(NominationCycle);
  }

  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, NominationCycle | null>('cycle.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In([...ids]) });
      return byKey(ids, rows, (c) => c.id, null);
    });
  }

  /** The cycles, newest year first. */
  list(page: Partial<PageArgs>): Promise<Connection<NominationCycle>> {
    return paginate(this.repo.createQueryBuilder('c'), page, {
      column: "lpad(c.year::text, 4, '0')",
      id: 'c.id',
      key: (c) => [String(c.year).padStart(4, '0'), c.id],
      descending: true,
    });
  }
}
