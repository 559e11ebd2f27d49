import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceKind, type EntityMetadata, type EntityName, type FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';

/**
 * A plain row read as a record of `meta`'s entity: its columns as own properties,
 * each many-to-one relation as `{ id }`, and the entity's getters (fullName,
 * unitId, the global ID) from its prototype, so the GraphQL object type resolves
 * it as it resolves the entity. Not managed by the entity manager: for reading only.
 */
export function asRecord<T>(meta: EntityMetadata, row: Record<string, unknown>): T {
  const shape = shapeOf(meta);
  const record = Object.create(shape.prototype) as Record<string, unknown>;
  for (const name of shape.scalars) record[name] = row[name] ?? null;
  for (const name of shape.references) {
    const id = row[name];
    record[name] = id == null ? null : { id: typeof id === 'object' ? (id as { id: string }).id : id };
  }
  return record as T;
}

interface Shape {
  prototype: object;
  scalars: string[];
  references: string[];
}
const shapes = new WeakMap<EntityMetadata, Shape>();

/**
 * Which properties a record of `meta` holds, and a prototype below the entity's in
 * which each is a plain writable value: assigning one then makes an own property,
 * where the entity's own accessors would attach the object to the entity manager.
 */
function shapeOf(meta: EntityMetadata): Shape {
  let shape = shapes.get(meta);
  if (!shape) {
    const stored = meta.props.filter((prop) => prop.persist !== false);
    const scalars = stored.filter((prop) => prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.EMBEDDED).map((p) => p.name);
    const references = stored
      .filter((prop) => prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner))
      .map((p) => p.name);
    const prototype = Object.create(meta.prototype as object) as object;
    for (const name of [...scalars, ...references])
      Object.defineProperty(prototype, name, { value: undefined, writable: true, enumerable: false, configurable: true });
    shape = { prototype, scalars, references };
    shapes.set(meta, shape);
  }
  return shape;
}

/** Plain rows of `entity` matching `where`, as records (see asRecord), through the query builder without entities. */
export async function selectRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy?: unknown; limit?: number; offset?: number } = {},
): Promise<T[]> {
  const qb = em.createQueryBuilder(entity, 'e').select('*').where(where);
  if (options.orderBy) qb.orderBy(options.orderBy as never);
  if (options.limit !== undefined) qb.limit(options.limit);
  if (options.offset) qb.offset(options.offset);
  const rows = await qb.execute<Record<string, unknown>[]>('all', true);
  const meta = em.getMetadata().get(entity as never) as EntityMetadata;
  return rows.map((row) => asRecord<T>(meta, row));
}

/**
 * Per-request batching: every `load(id)` made while resolving one level of a
 * query becomes a single `WHERE id IN (...)` statement.
 */
export class Loaders {
  private readonly byIdLoaders = new Map<unknown, DataLoader<string, unknown>>();
  private readonly rowLoaders = new Map<unknown, DataLoader<string, unknown>>();
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

  /** Like `byId`, with plain records instead of entities (see asRecord): for fields that only read. */
  rowById<T extends { id: string }>(entity: EntityName<T>): DataLoader<string, T | null> {
    let loader = this.rowLoaders.get(entity);
    if (!loader) {
      loader = new DataLoader<string, unknown>(async (ids) => {
        const rows = await selectRows(this.em, entity, { id: { $in: [...ids] } } as never);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.rowLoaders.set(entity, loader);
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
