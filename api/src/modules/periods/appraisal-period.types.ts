import { IsOptional, Length } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateFilter, EnumFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { AppraisalPeriod, PeriodStatus, PeriodType } from './appraisal-period.entity.js';

export const AppraisalPeriodConnection = Connection(AppraisalPeriod, 'AppraisalPeriod', 'appraisal periods');

const PeriodTypeFilter = EnumFilter(PeriodType, 'PeriodType');
const PeriodStatusFilter = EnumFilter(PeriodStatus, 'PeriodStatus');

@InputType({ description: 'Conditions on appraisal periods; all given conditions must hold.' })
export class AppraisalPeriodFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By agency.' })
  agencyId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By annual period; `isNull: true` gives the top-level periods.' })
  parentId?: IDFilter;

  @Field(() => PeriodTypeFilter, { nullable: true, description: 'By type.' })
  type?: InstanceType<typeof PeriodTypeFilter>;

  @Field(() => PeriodStatusFilter, { nullable: true, description: 'By status.' })
  status?: InstanceType<typeof PeriodStatusFilter>;

  @Field(() => DateFilter, { nullable: true, description: 'By first day.' })
  startDate?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: 'By last day.' })
  endDate?: DateFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By name.' })
  name?: StringFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in the name.' })
  q?: string;

  @Field(() => [AppraisalPeriodFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: AppraisalPeriodFilter[];

  @Field(() => [AppraisalPeriodFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: AppraisalPeriodFilter[];
}

export const appraisalPeriodFilterRules: FilterRules = {
  id: { kind: 'id', type: 'AppraisalPeriod' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  parentId: { kind: 'id', type: 'AppraisalPeriod', property: 'parent' },
  type: { kind: 'value' },
  status: { kind: 'value' },
  startDate: { kind: 'value' },
  endDate: { kind: 'value' },
  name: { kind: 'value' },
};

export const AppraisalPeriodOrder = OrderBy('AppraisalPeriod', {
  START_DATE: { property: 'startDate', description: 'First day.' },
  END_DATE: { property: 'endDate', description: 'Last day.' },
  NAME: { property: 'name', description: 'Name.' },
  TYPE: { property: 'type', description: 'Type.' },
  STATUS: { property: 'status', description: 'Status.' },
});

@ArgsType()
export class AppraisalPeriodListArgs extends PageArgs {
  @Field(() => AppraisalPeriodFilter, { nullable: true, description: 'Which periods to return.' })
  filter?: AppraisalPeriodFilter;

  @Field(() => [AppraisalPeriodOrder.Input], { nullable: true, description: 'Sort keys (default: latest first).' })
  orderBy?: InstanceType<typeof AppraisalPeriodOrder.Input>[];
}

@InputType({ description: 'A new appraisal period, in DRAFT.' })
export class CreateAppraisalPeriodInput {
  @Field(() => ID, { nullable: true, description: "Agency; default the actor's own (or the annual period's)." })
  @IsOptional()
  agencyId?: string | null;

  @Field({ description: 'Name (3-100 characters), e.g. Triwulan I 2026.' })
  @Length(3, 100)
  @SingleLineText()
  name!: string;

  @Field(() => PeriodType, { description: 'Type.' })
  type!: PeriodType;

  @Field(() => GraphQLDate, { description: 'First day.' })
  startDate!: Date;

  @Field(() => GraphQLDate, { description: 'Last day (on or after the first).' })
  endDate!: Date;

  @Field(() => ID, { nullable: true, description: 'The annual period this one is part of; its dates must lie inside it.' })
  @IsOptional()
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Scoring scheme; default the national one.' })
  @IsOptional()
  scoringSchemeId?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Performance plans due by.' })
  @IsOptional()
  planDueDate?: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Evaluations due by.' })
  @IsOptional()
  evaluationDueDate?: Date | null;
}

@InputType({ description: 'Changes to a period that is not closed; dates and type only while DRAFT.' })
export class UpdateAppraisalPeriodInput {
  @Field(() => ID, { description: 'The period.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(3, 100)
  @SingleLineText()
  name?: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'New first day (DRAFT only).' })
  @IsOptional()
  startDate?: Date;

  @Field(() => GraphQLDate, { nullable: true, description: 'New last day (DRAFT only).' })
  @IsOptional()
  endDate?: Date;

  @Field(() => ID, { nullable: true, description: 'New scoring scheme.' })
  @IsOptional()
  scoringSchemeId?: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'New plan deadline; null removes it.' })
  @IsOptional()
  planDueDate?: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'New evaluation deadline; null removes it.' })
  @IsOptional()
  evaluationDueDate?: Date | null;
}

@InputType({ description: 'A period and the version a lifecycle step is based on.' })
export class PeriodTransitionInput {
  @Field(() => ID, { description: 'The period.' })
  id!: string;

  @Field(() => Int, { description: 'The version the step is based on.' })
  version!: number;
}

@InputType({ description: 'Reopening a closed period: why.' })
export class ReopenPeriodInput extends PeriodTransitionInput {
  @Field({ description: 'Why the closed period must change (10-1,000 characters); kept in its history.' })
  @Length(10, 1000)
  @MultiLineText()
  reason!: string;
}

@InputType({ description: 'Sub-periods to generate inside an annual period.' })
export class GenerateSubPeriodsInput {
  @Field(() => ID, { description: 'The annual period.' })
  id!: string;

  @Field(() => PeriodType, { description: 'SEMESTER, QUARTERLY or MONTHLY.' })
  type!: PeriodType;
}

@InputType({ description: 'The period to delete (DRAFT, without sub-periods).' })
export class DeleteAppraisalPeriodInput {
  @Field(() => ID, { description: 'The period.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given, the delete is refused (CONFLICT) if it changed since.' })
  version?: number;
}

@ObjectType({ description: 'Result of creating, changing or moving a period.' })
export class AppraisalPeriodPayload {
  @Field(() => AppraisalPeriod, { description: 'The period as stored.' })
  period!: AppraisalPeriod;
}

@ObjectType({ description: 'Result of generating sub-periods.' })
export class GenerateSubPeriodsPayload {
  @Field(() => [AppraisalPeriod], { description: 'The sub-periods of that type, existing and new, in order.' })
  periods!: AppraisalPeriod[];

  @Field(() => Int, { description: 'How many were created now (0 when they all existed).' })
  created!: number;
}

@ObjectType({ description: 'Result of deleting a period.' })
export class DeleteAppraisalPeriodPayload {
  @Field(() => ID, { description: 'ID of the deleted period.' })
  id!: string;
}

@ObjectType({ description: 'A lifecycle step the actor could take now, or what blocks it.' })
export class PeriodStep {
  @Field(() => PeriodStatus, { description: 'The status the step leads to.' })
  to!: PeriodStatus;

  @Field({ description: 'The mutation that takes the step, e.g. startPlanning.' })
  mutation!: string;

  @Field({ description: 'True when nothing blocks it.' })
  allowed!: boolean;

  @Field(() => [String], { description: 'What blocks it, in words.' })
  blockers!: string[];
}
