import { type Connection, newId, type PageArgs, paginate } from '@ronghe/kit';
import type { Identity } from '@ronghe/types';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditRecord } from './audit.entity.js';

export type AuditedEntity = 'Organization' | 'Person' | 'Account' | 'PartnerClient';

export interface AuditEntry {
  actor: Identity | null;
  entityType: AuditedEntity;
  entityId: string;
  action: string;
  before?: object | null;
  after?: object | null;
}

export interface AuditQuery extends Partial<PageArgs> {
  entityType?: string | null;
  entityId?: string | null;
  actorAccountId?: string | null;
}

// Never written to the log: secrets and bookkeeping that says nothing about the change.
const OMITTED = new Set(['passwordHash', 'path', 'version', 'updatedAt', 'createdAt']);

function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return Object.fromEntries(Object.entries(value).filter(([key, v]) => !OMITTED.has(key) && v !== undefined));
}

/** The append-only audit log of the registry. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes within the caller's transaction, so a change and its record stand or fall together. */
  async record(manager: EntityManager, entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    await manager.getRepository(AuditRecord).insert(
      list.map((e) => ({
        id: newId(),
        occurredAt: new Date(),
        actorAccountId: e.actor?.accountId ?? null,
        actorUsername: e.actor?.username ?? null,
        entityType: e.entityType,
        entityId: e.entityId,
        action: e.action,
        before: snapshot(e.before),
        after: snapshot(e.after),
      })) as never,
    );
  }

  /** Newest first. */
  list(query: AuditQuery): Promise<Connection<AuditRecord>> {
    const qb = this.dataSource.getRepository(AuditRecord).createQueryBuilder('a');
    if (query.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorAccountId) qb.andWhere('a.actor_account_id = :actor', { actor: query.actorAccountId });
    return paginate(qb, query, {
      column: 'a.occurred_at',
      id: 'a.id',
      key: (a) => [a.occurredAt.toISOString(), a.id],
      descending: true,
    });
  }
}
