import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/ids.js';
import { Node } from '../../graphql/node.js';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'Kind of change an audit entry records.',
  valuesConfig: {
    CREATE: { description: 'A record was created.' },
    UPDATE: { description: 'A record was changed.' },
    DELETE: { description: 'A record was deleted.' },
  },
});

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * One change to one record. The table is append-only: a database trigger
 * rejects UPDATE, DELETE and TRUNCATE (see the foundation migration).
 */
@Entity({ tableName: 'audit_entries' })
@Index({ properties: ['entityType', 'entityId'] })
@Index({ properties: ['occurredAt'] })
@ObjectType({ implements: Node, description: 'Audit log entry (jejak audit): who changed what, when, from what to what.' })
export class AuditEntry extends Node {
  @PrimaryKey({ type: 'uuid' })
  override id: string = randomUUID();

  @Field(() => GraphQLDateTime, { description: 'When the change was committed.' })
  @Property({ type: 'timestamptz' })
  occurredAt: Date = new Date();

  /** Row id of the acting user; null for system tasks (migrations, seed, jobs). */
  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Field({ description: 'Username of the actor, or "system".' })
  @Property({ type: 'text' })
  actorName!: string;

  /** The actor's agency, so agency administrators see their own agency's trail. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Field(() => AuditAction, { description: 'Kind of change.' })
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Field({ description: 'Type of the changed record, e.g. Agency.' })
  @Property({ type: 'text' })
  entityType!: string;

  /** Row id of the changed record. */
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'GraphQL operation or task that made the change.' })
  @Property({ type: 'text', nullable: true })
  operation: string | null = null;

  @Field(() => String, { nullable: true, description: 'Request the change came from, matching the request log.' })
  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { before, after } }. Secrets are redacted.' })
  @Property({ type: 'jsonb' })
  changes: AuditChanges = {};

  @Field(() => ID, { nullable: true, description: 'ID of the acting user.' })
  get actorId(): string | null {
    return this.actorUserId ? toGlobalId('User', this.actorUserId) : null;
  }

  @Field(() => ID, { name: 'entityId', description: 'Global ID of the changed record (usable with node(id:) while it exists).' })
  get entityNodeId(): string {
    return toGlobalId(this.entityType, this.entityId);
  }
}
