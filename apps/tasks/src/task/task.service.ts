import {
  byKey,
  type Caller,
  type Connection,
  DomainError,
  groupByKey,
  idKeys,
  type LoaderRegistry,
  newId,
  notFound,
  paginate,
  requireIdentity,
  requirePermission,
  updateVersioned,
} from '@ronghe/kit';
import {
  actsForDistrict,
  AssignmentRole,
  DocumentValidity,
  ErrorCode,
  type Identity,
  OrganizationStatus,
  type ReportPeriod,
} from '@ronghe/types';
import { type DataSource, type EntityManager, In, IsNull, type Repository } from 'typeorm';
import { Assignment } from '../assignment/assignment.entity.js';
import { audit } from '../audit/audit.js';
import type { Clock } from '@ronghe/kit/clock';
import type { StatusRefresh } from '../supervision/supervision.service.js';
import type { DocumentService } from '../document/document.service.js';
import type { Registry, UnitFacts } from '../registry/registry.client.js';
import { Task } from './task.entity.js';
import type { CreateSubTaskInput, TasksArgs, UpdateTaskScheduleInput } from './task.inputs.js';

const inPlanOrder = {
  column: "lpad(t.sort_order::text, 6, '0')",
  id: 't.id',
  key: (t: Task): [string, string] => [String(t.sortOrder).padStart(6, '0'), t.id],
};

