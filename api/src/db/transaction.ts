import type { EntityManager } from '@mikro-orm/postgresql';

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
    throw error;
  }
}
