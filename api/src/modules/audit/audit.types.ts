import { ArgsType, Field, InputType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateTimeFilter, EnumFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { AuditAction, AuditEntry } from './audit-entry.entity.js';

export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry', 'audit entries');

const AuditActionFilter = EnumFilter(AuditAction, 'AuditAction');

@InputType({ description: 'Conditions on audit entries; all given conditions must hold.' })
export class AuditEntryFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By audit entry ID.' })
  id?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By type of the changed record, e.g. Agency.' })
  entityType?: StringFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By ID of the changed record.' })
  entityId?: IDFilter;

  @Field(() => AuditActionFilter, { nullable: true, description: 'By kind of change.' })
  action?: InstanceType<typeof AuditActionFilter>;

  @Field(() => IDFilter, { nullable: true, description: 'By acting user.' })
  actorId?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By actor username.' })
  actorName?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By operation name.' })
  operation?: StringFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'By time of the change.' })
  occurredAt?: DateTimeFilter;

  @Field(() => [AuditEntryFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: AuditEntryFilter[];

  @Field(() => [AuditEntryFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: AuditEntryFilter[];
}

export const auditFilterRules: FilterRules = {
  id: { kind: 'id', type: 'AuditEntry' },
  entityType: { kind: 'value' },
  entityId: { kind: 'anyId' },
  action: { kind: 'value' },
  actorId: { kind: 'id', type: 'User', property: 'actorUserId' },
  actorName: { kind: 'value' },
  operation: { kind: 'value' },
  occurredAt: { kind: 'value' },
};

export const AuditEntryOrder = OrderBy('AuditEntry', {
  OCCURRED_AT: { property: 'occurredAt', description: 'Time of the change.' },
  ENTITY_TYPE: { property: 'entityType', description: 'Type of the changed record.' },
  ACTION: { property: 'action', description: 'Kind of change.' },
  ACTOR_NAME: { property: 'actorName', description: 'Actor username.' },
});

@ArgsType()
export class AuditEntryListArgs extends PageArgs {
  @Field(() => AuditEntryFilter, { nullable: true, description: 'Which entries to return.' })
  filter?: AuditEntryFilter;

  @Field(() => [AuditEntryOrder.Input], { nullable: true, description: 'Sort keys (default: newest first).' })
  orderBy?: InstanceType<typeof AuditEntryOrder.Input>[];
}
