import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { todayInIndonesia } from '../../dates.js';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { ComplaintCategory, ComplaintChannel, ComplaintStatus, OPEN_COMPLAINT_STATUSES } from './community.enums.js';
import { PublicService } from './public-service.entity.js';

/**
 * A report from the public (SP4N-LAPOR!): suggestion, complaint or information
 * request, tracked by an unguessable code. The reporter's name and contact are
 * confidential: only the agency's complaint handlers (administrators and HR) read
 * them, never the public status or the employee concerned.
 */
@Entity({ tableName: 'complaints' })
@Index({ properties: ['agency', 'status', 'dueDate'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'A complaint, suggestion or information request from the public (pengaduan).' })
export class Complaint extends BaseEntity<
  | 'location'
  | 'unit'
  | 'service'
  | 'employee'
  | 'reporterName'
  | 'reporterContact'
  | 'status'
  | 'dueDate'
  | 'verifiedAt'
  | 'assignedAt'
  | 'startedAt'
  | 'resolvedAt'
  | 'closedAt'
  | 'rejectedAt'
  | 'rejectionReason'
  | 'assignedUnit'
  | 'assignedOfficer'
  | 'autoCloseDate'
  | 'clientHash'
  | 'recordedBy'
  | 'agencyId'
  | 'unitId'
  | 'serviceId'
  | 'employeeId'
  | 'assignedUnitId'
  | 'assignedOfficerId'
  | 'overdue'
  | 'hasContact'
  | 'resolutionHours'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Field({ description: 'Tracking code given to the reporter, e.g. ADU-7K3M-9QXR-2HTB.' })
  @Property({ type: 'text', unique: true })
  trackingCode!: string;

  @Field(() => ComplaintChannel, { description: 'How it arrived.' })
  @Enum({ items: () => ComplaintChannel, nativeEnumName: 'complaint_channel' })
  channel!: ComplaintChannel;

  @Field(() => ComplaintCategory, { description: 'Classification (SP4N-LAPOR!).' })
  @Enum({ items: () => ComplaintCategory, nativeEnumName: 'complaint_category' })
  category!: ComplaintCategory;

  @Field({ description: 'Subject in a few words.' })
  @Property({ type: 'text' })
  subject!: string;

  @Field({ description: 'What happened.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Where it happened.' })
  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  /** The unit concerned. */
  @Index()
  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, deleteRule: 'restrict' })
  unit: Ref<OrgUnit> | null = null;

  @ManyToOne(() => PublicService, { ref: true, nullable: true, deleteRule: 'restrict' })
  service: Ref<PublicService> | null = null;

  /** The employee concerned. */
  @Index()
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  employee: Ref<Employee> | null = null;

  /** Confidential: see `contact`. */
  @Property({ type: 'text', nullable: true })
  reporterName: string | null = null;

  /** Confidential: see `contact`. */
  @Property({ type: 'text', nullable: true })
  reporterContact: string | null = null;

  @Field(() => ComplaintStatus, { description: 'Stage of the complaint.' })
  @Enum({ items: () => ComplaintStatus, nativeEnumName: 'complaint_status' })
  status: ComplaintStatus = ComplaintStatus.RECEIVED;

  @Field(() => GraphQLDate, { description: 'The day it was received (Western Indonesia time).' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'The working day by which the current step is due: verification when RECEIVED, the follow-up once verified.',
  })
  @Property({ type: 'date', nullable: true })
  dueDate: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was verified.' })
  @Property({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was (last) assigned.' })
  @Property({ type: 'timestamptz', nullable: true })
  assignedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the unit started on it.' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was resolved.' })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was closed.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was rejected.' })
  @Property({ type: 'timestamptz', nullable: true })
  rejectedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected (shown to the reporter).' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Index()
  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, deleteRule: 'restrict' })
  assignedUnit: Ref<OrgUnit> | null = null;

  @Index()
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  assignedOfficer: Ref<Employee> | null = null;

  @Field(() => GraphQLDate, { nullable: true, description: 'A resolved complaint closes after this day when nobody replies.' })
  @Property({ type: 'date', nullable: true })
  autoCloseDate: string | null = null;

  /** Keyed hash of the submitting client address, for rate limits and duplicates; null when staff recorded it. */
  @Property({ type: 'text', nullable: true })
  clientHash: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Username of the staff member who recorded it (SMS, phone, counter); null from the web.',
  })
  @Property({ type: 'text', nullable: true })
  recordedBy: string | null = null;

  @Field({ description: 'True when the current step is past its due day (Western Indonesia time) and the complaint is still open.' })
  get overdue(): boolean {
    return (
      (OPEN_COMPLAINT_STATUSES as readonly ComplaintStatus[]).includes(this.status) &&
      this.dueDate !== null &&
      this.dueDate < todayInIndonesia()
    );
  }

  @Field({ description: 'Whether the reporter left a name or contact (readable only by the complaint handlers, in `contact`).' })
  get hasContact(): boolean {
    return Boolean(this.reporterName || this.reporterContact);
  }

  @Field(() => Float, { nullable: true, description: 'Hours from receipt to resolution, once resolved.' })
  get resolutionHours(): number | null {
    return this.resolvedAt ? Math.round((this.resolvedAt.getTime() - this.createdAt.getTime()) / 36_000) / 100 : null;
  }

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the unit concerned.' })
  get unitId(): string | null {
    return refId('OrgUnit', this.unit);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the service concerned.' })
  get serviceId(): string | null {
    return refId('PublicService', this.service);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the employee concerned.' })
  get employeeId(): string | null {
    return refId('Employee', this.employee);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the unit it is assigned to.' })
  get assignedUnitId(): string | null {
    return refId('OrgUnit', this.assignedUnit);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the officer it is assigned to.' })
  get assignedOfficerId(): string | null {
    return refId('Employee', this.assignedOfficer);
  }
}

/** An answer or note on a complaint: public ones are shown with the tracking code, internal ones only to staff. */
@Entity({ tableName: 'complaint_responses' })
@ObjectType({ implements: [Node, BaseEntity], description: 'A response to a complaint (tindak lanjut), public or internal.' })
export class ComplaintResponse extends BaseEntity<'author' | 'complaintId'> {
  @Index()
  @ManyToOne(() => Complaint, { ref: true, deleteRule: 'cascade' })
  complaint!: Ref<Complaint>;

  @Field({ description: 'The text.' })
  @Property({ type: 'text' })
  text!: string;

  @Field({ description: 'True: shown to the reporter with the tracking code; false: an internal note.' })
  @Property({ type: 'boolean' })
  isPublic!: boolean;

  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  author: Ref<Employee> | null = null;

  @Field({ description: 'Display name of the account that wrote it.' })
  @Property({ type: 'text' })
  authorName!: string;

  @Field(() => ID, { description: 'ID of the complaint.' })
  get complaintId(): string {
    return refId('Complaint', this.complaint)!;
  }
}
