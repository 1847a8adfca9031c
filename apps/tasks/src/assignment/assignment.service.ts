import {
  byKey,
  type Caller,
  type Connection,
  DomainError,
  firstPagesByParent,
  idKeys,
  type LoaderRegistry,
  newId,
  notFound,
  type PageArgs,
  paginate,
  requireIdentity,
  onUniqueViolation,
  requirePermission,
  updateVersioned,
} from '@ronghe/kit';
import { actsForDistrict, AssignmentRole, DocumentValidity, ErrorCode, type Identity, readsWholeDistrict } from '@ronghe/types';
import { type DataSource, In, type Repository } from 'typeorm';
import { audit } from '../audit/audit.js';
import type { Clock } from '@ronghe/kit/clock';
import type { StatusRefresh } from '../supervision/supervision.service.js';
import type { DocumentService } from '../document/document.service.js';
import type { Task } from '../task/task.entity.js';
import type { TaskService } from '../task/task.service.js';
import { Assignment } from './assignment.entity.js';
import type { AddAssigneeInput, AssignmentsArgs, DesignateLeadInput } from './assignment.inputs.js';

const byCreation = {
  column: 'a.created_at',
  id: 'a.id',
  key: (a: Assignment): [string, string] => [a.createdAt.toISOString(), a.id],
};

/** Who is responsible for which task, and who leads it. */
export class AssignmentService {
  private readonly repo: Repository<Assignment>;

