import { AuditActRecord } from '@ronghe/kit';
import { NominationCycle, NominationExtension, NominationQuota } from './cycle/cycle.entity.js';
import { Honour, Nomination, NominationAttachment, NominationEvent } from './nomination/nomination.entity.js';

export const entities = [
  NominationCycle,
  NominationQuota,
  NominationExtension,
  Nomination,
  NominationEvent,
  NominationAttachment,
  Honour,
  AuditActRecord,
];
export { migrations } from './migrations/index.js';
