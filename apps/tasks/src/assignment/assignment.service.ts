import { type Connection, firstPagesByParent, type LoaderRegistry, type PageArgs, paginate } from '@ronghe/kit';
import type { DataSource, Repository } from 'typeorm';
import { Assignment } from './assignment.entity.js';

const byCreation = {
  column: 'a.created_at',
  id: 'a.id',
  key: (a: Assignment): [string, string] => [a.createdAt.toISOString(), a.id],
};

/** Who is responsible for which task. */
export class AssignmentService {
  private readonly repo: Repository<Assignment>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(Assignment);
  }

  /**
   * A page of assignments of one task or one unit. First pages of many parents share one batch;
   * a later page (with a cursor) is asked for one parent at a time.
   */
  pageOf(
    loaders: LoaderRegistry,
    parentProperty: 'taskId' | 'organizationId',
    parentId: string,
    page: Partial<PageArgs>,
  ): Promise<Connection<Assignment>> {
    if (page.after) {
      const query = this.repo.createQueryBuilder('a').where(`a.${parentProperty} = :parentId`, { parentId });
      return paginate(query, page, byCreation);
    }
    const first = page.first ?? 20;
    return loaders
      .get<string, Connection<Assignment>>(`assignment.by.${parentProperty}.${first}`, (parentIds) =>
        firstPagesByParent(this.repo, { parentIds, parentProperty, orderBy: ['createdAt', 'id'], key: byCreation.key, first }),
      )
      .load(parentId);
  }
}
