import { ArrayMaxSize, IsOptional, IsPositive, IsUrl, Length, Matches, Max, MaxLength } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateFilter, EnumFilter, IDFilter, OrderBy, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText } from '../../graphql/validation.js';
import { WorkReport, WorkReportComment, WorkReportStatus } from './work-report.entity.js';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const WorkReportConnection = Connection(WorkReport, 'WorkReport', 'daily work reports');

const WorkReportStatusFilter = EnumFilter(WorkReportStatus, 'WorkReportStatus');

@InputType({ description: 'Conditions on daily work reports; all given conditions must hold.' })
export class WorkReportFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By employee.' })
  employeeId?: IDFilter;

  @Field(() => WorkReportStatusFilter, { nullable: true, description: 'By status.' })
  status?: InstanceType<typeof WorkReportStatusFilter>;

  @Field(() => DateFilter, { nullable: true, description: 'By the day of the work, e.g. `{ gte: "2026-11-01", lte: "2026-11-30" }`.' })
  date?: DateFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By the plan target the work serves (`isNull: true`: linked to none).' })
  targetId?: IDFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in the activity and the output.' })
  q?: string;

  @Field(() => [WorkReportFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: WorkReportFilter[];

  @Field(() => [WorkReportFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: WorkReportFilter[];
}

export const workReportFilterRules: FilterRules = {
  id: { kind: 'id', type: 'WorkReport' },
  employeeId: { kind: 'id', type: 'Employee', property: 'employee' },
  status: { kind: 'value' },
  date: { kind: 'value' },
  targetId: { kind: 'id', type: 'PlanTarget', property: 'target' },
};

export const WorkReportOrder = OrderBy('WorkReport', {
  DATE: { property: 'date', description: 'Day of the work.' },
  SUBMITTED_AT: { property: 'submittedAt', description: 'Filing (or resubmission) time.' },
  EMPLOYEE_NAME: { property: 'employee.name', description: "Employee's name." },
  STATUS: { property: 'status', description: 'Status.' },
});

@ArgsType()
export class WorkReportListArgs extends PageArgs {
  @Field(() => WorkReportFilter, { nullable: true, description: 'Which reports to return.' })
  filter?: WorkReportFilter;

  @Field(() => [WorkReportOrder.Input], { nullable: true, description: 'Sort keys (default: newest day first).' })
  orderBy?: InstanceType<typeof WorkReportOrder.Input>[];
}

const evidenceRules = [
  IsOptional(),
  ArrayMaxSize(10),
  MaxLength(500, { each: true }),
  IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each evidence link must be an http(s) URL' }),
];
/** The same evidence rules as realisations: http(s) links only. */
const EvidenceLinks = (): PropertyDecorator => (target, key) => evidenceRules.forEach((rule) => rule(target, key));

@InputType({ description: "A day's work, filed by the employee themself." })
export class FileWorkReportInput {
  @Field(() => GraphQLDate, { description: 'The day of the work: today or earlier, not in a closed period.' })
  date!: Date;

  @Field({ description: 'What was done (1-2,000 characters).' })
  @Length(1, 2000)
  @MultiLineText()
  activity!: string;

  @Field({ description: 'What it produced (1-2,000 characters).' })
  @Length(1, 2000)
  @MultiLineText()
  output!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Hours spent: more than 0, at most 24 (with the other reports of the day, at most 24). Required without a start and end time; with them, it must match.',
  })
  @IsOptional()
  @IsPositive({ message: 'hours must be more than 0' })
  @Max(24)
  hours?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Start, local time HH:MM: within working hours unless overtime, not overlapping another report of the day.',
  })
  @IsOptional()
  @Matches(HHMM, { message: 'startTime must be a time HH:MM' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'End, local time HH:MM, after the start.' })
  @IsOptional()
  @Matches(HHMM, { message: 'endTime must be a time HH:MM' })
  endTime?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Overtime (lembur): may lie outside working hours or on a day off.',
  })
  @IsOptional()
  overtime?: boolean;

  @Field(() => ID, { nullable: true, description: "A target of the employee's own approved plan whose period covers the day." })
  @IsOptional()
  targetId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Links to the evidence (http or https, at most 10).' })
  @EvidenceLinks()
  evidenceLinks?: string[];
}

