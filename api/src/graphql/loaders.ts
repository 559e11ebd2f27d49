import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import DataLoader from 'dataloader';

/**
 * Per-request batching: every `load(id)` made while resolving one level of a
 * query becomes a single `WHERE id IN (...)` statement.
 */
export class Loaders {
  private readonly byIdLoaders = new Map<unknown, DataLoader<string, unknown>>();
  private readonly byKeyLoaders = new Map<string, DataLoader<string, unknown[]>>();
  private readonly namedLoaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly em: EntityManager) {}

  byId<T extends { id: string }>(entity: EntityName<T>): DataLoader<string, T | null> {
    let loader = this.byIdLoaders.get(entity);
    if (!loader) {
      loader = new DataLoader<string, unknown>(async (ids) => {
        const rows = await this.em.find(entity, { id: { $in: [...ids] } } as never);
        const byId = new Map(rows.map((row) => [(row as T).id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.byIdLoaders.set(entity, loader);
    }
    return loader as DataLoader<string, T | null>;
  }

  /** All rows whose `property` (a foreign key) is the given id, e.g. the children of units. */
  byForeignKey<T extends object>(
    entity: EntityName<T>,
    property: string,
    orderBy: Record<string, 'asc' | 'desc'> = {},
  ): DataLoader<string, T[]> {
    const key = `${String(typeof entity === 'function' ? entity.name : entity)}.${property}`;
    let loader = this.byKeyLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, unknown[]>(async (ids) => {
        const rows = await this.em.find(entity, { [property]: { $in: [...ids] } } as never, {
          orderBy: { ...orderBy, id: 'asc' } as never,
        });
        const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
        for (const row of rows) {
          const ref = (row as Record<string, { id: string } | null>)[property];
          if (ref) groups.get(ref.id)?.push(row);
        }
        return ids.map((id) => groups.get(id) ?? []);
      });
      this.byKeyLoaders.set(key, loader);
    }
    return loader as DataLoader<string, T[]>;
  }

  /** A loader for a derived value (e.g. supervisors from the position tree), batched like the others. */
  batch<K, V>(name: string, load: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.namedLoaders.get(name);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>((keys) => load(keys as readonly K[]));
      this.namedLoaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
