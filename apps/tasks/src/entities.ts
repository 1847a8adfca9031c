import { AuditActRecord } from '@ronghe/kit';
import { Assignment } from './assignment/assignment.entity.js';
import { TaskEvent } from './audit/task-event.entity.js';
import { PolicyDocument } from './document/document.entity.js';
import { Indicator } from './indicator/indicator.entity.js';
import { EvidenceFile, IndicatorValue, ProgressReport } from './report/report.entity.js';
import { TaskStatusTally, UnitStatusTally } from './supervision/status-tally.entity.js';
import { Task } from './task/task.entity.js';

export const entities = [
  PolicyDocument,
  Task,
  Assignment,
  Indicator,
  ProgressReport,
  IndicatorValue,
  EvidenceFile,
  TaskEvent,
  AuditActRecord,
  TaskStatusTally,
  UnitStatusTally,
];
export { migrations } from './migrations/index.js';
