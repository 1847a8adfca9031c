import { AuditActs, createLogger, type Logger } from '@ronghe/kit';
import type { DataSource } from 'typeorm';
import { AssignmentService } from './assignment/assignment.service.js';
import { SOURCES as AUDIT_SOURCES } from './audit/acts.js';
import type { Clock } from '@ronghe/kit/clock';
import { DocumentService } from './document/document.service.js';
import { IndicatorService } from './indicator/indicator.service.js';
import type { Registry } from './registry/registry.client.js';
import { ReportService } from './report/report.service.js';
import type { ObjectStore } from './storage/object-store.js';
import { type StatusRefresh, type SupervisionSettings, SupervisionService } from './supervision/supervision.service.js';
import { PlanService } from './task/plan.service.js';
import { TaskService } from './task/task.service.js';

export interface Services {
  documents: DocumentService;
  tasks: TaskService;
  plans: PlanService;
  assignments: AssignmentService;
  indicators: IndicatorService;
  reports: ReportService;
  supervision: SupervisionService;
  acts: AuditActs;
}

export interface Dependencies {
  registry: Registry;
  store: ObjectStore;
  clock: Clock;
  settings: SupervisionSettings;
  /** Where housekeeping failures are told; silent when not given (tests). */
  logger?: Logger;
}

export function createServices(
  dataSource: DataSource,
  { registry, store, clock, settings, logger = createLogger('tasks', 'silent') }: Dependencies,
): Services {
  const documents = new DocumentService(dataSource, clock);
  // Writers ask supervision to store the statuses they change; bound late, as supervision reads through them.
  let supervision: SupervisionService | undefined;
  const statuses: StatusRefresh = (scope) => supervision!.refreshStatuses(scope);
  const tasks = new TaskService(dataSource, documents, registry, clock, statuses);
  const plans = new PlanService(dataSource, documents, registry, clock);
  const assignments = new AssignmentService(dataSource, documents, tasks, clock, statuses);
  const indicators = new IndicatorService(dataSource, documents, tasks, clock, statuses);
  const reports = new ReportService(dataSource, documents, tasks, assignments, indicators, store, clock, logger, statuses);
  supervision = new SupervisionService(dataSource, tasks, indicators, assignments, registry, clock, settings);
  return {
    documents,
    tasks,
    plans,
    assignments,
    indicators,
    reports,
    supervision,
    acts: new AuditActs(dataSource, 'tasks', AUDIT_SOURCES),
  };
}
