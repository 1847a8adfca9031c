import { groupByKey, type LoaderRegistry, newId } from '@ronghe/kit';
import type { Identity } from '@ronghe/types';
import { type DataSource, type EntityManager, In } from 'typeorm';
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

/** The audited steps of many subjects in one query, oldest first. */
export function historyLoader(dataSource: DataSource, loaders: LoaderRegistry) {
  return loaders.get<string, TaskEvent[]>('audit.bySubject', async (ids) => {
    const rows = await dataSource
      .getRepository(TaskEvent)
      .find({ where: { subjectId: In([...ids]) }, order: { occurredAt: 'ASC', id: 'ASC' } });
    return groupByKey(ids, rows, (e) => e.subjectId);
  });
}
