import { type Caller, DomainError, groupByKey, type LoaderRegistry, newId, requirePermission } from '@ronghe/kit';
import { ErrorCode, IndicatorKind, ListLimit } from '@ronghe/types';
import { type DataSource, In, type Repository } from 'typeorm';
import { audit } from '../audit/audit.js';
import type { Clock } from '@ronghe/kit/clock';
import type { StatusRefresh } from '../supervision/supervision.service.js';
import type { DocumentService } from '../document/document.service.js';
import type { TaskService } from '../task/task.service.js';
import { Indicator } from './indicator.entity.js';
import type { CreateIndicatorInput } from './indicator.inputs.js';

const MAX_CHECKLIST_ITEMS = ListLimit.CHECKLIST_ITEMS;

/** The measurable targets of tasks. */
export class IndicatorService {
  private readonly repo: Repository<Indicator>;

  constructor(
    dataSource: DataSource,
    private readonly documents: DocumentService,
    private readonly tasks: TaskService,
    private readonly clock: Clock,
    private readonly statuses: StatusRefresh,
  ) {
    this.repo = dataSource.getRepository(Indicator);
  }

  /** Indicators of many tasks in one query, in the order they were set. */
  byTaskLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Indicator[]>('indicator.byTask', async (taskIds) => {
      const rows = await this.repo.find({ where: { taskId: In([...taskIds]) }, order: { sortOrder: 'ASC', id: 'ASC' } });
      return groupByKey(taskIds, rows, (i) => i.taskId);
    });
  }

  async create(caller: Caller, input: CreateIndicatorInput): Promise<Indicator> {
    const actor = requirePermission(caller.identity, 'tasks.write');
    const task = await this.tasks.require(caller.loaders, input.taskId);
    await this.documents.requireInForce(caller.loaders, task.documentId);
    this.tasks.assertManages(actor, task);
    const name = input.name.trim();
    if (!name) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写指标名称', { field: 'name' });
    const items = [...new Set(input.checklistItems.map((i) => i.trim()).filter(Boolean))];
    let target: number | null = input.target ?? null;
    if (input.kind === IndicatorKind.CHECKLIST) {
      if (items.length === 0 || items.length > MAX_CHECKLIST_ITEMS) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `清单类指标须列出 1 至 ${MAX_CHECKLIST_ITEMS} 项`, { field: 'checklistItems' });
      }
      target = null;
    } else {
      if (target === null || !Number.isFinite(target) || target < 0) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写不小于 0 的目标值', { field: 'target' });
      }
      if (input.kind !== IndicatorKind.COUNT && target > 100) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, '百分比或比率的目标值不能超过 100', { field: 'target' });
      }
      if (items.length > 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, '只有清单类指标才有清单项', { field: 'checklistItems' });
    }
    const created = await this.documents.transaction(task.documentId, async (tx) => {
      // The task row serialises numbering, and its deadline is read again under the lock.
      const [locked] = await tx.query('SELECT deadline::text AS deadline FROM task WHERE id = $1 FOR UPDATE', [task.id]);
      if (input.deadline && locked?.deadline && input.deadline > locked.deadline) {
        throw new DomainError(ErrorCode.DEADLINE_AFTER_PARENT, `达标期限不能晚于任务期限 ${locked.deadline}`, { field: 'deadline' });
      }
      const [{ count }] = await tx.query('SELECT COUNT(*)::int AS count FROM indicator WHERE task_id = $1', [task.id]);
      const indicator = {
        id: newId(),
        taskId: task.id,
        name,
        kind: input.kind,
        target,
        unitOfMeasure: input.unitOfMeasure.trim() || (input.kind === IndicatorKind.COUNT ? '' : '%'),
        checklistItems: items,
        deadline: input.deadline ?? null,
        sortOrder: count + 1,
      };
      await tx.getRepository(Indicator).insert(indicator);
      await audit(tx, this.clock(), actor, 'indicator', indicator.id, 'create', { taskId: task.id, name, kind: input.kind, target });
      return tx.getRepository(Indicator).findOneByOrFail({ id: indicator.id });
    });
    await this.statuses({ taskIds: [task.id] });
    return created;
  }
}
