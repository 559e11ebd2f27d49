import { ArrayType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { PlanTarget } from '../appraisals/performance-plan.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';

export enum WorkReportStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

registerEnumType(WorkReportStatus, {
  name: 'WorkReportStatus',
  description: 'Stage of a daily work report: SUBMITTED -> APPROVED, or RETURNED to the employee, who may edit and resubmit it.',
  valuesConfig: {
    SUBMITTED: { description: 'Filed (or resubmitted) by the employee, waiting for the supervisor.' },
    APPROVED: { description: 'Accepted by the supervisor (or HR); no longer editable.' },
    RETURNED: { description: 'Sent back with a comment; the employee may edit and resubmit it.' },
  },
});

/**
 * What an employee did on one day (laporan kinerja harian): the activity, its
 * output, the hours spent and optionally the target of their approved plan it
 * serves. The reviewer is recorded by name too, since HR may review without
 * an employee record of their own.
 */
@Entity({ tableName: 'work_reports' })
@Index({ properties: ['employee', 'date'] })
@Index({ properties: ['agency', 'status', 'submittedAt'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Daily work report (laporan kinerja harian) of an employee.' })
export class WorkReport extends BaseEntity<
  | 'target'
  | 'evidenceLinks'
  | 'status'
  | 'submittedAt'
  | 'reviewer'
  | 'reviewerName'
  | 'reviewedAt'
  | 'reviewComment'
  | 'employeeId'
  | 'targetId'
  | 'reviewerId'
  | 'startTime'
  | 'endTime'
  | 'overtime'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  @Field(() => GraphQLDate, { description: 'The day the work was done.' })
  @Property({ type: 'date' })
  date!: string;

  @Field({ description: 'What was done (kegiatan).' })
  @Property({ type: 'text' })
  activity!: string;

  @Field({ description: 'What it produced (output / hasil).' })
  @Property({ type: 'text' })
  output!: string;

  @Field(() => Float, {
    description:
      'Hours spent, more than 0 and at most 24 (the minutes / 60 when the report has a start and end time); all reports of an employee for one day add up to at most 24.',
  })
  @Property({ type: 'double' })
  hours!: number;

  @Field(() => Int, {
    description:
      'Minutes of activity: end - start, or the hours given x 60 (rounded); what approved reports count toward the monthly target.',
  })
  @Property({ type: 'integer' })
  minutes!: number;

  @Field(() => String, { nullable: true, description: 'Start of the activity, local time HH:MM; empty for a report given as a duration.' })
  @Property({ type: 'time', nullable: true })
  startTime: string | null = null;

  @Field(() => String, { nullable: true, description: 'End of the activity, local time HH:MM.' })
  @Property({ type: 'time', nullable: true })
  endTime: string | null = null;

  @Field({ description: "Overtime (lembur): the only reports that may claim time outside the employee's working hours or on a day off." })
  @Property({ type: 'boolean' })
  overtime: boolean = false;

  /** A target of the employee's approved plan whose period covers the day. */
  @Index()
  @ManyToOne(() => PlanTarget, { ref: true, nullable: true, deleteRule: 'set null' })
  target: Ref<PlanTarget> | null = null;

  @Field(() => [String], { description: 'Links to the evidence (bukti dukung).' })
  @Property({ type: ArrayType })
  evidenceLinks: string[] = [];

  @Field(() => WorkReportStatus, { description: 'Stage of the report.' })
  @Enum({ items: () => WorkReportStatus, nativeEnumName: 'work_report_status' })
  status: WorkReportStatus = WorkReportStatus.SUBMITTED;

  @Field(() => GraphQLDateTime, { description: 'When it was last filed or resubmitted (the queue is ordered by it).' })
  @Property({ type: 'timestamptz' })
  submittedAt: Date = new Date();

  /** The reviewing supervisor; empty when HR reviewed without an employee record, or before review. */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  reviewer: Ref<Employee> | null = null;

  @Field(() => String, { nullable: true, description: 'Who approved or returned it (display name of the account).' })
  @Property({ type: 'text', nullable: true })
  reviewerName: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was approved or returned.' })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was returned, or a remark on approval.' })
  @Property({ type: 'text', nullable: true })
  reviewComment: string | null = null;

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the plan target the work serves.' })
  get targetId(): string | null {
    return refId('PlanTarget', this.target);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the reviewing supervisor (empty when HR reviewed, or before review).' })
  get reviewerId(): string | null {
    return refId('Employee', this.reviewer);
  }
}

/** A remark on a report, by the employee or by whoever may review it: the conversation around a day's work. */
@Entity({ tableName: 'work_report_comments' })
@ObjectType({ implements: [Node, BaseEntity], description: 'A comment on a daily work report (tanggapan).' })
export class WorkReportComment extends BaseEntity<'author' | 'reportId' | 'authorId'> {
  @Index()
  @ManyToOne(() => WorkReport, { ref: true, deleteRule: 'cascade' })
  report!: Ref<WorkReport>;

  /** The commenting employee; empty for an HR account without an employee record. */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  author: Ref<Employee> | null = null;

  @Field({ description: 'Display name of the account that wrote it.' })
  @Property({ type: 'text' })
  authorName!: string;

  @Field({ description: 'The comment.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => ID, { description: 'ID of the report.' })
  get reportId(): string {
    return refId('WorkReport', this.report)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the commenting employee (empty for an HR account without one).' })
  get authorId(): string | null {
    return refId('Employee', this.author);
  }
}
