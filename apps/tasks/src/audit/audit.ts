import { newId } from '@ronghe/kit';
import type { Identity } from '@ronghe/types';
import type { EntityManager } from 'typeorm';
import { TaskEvent } from './task-event.entity.js';

export type AuditedSubject = 'document' | 'task' | 'assignment' | 'indicator' | 'report';

/** Records one step inside the transaction that made it, so a step and its record land together. */
export function audit(
  tx: EntityManager,
  at: Date,
  actor: Identity,
  subjectType: AuditedSubject,
  subjectId: string,
  action: string,
  detail: Record<string, unknown> = {},
) {
  return tx.getRepository(TaskEvent).insert({
    id: newId(),
    subjectType,
    subjectId,
    action,
    actorAccountId: actor.accountId,
    actorUsername: actor.username,
    detail: detail as never,
    occurredAt: at,
  });
}
