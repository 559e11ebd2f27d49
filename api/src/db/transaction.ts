import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, type DomainError } from '../errors.js';

/**
 * Runs `work` in a transaction on the request's own EntityManager, so entities
 * loaded before or inside it are the ones flushed. On failure nothing is
 * written (audit entries included) and the unit of work is cleared, so a later
 * operation of the same request does not see half-made changes.
 */
export async function inTransaction<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  if (em.isInTransaction()) return work();
  await em.begin();
  try {
    const result = await work();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    em.clear();
    if (error instanceof OptimisticLockError) throw (await lostRace(em, error)) ?? error;
    throw error;
  }
}

/**
 * Two updates read the same version and passed the version check; the second
 * UPDATE ... WHERE version = n then finds no row. Answer it like any stale
 * update: CONFLICT with the version that won, read after the rollback.
 */
async function lostRace(em: EntityManager, error: OptimisticLockError): Promise<DomainError | null> {
  const entity = error.getEntity() as { id?: unknown; version?: unknown } | undefined;
  if (!entity || typeof entity.id !== 'string') return null;
  const meta = em.getMetadata().find(entity.constructor.name);
  if (!meta?.versionProperty) return null;
  const column = meta.properties[meta.versionProperty]!.fieldNames[0]!;
  const [row] = await em
    .getConnection()
    .execute<{ version: number }[]>(`select "${column}" as version from "${meta.tableName}" where id = ?`, [entity.id]);
  return conflict(`This ${meta.className} was changed by someone else (now version ${row?.version ?? 'deleted'}); reload and try again`, {
    field: 'input.version',
    currentVersion: row?.version ?? null,
  });
}