/** A plan's tasks, and their decomposition into units' own plans (一级抓一级). */
export class TaskService {
  private readonly repo: Repository<Task>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentService,
    private readonly registry: Registry,
    private readonly clock: Clock,
    private readonly statuses: StatusRefresh,
  ) {
    this.repo = dataSource.getRepository(Task);
  }

  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, Task | null>('task.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In(idKeys(ids)) });
      return byKey(ids, rows, (t) => t.id, null);
    });
  }

  /** Sub-tasks of many tasks in one query. */
  childrenLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Task[]>('task.children', async (ids) => {
      const rows = await this.repo.find({ where: { parentId: In([...ids]) }, order: { sortOrder: 'ASC', id: 'ASC' } });
      return groupByKey(ids, rows, (t) => t.parentId!);
    });
  }

  async require(loaders: LoaderRegistry, id: string): Promise<Task> {
    const task = await this.loaderById(loaders).load(id);
    if (!task) throw notFound('任务', id);
    return task;
  }

  /** The main tasks of a plan: the one asked for, else the plans in force. */
  async list(caller: Caller, args: Partial<TasksArgs>): Promise<Connection<Task>> {
    requireIdentity(caller.identity);
    const query = this.repo.createQueryBuilder('t').where('t.parent_id IS NULL');
    if (args.documentId) query.andWhere('t.document_id = :documentId', { documentId: args.documentId });
    else {
      query.andWhere('t.document_id IN (SELECT d.id FROM policy_document d WHERE d.validity = :valid)', { valid: DocumentValidity.VALID });
    }
    if (args.area) query.andWhere('t.area = :area', { area: args.area });
    return paginate(query, args, inPlanOrder);
  }

  /**
   * 本级方案: a unit holding a task decomposes it into a sub-task of its own plan and hands it to
   * units within its jurisdiction. The office may decompose any district task.
   */
  async createSubTask(caller: Caller, input: CreateSubTaskInput): Promise<Task> {
    const actor = requirePermission(caller.identity, 'tasks.write');
    const parent = await this.require(caller.loaders, input.parentId);
    await this.documents.requireInForce(caller.loaders, parent.documentId);
    const title = input.title.trim();
    const requirement = input.requirement.trim();
    if (!title) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写子任务名称', { field: 'title' });
    if (!requirement) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写工作要求', { field: 'requirement' });
    assertWithinParent(input.deadline, parent.deadline);
    if (input.assignees.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请至少指定一个责任单位', { field: 'assignees' });
    const ids = input.assignees.map((a) => a.organizationId);
    if (new Set(ids).size !== ids.length) throw new DomainError(ErrorCode.BAD_USER_INPUT, '同一单位不能重复指定', { field: 'assignees' });
    if (input.assignees.filter((a) => a.role === AssignmentRole.LEAD).length > 1) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '每项任务只能有一个牵头单位', { field: 'assignees' });
    }
    const owner = await this.decomposingUnit(actor, parent);
    await this.assignableUnits(actor, owner, ids);

    const task = this.repo.create({
      id: newId(),
      code: '',
      title,
      requirement,
      area: parent.area,
      documentId: parent.documentId,
      parentId: parent.id,
      ownerOrganizationId: owner,
      deadline: input.deadline,
      reportPeriod: input.reportPeriod ?? parent.reportPeriod,
      sortOrder: 0,
    });
    const created = await this.documents.transaction(parent.documentId, async (tx) => {
      // Serialise numbering of one parent's sub-tasks (一.1, 一.2, …), and read the parent's deadline
      // again under the lock: it may have moved since it was checked above.
      const [locked] = await tx.query('SELECT deadline::text AS deadline FROM task WHERE id = $1 FOR UPDATE', [parent.id]);
      assertWithinParent(input.deadline, locked?.deadline ?? null);
      const [{ count }] = await tx.query('SELECT COUNT(*)::int AS count FROM task WHERE parent_id = $1', [parent.id]);
      task.sortOrder = count + 1;
      task.code = `${parent.code}.${count + 1}`;
      await tx.getRepository(Task).insert(task);
      await tx
        .getRepository(Assignment)
        .insert(input.assignees.map((a) => ({ id: newId(), taskId: task.id, organizationId: a.organizationId, role: a.role })));
      await audit(tx, this.clock(), actor, 'task', task.id, 'decompose', {
        parentId: parent.id,
        ownerOrganizationId: owner,
        assignees: input.assignees.map((a) => ({ organizationId: a.organizationId, role: a.role })),
      });
      return tx.getRepository(Task).findOneByOrFail({ id: task.id });
    });
    await this.statuses({ taskIds: [task.id] });
    return created;
  }

  /** Sets a task's deadline and reporting cycle: the office on district tasks, the owner on its own. */
  async updateSchedule(caller: Caller, input: UpdateTaskScheduleInput): Promise<Task> {
    const actor = requirePermission(caller.identity, 'tasks.write');
    const task = await this.require(caller.loaders, input.id);
    await this.documents.requireInForce(caller.loaders, task.documentId);
    this.assertManages(actor, task);
    const deadline = input.deadline ?? null;
    const scheduled = await this.documents.transaction(task.documentId, async (tx) => {
      // The task and its parent, locked in one order: a sub-task being decomposed under this task,
      // or the parent's deadline moving, waits, so the bounds checked below still hold at commit.
      await tx.query('SELECT id FROM task WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [[task.id, task.parentId].filter(Boolean)]);
      await this.assertScheduleFits(tx, task, deadline, input.reportPeriod);
      const changes = { deadline, reportPeriod: input.reportPeriod };
      const scheduled = await updateVersioned(tx, {
        entity: Task,
        current: task,
        version: input.version,
        changes,
        stale: '该任务已被他人修改,请刷新后重试',
      });
      await audit(tx, this.clock(), actor, 'task', task.id, 'schedule', {
        from: { deadline: task.deadline, reportPeriod: task.reportPeriod },
        to: { deadline, reportPeriod: input.reportPeriod },
      });
      return scheduled;
    });
    await this.statuses({ taskIds: [task.id] });
    return scheduled;
  }

  /**
   * A deadline stays within the parent's and after its sub-tasks' and indicators'. The reporting
   * cycle is fixed once a report exists: monthly and quarterly periods would not compare.
   */
  private async assertScheduleFits(tx: EntityManager, task: Task, deadline: string | null, reportPeriod: ReportPeriod) {
    const [bounds] = await tx.query(
      `SELECT (SELECT deadline::text FROM task WHERE id = $2) AS parent,
              (SELECT MAX(deadline)::text FROM task WHERE parent_id = $1) AS child,
              (SELECT MAX(deadline)::text FROM indicator WHERE task_id = $1) AS indicator,
              EXISTS (SELECT 1 FROM progress_report r JOIN assignment a ON a.id = r.assignment_id WHERE a.task_id = $1) AS reported`,
      [task.id, task.parentId],
    );
    if (deadline) assertWithinParent(deadline, bounds.parent);
    if (deadline && bounds.child && bounds.child > deadline) {
      throw new DomainError(ErrorCode.DEADLINE_AFTER_PARENT, `已分解的子任务期限最晚为 ${bounds.child},上级任务的期限不能更早`, {
        field: 'deadline',
      });
    }
    if (deadline && bounds.indicator && bounds.indicator > deadline) {
      throw new DomainError(ErrorCode.DEADLINE_AFTER_PARENT, `指标的达标期限最晚为 ${bounds.indicator},任务的期限不能更早`, {
        field: 'deadline',
      });
    }
    if (reportPeriod !== task.reportPeriod && bounds.reported) {
      throw new DomainError(ErrorCode.CONFLICT, '该任务已有进展报告,不能再改变报告周期', { field: 'reportPeriod' });
    }
  }

  /** The office manages district tasks; a unit manages the sub-tasks of its own plan. */
  assertManages(actor: Identity, task: Task): void {
    if (
      task.ownerOrganizationId === null
        ? actsForDistrict(actor, 'tasks.write')
        : task.ownerOrganizationId === actor.organizationId || actsForDistrict(actor, 'tasks.write')
    )
      return;
    throw new DomainError(ErrorCode.FORBIDDEN, '只有下达该任务的单位才能修改它');
  }

  /** Whose plan the new sub-task belongs to: the caller's unit, which must hold the parent task. */
  private async decomposingUnit(actor: Identity, parent: Task): Promise<string> {
    if (actsForDistrict(actor, 'tasks.write') && parent.ownerOrganizationId === null) return actor.organizationId;
    const holds = await this.dataSource.getRepository(Assignment).existsBy({ taskId: parent.id, organizationId: actor.organizationId });
    if (!holds) throw new DomainError(ErrorCode.FORBIDDEN, '只能分解本单位承担的任务');
    return actor.organizationId;
  }

  /**
   * The units a task of `owner`'s plan may be handed to, in the order asked: any unit of the district
   * for a district task or the office's own plan, else only units below the owner.
   */
  async assignableUnits(actor: Identity, owner: string | null, organizationIds: string[]): Promise<UnitFacts[]> {
    const units = await this.registry.units(organizationIds, actor);
    const district = owner === null || (actsForDistrict(actor, 'tasks.write') && owner === actor.organizationId);
    return organizationIds.map((id) => {
      const unit = units.find((u) => u.id === id);
      if (!unit) throw notFound('单位', id);
      if (unit.status !== OrganizationStatus.ACTIVE) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `${unit.name} 已撤销,不能再承担任务`, {
          field: 'organizationId',
          organizationId: id,
        });
      }
      if (!district && (unit.id === owner || !unit.lineage.includes(owner!))) {
        throw new DomainError(ErrorCode.OUT_OF_JURISDICTION, `${unit.name} 不在本单位辖区内,不能向其分解任务`, { organizationId: id });
      }
      return unit;
    });
  }

  /** Top-level tasks of many documents, for the document page. */
  tasksOfDocumentLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Task[]>('task.byDocument', async (ids) => {
      const rows = await this.repo.find({
        where: { documentId: In([...ids]), parentId: IsNull() },
        order: { sortOrder: 'ASC', id: 'ASC' },
      });
      return groupByKey(ids, rows, (t) => t.documentId);
    });
  }
}

/** A sub-task's deadline may not fall after its parent's. */
function assertWithinParent(deadline: string, parentDeadline: string | null) {
  if (parentDeadline && deadline > parentDeadline) {
    throw new DomainError(ErrorCode.DEADLINE_AFTER_PARENT, `子任务的期限不能晚于上级任务的期限 ${parentDeadline}`, {
      field: 'deadline',
      parentDeadline,
    });
  }
}
