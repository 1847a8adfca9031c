import { byKey, type Connection, type LoaderRegistry, paginate } from '@ronghe/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { Task } from './task.entity.js';
import type { TasksArgs } from './task.inputs.js';

const inPlanOrder = {
  column: 'lpad(t.sort_order::text, 6, \'0\')',
  id: 't.id',
  key: (t: Task): [string, string] => [String(t.sortOrder).padStart(6, '0'), t.id],
};

/** The district plan's tasks. */
export class TaskService {
  private readonly repo: Repository<Task>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(Task);
  }

  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, Task | null>('task.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In([...ids]) });
      return byKey(ids, rows, (t) => t.id, null);
    });
  }

  list(args: Partial<TasksArgs>): Promise<Connection<Task>> {
    const query = this.repo.createQueryBuilder('t');
    if (args.area) query.andWhere('t.area = :area', { area: args.area });
    return paginate(query, args, inPlanOrder);
  }
}