  constructor(
    dataSource: DataSource,
    private readonly documents: DocumentService,
    private readonly tasks: TaskService,
    private readonly clock: Clock,
    private readonly statuses: StatusRefresh,
  ) {
    this.repo = dataSource.getRepository(Assignment);
  }

  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, Assignment | null>('assignment.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In(idKeys(ids)) });
      return byKey(ids, rows, (a) => a.id, null);
    });
  }

  /** An assignment the caller may see: district readers all; a unit its own and those it handed down. */
  async get(caller: Caller, id: string): Promise<Assignment | null> {
    const identity = requireIdentity(caller.identity);
    const assignment = await this.loaderById(caller.loaders).load(id);
    if (!assignment) return null;
    if (readsWholeDistrict(identity) || assignment.organizationId === identity.organizationId) return assignment;
    const task = await this.tasks.require(caller.loaders, assignment.taskId);
    return task.ownerOrganizationId === identity.organizationId ? assignment : null;
  }

  async require(caller: Caller, id: string): Promise<Assignment> {
    const assignment = await this.get(caller, id);
    if (!assignment) throw notFound('任务分工', id);
    return assignment;
  }

  /**
   * Assignments of the plans in force (or of one document), in the order they were handed out. A unit sees its own and
   * those of its own plan's sub-tasks, never another unit's.
   */
  async list(caller: Caller, args: Partial<AssignmentsArgs>): Promise<Connection<Assignment>> {
    const identity = requireIdentity(caller.identity);
    // Conditions on the task as a sub-select, not a join: the page stays one plain query.
    const tasks: string[] = [];
    const params: Record<string, unknown> = { me: identity.organizationId };
    if (args.documentId) {
      tasks.push('t.document_id = :documentId');
      params.documentId = args.documentId;
    } else {
      tasks.push('t.document_id IN (SELECT d.id FROM policy_document d WHERE d.validity = :valid)');
      params.valid = DocumentValidity.VALID;
    }
    if (args.area) {
      tasks.push('t.area = :area');
      params.area = args.area;
    }
    const query = this.repo.createQueryBuilder('a').where(`a.task_id IN (SELECT t.id FROM task t WHERE ${tasks.join(' AND ')})`, params);
    if (!readsWholeDistrict(identity)) {
      // A unit sees its own assignments and those on its own plan's sub-tasks.
      const handedDown = 'a.task_id IN (SELECT o.id FROM task o WHERE o.owner_organization_id = :me)';
      if (args.organizationId && args.organizationId !== identity.organizationId) query.andWhere(handedDown);
      else query.andWhere(`(a.organization_id = :me OR ${handedDown})`);
    }
    if (args.organizationId) query.andWhere('a.organization_id = :organizationId', { organizationId: args.organizationId });
    const page = await paginate(query, args, byCreation);
    // Status and other fields of the page load their assignment by id: already here.
    for (const a of page.nodes) this.loaderById(caller.loaders).prime(a.id, a);
    return page;
  }

  /**
   * A page of assignments of one task or one unit, as the caller may see them (a unit: its own and
   * those it handed down), optionally only those of plans in force or of expired ones. First pages
   * of many parents share one batch; a later page (with a cursor) is asked for one parent at a time.
   */
  pageOf(
    caller: Caller,
    parentProperty: 'taskId' | 'organizationId',
    parentId: string,
    page: Partial<PageArgs>,
    validity: DocumentValidity | null = null,
  ): Promise<Connection<Assignment>> {
    const identity = requireIdentity(caller.identity);
    const scoped = !readsWholeDistrict(identity);
    // Written once for both paths: the batched first pages name columns bare, the cursor page as a.*.
    const conditions = (a: string) => [
      ...(scoped ? [`(${a}organization_id = :me OR ${a}task_id IN (SELECT st.id FROM task st WHERE st.owner_organization_id = :me))`] : []),
      ...(validity
        ? [`${a}task_id IN (SELECT vt.id FROM task vt JOIN policy_document vd ON vd.id = vt.document_id WHERE vd.validity = :validity)`]
        : []),
    ];
    const params = { me: identity.organizationId, validity };
    if (page.after) {
      const query = this.repo.createQueryBuilder('a').where(`a.${parentProperty} = :parentId`, { parentId });
      for (const condition of conditions('a.')) query.andWhere(condition, params);
      return paginate(query, page, byCreation);
    }
    const first = page.first ?? 20;
    const where = conditions('').join(' AND ');
    return caller.loaders
      .get<string, Connection<Assignment>>(
        `assignment.by.${parentProperty}.${first}.${scoped ? identity.organizationId : 'all'}.${validity ?? 'any'}`,
        (parentIds) =>
          firstPagesByParent(this.repo, {
            parentIds,
            parentProperty,
            orderBy: ['createdAt', 'id'],
            key: byCreation.key,
            first,
            ...(where ? { where, params } : {}),
          }),
      )
      .load(parentId);
  }

  /** Hands a task to one more unit: the office on district tasks, the owning unit on its sub-tasks. */
  async add(caller: Caller, input: AddAssigneeInput): Promise<Assignment> {
    const actor = requirePermission(caller.identity, 'tasks.write');
    const task = await this.tasks.require(caller.loaders, input.taskId);
    await this.documents.requireInForce(caller.loaders, task.documentId);
    this.tasks.assertManages(actor, task);
    // One id in, its unit out (a unit that may not take the task throws).
    const unit = (await this.tasks.assignableUnits(actor, task.ownerOrganizationId, [input.organizationId]))[0]!;
    const assignment = { id: newId(), taskId: task.id, organizationId: unit.id, role: input.role };
    const write = () =>
      this.documents.transaction(task.documentId, async (tx) => {
        await tx.getRepository(Assignment).insert(assignment);
        await audit(tx, this.clock(), actor, 'assignment', assignment.id, 'assign', {
          taskId: task.id,
          organizationId: unit.id,
          role: input.role,
        });
        return tx.getRepository(Assignment).findOneByOrFail({ id: assignment.id });
      });
    const added = await onUniqueViolation(write, {
      assignment_task_organization_key: () => new DomainError(ErrorCode.DUPLICATE, `${unit.name} 已是该任务的责任单位`),
      assignment_one_lead_key: () => new DomainError(ErrorCode.CONFLICT, '该任务已有牵头单位,请用「指定牵头单位」更换'),
    });
    await this.statuses({ assignmentIds: [added.id] });
    return added;
  }

  /**
   * The notice lists responsible units without a lead; the office (or a sub-plan's owner)
   * designates it. The former lead becomes a supporting unit in the same step.
   */
  async designateLead(caller: Caller, input: DesignateLeadInput): Promise<Assignment> {
    const actor = requirePermission(caller.identity, 'tasks.write');
    const assignment = await this.require(caller, input.assignmentId);
    const task = await this.tasks.require(caller.loaders, assignment.taskId);
    await this.documents.requireInForce(caller.loaders, task.documentId);
    this.tasks.assertManages(actor, task);
    // Two people naming different leads at once: the one-lead index lets only one through.
    return onUniqueViolation(() => this.swapLead(actor, task, assignment, input.version), {
      assignment_one_lead_key: () => new DomainError(ErrorCode.STALE_VERSION, '牵头单位刚被他人更换,请刷新后重试'),
    });
  }

  private swapLead(actor: Identity, task: Task, assignment: Assignment, version: number): Promise<Assignment> {
    return this.documents.transaction(task.documentId, async (tx) => {
      const former = await tx.getRepository(Assignment).findOneBy({ taskId: task.id, role: AssignmentRole.LEAD });
      if (former?.id === assignment.id) return former;
      if (former) {
        await tx
          .createQueryBuilder()
          .update(Assignment)
          .set({ role: AssignmentRole.SUPPORTING, version: () => 'version + 1' })
          .where('id = :id', { id: former.id })
          .execute();
      }
      const lead = await updateVersioned(tx, {
        entity: Assignment,
        current: assignment,
        version,
        changes: { role: AssignmentRole.LEAD },
        stale: '该分工已被他人修改,请刷新后重试',
      });
      await audit(tx, this.clock(), actor, 'assignment', assignment.id, 'designate-lead', {
        taskId: task.id,
        formerLeadId: former?.id ?? null,
      });
      return lead;
    });
  }

  /** The unit that reviews reports on an assignment: the office for district tasks, else the sub-plan's owner. */
  async assertReviews(caller: Caller, actor: Identity, assignment: Assignment): Promise<void> {
    const task = await this.tasks.require(caller.loaders, assignment.taskId);
    if (
      actsForDistrict(actor, 'reports.review') ||
      (task.ownerOrganizationId !== null && task.ownerOrganizationId === actor.organizationId)
    )
      return;
    throw new DomainError(ErrorCode.FORBIDDEN, '只有下达任务的单位才能审核进展报告');
  }
}
