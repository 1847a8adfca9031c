import { AuditActRecord, JobFileRecord, JobRecord } from '@ronghe/kit';
import { Approval, Objection, ShortlistChange } from './approval/approval.entities.js';
import { CalendarDay, CalendarYear } from './calendar/calendar.entity.js';
import { Criterion } from './criterion/criterion.entity.js';
import { EvaluatorAssignment } from './panel/panel.entity.js';
import { NominationResult } from './result/result.entity.js';
import { ReviewNomination } from './review/review-nomination.entity.js';
import { Review } from './review/review.entity.js';
import { Score, ScoreReopening } from './score/score.entity.js';

export const entities = [
  Review,
  ReviewNomination,
  Criterion,
  EvaluatorAssignment,
  Score,
  ScoreReopening,
  NominationResult,
  Approval,
  ShortlistChange,
  CalendarDay,
  CalendarYear,
  Objection,
  AuditActRecord,
  JobRecord,
  JobFileRecord,
];
export { migrations } from './migrations/index.js';
