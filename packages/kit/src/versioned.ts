import { ErrorCode } from '@ronghe/types';
import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { DomainError } from './errors.js';

export interface VersionedUpdate<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** The row as the service read it; its version is reported back when the write loses. */
  current: { id: string; version: number };
  /** The version the caller saw when it started editing. */
  version: number;
  changes: QueryDeepPartialEntity<T>;
  /** What the user is told when someone else changed the row first. */
  stale: string;
  /** Only a row that is not soft-deleted (`deleted_at IS NULL`) may be changed. */
  live?: boolean;
}

/**
 * Optimistic concurrency: applies `changes` only if the row still has the version the caller
 * read, bumps it and returns the row as stored; otherwise STALE_VERSION, so no edit silently
 * overwrites another.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string }>(tx: EntityManager, update: VersionedUpdate<T>): Promise<T> {
  const { entity, current, version, changes, stale, live = false } = update;
  const result = await tx
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where(`id = :id AND version = :version${live ? ' AND deleted_at IS NULL' : ''}`, { id: current.id, version })
    .execute();
  if (result.affected !== 1) throw new DomainError(ErrorCode.STALE_VERSION, stale, { currentVersion: current.version });
  return tx.getRepository(entity).findOneByOrFail({ id: current.id } as never);
}
