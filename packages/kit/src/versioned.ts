import { ErrorCode } from '@ronghe/types';
import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { DomainError } from './errors.js';

/**
 * Optimistic concurrency: applies `changes` only if the row still has the version the caller
 * read, and bumps it; otherwise STALE_VERSION with `message`, so no edit silently overwrites another.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  current: { id: string; version: number },
  version: number,
  changes: QueryDeepPartialEntity<T>,
  message: string,
): Promise<void> {
  const result = await tx
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :version', { id: current.id, version })
    .execute();
  if (result.affected !== 1) throw new DomainError(ErrorCode.STALE_VERSION, message, { currentVersion: current.version });
}
