import { type Caller, DomainError, newId, requirePermission } from '@ronghe/kit';
import { AssignmentRole, ErrorCode, OrganizationKind, ReportPeriod, TaskArea } from '@ronghe/types';
import { type DataSource, IsNull } from 'typeorm';
import { Assignment } from '../assignment/assignment.entity.js';
import { audit } from '../audit/audit.js';
import type { Clock } from '@ronghe/kit/clock';
import type { DocumentService } from '../document/document.service.js';
import { mainTasksOf, UNIT_GROUP } from '../document/plan-text.js';
import type { Registry, UnitFacts } from '../registry/registry.client.js';
import { Task } from './task.entity.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
// The notice's eight task areas, in the order its main tasks (一 to 八) take them up.
const AREAS_IN_NOTICE_ORDER = Object.values(TaskArea);

export interface DraftUnit {
  /** The name as the plan lists it; a township when the plan says 各乡镇、街道办事处. */
  listedAs: string;
  unit: UnitFacts | null;
}

export interface DraftTask {
  code: string;
  title: string;
  requirement: string;
  /** Proposed from the task's place in the plan; null past the eighth task. */
  area: TaskArea | null;
  responsibleUnits: string[];
  units: DraftUnit[];
}

export interface PlanDraft {
  documentId: string;
  /** Main tasks the document already has: the plan is created once. */
  existingTasks: number;
  tasks: DraftTask[];
  unresolvedUnits: string[];
}

/**
 * A registered plan's main tasks, read out of its full text (二、主要任务, (一) to (八)) and handed
 * to the units each (责任单位:…) line names, as the office would from the published plan.
 */
export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentService,
    private readonly registry: Registry,
    private readonly clock: Clock,
  ) {}

  /** What creating the plan would do: the tasks read from the text and the registry units they name. */
  async draft(caller: Caller, documentId: string): Promise<PlanDraft> {
    const actor = requirePermission(caller.identity, 'tasks.plan');
    const document = await this.documents.require(caller.loaders, documentId);
    const planned = mainTasksOf(document.fullText);
    const names = [...new Set(planned.flatMap((t) => t.responsibleUnits).filter((n) => n !== UNIT_GROUP))];
    const listsGroup = planned.some((t) => t.responsibleUnits.includes(UNIT_GROUP));
    const [named, townships, existingTasks] = await Promise.all([
      this.registry.unitsByName(names, actor),
      listsGroup ? this.registry.unitsOfKinds([OrganizationKind.TOWNSHIP, OrganizationKind.SUBDISTRICT], actor) : [],
      this.dataSource.getRepository(Task).countBy({ documentId, parentId: IsNull() }),
    ]);
    const unresolved = new Set<string>();
    const unitsOf = (listed: string[]): DraftUnit[] =>
      listed.flatMap((name) => {
        if (name === UNIT_GROUP) {
          if (townships.length === 0) unresolved.add(name);
          return townships.map((unit) => ({ listedAs: name, unit }));
        }
        // Names are unique among active units in practice; two alike are ambiguous and left to the office.
        const matches = named.filter((u) => u.name === name);
        if (matches.length !== 1) unresolved.add(name);
        return [{ listedAs: name, unit: matches.length === 1 ? matches[0]! : null }];
      });
    const tasks = planned.map((t, index) => ({
      ...t,
      area: NUMERALS.indexOf(t.code) === index ? (AREAS_IN_NOTICE_ORDER[index] ?? null) : null,
      units: unitsOf(t.responsibleUnits),
    }));
    return { documentId, existingTasks, tasks, unresolvedUnits: [...unresolved] };
  }

  /**
   * Creates the plan's main tasks and their assignments in one step, all or nothing. The plan lists
   * no lead units; the office designates them afterwards, and sets deadlines per task.
   */
  async create(caller: Caller, documentId: string, areas: { code: string; area: TaskArea }[]): Promise<Task[]> {
    const actor = requirePermission(caller.identity, 'tasks.plan');
    await this.documents.requireInForce(caller.loaders, documentId);
    const draft = await this.draft(caller, documentId);
    if (draft.tasks.length === 0) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        '未能从文件全文中读出主要任务:全文应有「二、主要任务」一节,各任务以(一)(二)…开头,并以(责任单位:…)结尾',
        {
          field: 'fullText',
        },
      );
    }
    if (draft.unresolvedUnits.length > 0) {
      throw new DomainError(
        ErrorCode.UNRESOLVED_UNITS,
        `单位名录中找不到以下责任单位:${draft.unresolvedUnits.join('、')}。请先登记或更正名称`,
        {
          names: draft.unresolvedUnits,
        },
      );
    }
    const chosen = new Map(areas.map((a) => [a.code, a.area]));
    const missing = draft.tasks.find((t) => !(chosen.get(t.code) ?? t.area));
    if (missing)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `请为任务(${missing.code})选择任务领域`, { field: 'areas', code: missing.code });

    // Two offices creating the same plan at once: the exclusive hold on the document serialises them.
    return this.documents.transaction(
      documentId,
      async (tx) => {
        if (await tx.getRepository(Task).existsBy({ documentId })) {
          throw new DomainError(ErrorCode.CONFLICT, '该文件的主要任务已经建立', { documentId });
        }
        const tasks = draft.tasks.map((t, index) =>
          tx.getRepository(Task).create({
            id: newId(),
            documentId,
            parentId: null,
            ownerOrganizationId: null,
            code: t.code,
            title: t.title,
            requirement: t.requirement,
            area: chosen.get(t.code) ?? t.area!,
            sortOrder: index + 1,
            deadline: null,
            reportPeriod: ReportPeriod.QUARTERLY,
          }),
        );
        await tx.getRepository(Task).insert(tasks);
        // Handed out in plan order, which is the order assignments are listed in.
        const at = this.clock().getTime();
        const assignments = draft.tasks
          .flatMap((t, index) => {
            // A unit listed twice under one task (by name and as a township) is one assignment.
            const unitIds = [...new Set(t.units.map((u) => u.unit!.id))];
            return unitIds.map((organizationId) => ({
              id: newId(),
              taskId: tasks[index]!.id,
              organizationId,
              role: AssignmentRole.SUPPORTING,
            }));
          })
          .map((a, order) => ({ ...a, createdAt: new Date(at + order) }));
        if (assignments.length > 0) await tx.getRepository(Assignment).insert(assignments);
        await audit(tx, this.clock(), actor, 'document', documentId, 'create-plan', {
          tasks: tasks.map((t) => ({ id: t.id, code: t.code, area: t.area })),
          assignments: assignments.length,
        });
        return tx.getRepository(Task).find({ where: { documentId }, order: { sortOrder: 'ASC' } });
      },
      'exclusive',
    );
  }
}
