import { byKey, type Connection, firstPagesByParent, type LoaderRegistry, type PageArgs, paginate } from '@ronghe/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { Nomination } from './nomination.entity.js';
import type { NominationsArgs } from './nomination.inputs.js';

const byCreation = {
  column: 'n.created_at',
  id: 'n.id',
  key: (n: Nomination): [string, string] => [n.createdAt.toISOString(), n.id],
};

export type NominationParent = 'nomineeOrganizationId' | 'nominatorOrganizationId';

/** Nominations: lists, lookups and the relation pages a unit shows. */
export class NominationService {
  private readonly repo: Repository<Nomination>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(Nomination);
  }

  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, Nomination | null>('nomination.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In([...ids]) });
      return byKey(ids, rows, (n) => n.id, null);
    });
  }

  list(args: Partial<NominationsArgs>): Promise<Connection<Nomination>> {
    const query = this.repo.createQueryBuilder('n');
    if (args.cycleId) query.andWhere('n.cycle_id = :cycleId', { cycleId: args.cycleId });
    if (args.category) query.andWhere('n.category = :category', { category: args.category });
    if (args.status) query.andWhere('n.status = :status', { status: args.status });
    return paginate(query, args, byCreation);
  }

  /** A unit's nominations, made or received; first pages of many units share one batch. */
  pageOf(loaders: LoaderRegistry, parent: NominationParent, unitId: string, page: Partial<PageArgs>) {
    if (page.after) {
      const query = this.repo.createQueryBuilder('n').where(`n.${parent} = :unitId`, { unitId });
      return paginate(query, page, byCreation);
    }
    const first = page.first ?? 20;
    return loaders
      .get<string, Connection<Nomination>>(`nomination.by.${parent}.${first}`, (unitIds) =>
        firstPagesByParent(this.repo, {
          parentIds: unitIds,
          parentProperty: parent,
          orderBy: ['createdAt', 'id'],
          key: byCreation.key,
          first,
        }),
      )
      .load(unitId);
  }
}
