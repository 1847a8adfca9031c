import { type Connection, type LoaderRegistry, byKey, firstPagesByParent, paginate, type PageArgs } from '@ronghe/kit';
import type { OrganizationKind } from '@ronghe/types';
import { type DataSource, In, type Repository } from 'typeorm';
import { Organization } from './organization.entity.js';

export interface ListOrganizationsOptions extends Partial<PageArgs> {
  kind?: OrganizationKind | null;
  search?: string | null;
  parentId?: string;
}

const byName = {
  column: 'o.name',
  id: 'o.id',
  key: (o: Organization): [string, string] => [o.name, o.id],
};

/** The registry of units: lookups in batches, lists by keyset pages. */
export class OrganizationService {
  private readonly repo: Repository<Organization>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(Organization);
  }

  /** One query for every id asked in the same request tick. */
  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, Organization | null>('organization.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In([...ids]) });
      return byKey(ids, rows, (o) => o.id, null);
    });
  }

  async list(options: ListOrganizationsOptions): Promise<Connection<Organization>> {
    const query = this.repo.createQueryBuilder('o');
    if (options.kind) query.andWhere('o.kind = :kind', { kind: options.kind });
    if (options.parentId) query.andWhere('o.parent_id = :parentId', { parentId: options.parentId });
    const search = options.search?.trim();
    if (search) {
      query.andWhere("(o.name ILIKE :pattern ESCAPE '\\' OR o.short_name ILIKE :pattern ESCAPE '\\')", {
        pattern: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return paginate(query, options, byName);
  }

  /** First page of children for every parent asked in one request: two queries in all. */
  childrenLoader(loaders: LoaderRegistry, first: number) {
    return loaders.get<string, Connection<Organization>>(`organization.children.${first}`, (parentIds) =>
      firstPagesByParent(this.repo, {
        parentIds,
        parentProperty: 'parentId',
        orderBy: ['name', 'id'],
        key: byName.key,
        first,
      }),
    );
  }
}
