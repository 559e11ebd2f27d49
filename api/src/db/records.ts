import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../errors.js';
import { fromGlobalId } from '../graphql/ids.js';
import type { Actor } from '../access/actor.js';
import { assertAgencyWritable } from '../access/scope.js';

/**
 * One record by its public ID within a read scope. Missing and out-of-scope fail
 * alike (NOT_FOUND), so a read never tells that a record exists elsewhere.
 */
export async function findInScope<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string,
  field: string,
  scope: FilterQuery<T>,
): Promise<T> {
  const id = fromGlobalId(globalId, entity.name, field);
  const record = await em.findOne(entity, { $and: [{ id }, scope] } as FilterQuery<T>);
  if (!record) throw notFound(entity.name, globalId, field);
  return record;
}

/** One record to change: NOT_FOUND when it does not exist, FORBIDDEN when it belongs to another agency. */
export async function findWritable<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string,
  field: string,
  actor: Actor,
  agencyOf: (record: T) => string,
): Promise<T> {
  const id = fromGlobalId(globalId, entity.name, field);
  const record = await em.findOne(entity, { id } as FilterQuery<T>);
  if (!record) throw notFound(entity.name, globalId, field);
  assertAgencyWritable(actor, agencyOf(record));
  return record;
}