@InputType({ description: 'Changes to an own SUBMITTED or RETURNED report; saving resubmits it. Fields left out stay as they are.' })
export class UpdateWorkReportInput {
  @Field(() => ID, { description: 'The report.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day of the work.' })
  @IsOptional()
  date?: Date;

  @Field(() => String, { nullable: true, description: 'What was done (1-2,000 characters).' })
  @IsOptional()
  @Length(1, 2000)
  @MultiLineText()
  activity?: string;

  @Field(() => String, { nullable: true, description: 'What it produced (1-2,000 characters).' })
  @IsOptional()
  @Length(1, 2000)
  @MultiLineText()
  output?: string;

  @Field(() => Float, { nullable: true, description: 'Hours spent: more than 0, at most 24.' })
  @IsOptional()
  @IsPositive({ message: 'hours must be more than 0' })
  @Max(24)
  hours?: number;

  @Field(() => String, { nullable: true, description: 'Start, HH:MM; null (with endTime null) turns the report into a duration.' })
  @IsOptional()
  @Matches(HHMM, { message: 'startTime must be a time HH:MM' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'End, HH:MM.' })
  @IsOptional()
  @Matches(HHMM, { message: 'endTime must be a time HH:MM' })
  endTime?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Overtime (lembur).' })
  @IsOptional()
  overtime?: boolean;

  @Field(() => ID, { nullable: true, description: 'The plan target the work serves; null removes the link.' })
  @IsOptional()
  targetId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Links to the evidence (replace the current ones).' })
  @EvidenceLinks()
  evidenceLinks?: string[];
}

@InputType({ description: 'A report and the version a step is based on.' })
export class WorkReportStepInput {
  @Field(() => ID, { description: 'The report.' })
  id!: string;

  @Field(() => Int, { description: 'The version the step is based on.' })
  version!: number;
}

@InputType({ description: 'Approving a report, optionally with a remark.' })
export class ApproveWorkReportInput extends WorkReportStepInput {
  @Field(() => String, { nullable: true, description: 'A remark (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  comment?: string | null;
}

@InputType({ description: 'Returning a report to the employee: why.' })
export class ReturnWorkReportInput extends WorkReportStepInput {
  @Field({ description: 'What to change (3-2,000 characters).' })
  @Length(3, 2000)
  @MultiLineText()
  comment!: string;
}

@InputType({ description: 'The report to delete (own, not approved).' })
export class DeleteWorkReportInput {
  @Field(() => ID, { description: 'The report.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given, the delete is refused (CONFLICT) if the report changed since.' })
  version?: number;
}

@InputType({ description: 'A comment on a report, by the employee or by whoever may review it.' })
export class CommentOnWorkReportInput {
  @Field(() => ID, { description: 'The report.' })
  reportId!: string;

  @Field({ description: 'The comment (1-2,000 characters).' })
  @Length(1, 2000)
  @MultiLineText()
  text!: string;
}

@ObjectType({ description: 'Result of filing or changing a report.' })
export class WorkReportPayload {
  @Field(() => WorkReport, { description: 'The report as stored.' })
  report!: WorkReport;
}

@ObjectType({ description: 'Result of deleting a report.' })
export class DeleteWorkReportPayload {
  @Field(() => ID, { description: 'ID of the deleted report.' })
  id!: string;
}

@ObjectType({ description: 'Result of commenting on a report.' })
export class WorkReportCommentPayload {
  @Field(() => WorkReportComment, { description: 'The comment as stored.' })
  comment!: WorkReportComment;
}

@ObjectType({ description: "An employee's effective working minutes of a month: approved daily reports against the month's target." })
export class EffectiveMinutes {
  @Field(() => ID, { description: 'ID of the employee.' })
  employeeId!: string;

  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'Minutes of the approved reports of the month, overtime included.' })
  approvedMinutes!: number;

  @Field(() => Int, { description: 'Of which overtime.' })
  overtimeMinutes!: number;

  @Field(() => Int, { description: "The month's target of effective minutes under the employee's calendar." })
  targetMinutes!: number;

  @Field(() => Int, { description: 'Approved minutes capped at the target: what the allowance counts.' })
  effectiveMinutes!: number;

  @Field(() => Int, { description: 'Share of the target reached in basis points (10000 = 100 %), rounded down: exact for the allowance.' })
  shareBasisPoints!: number;
}
