import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { toGlobalId } from './ids.js';

/** Every object that can be fetched alone through `node(id:)`. */
@InterfaceType('Node', {
  description: 'An object with a global, opaque ID that `node(id:)` can fetch.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  /** The row key; clients see the opaque global ID instead. */
  id!: string;

  @Field(() => ID, { name: 'id', description: 'Global, opaque identifier.' })
  get nodeId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

/**
 * Columns every record has: a UUID key generated here (so audit entries know it before insert),
 * timestamps, and the `version` that guards updates against lost writes.
 */
@Entity({ abstract: true })
@InterfaceType('Versioned', {
  description: 'A stored record with timestamps and a revision number that guards updates (optimistic locking).',
  implements: Node,
  resolveType: (value: object) => value.constructor.name,
})
export abstract class BaseEntity<Optional extends string = never> extends Node {
  /** Properties with defaults, which `em.create` does not require. */
  declare [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'version' | 'nodeId' | Optional;

  @PrimaryKey({ type: 'uuid' })
  override id: string = randomUUID();

  @Field(() => GraphQLDateTime, { description: 'When the record was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTime, { description: 'When the record was last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Revision number; send it back with an update so a stale edit is refused (CONFLICT).' })
  @Property({ version: true })
  version!: number;
}

/** Public ID of a referenced row, for `xxxId` fields next to a relation. */
export function refId(type: string, ref: { id: string } | null | undefined): string | null {
  return ref ? toGlobalId(type, ref.id) : null;
}
