import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateFilter, EnumFilter, IDFilter, OrderBy, toWhere, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { Role } from '../../access/role.js';
import { CoachingOutcome, CoachingPlan, CoachingStatus } from './coaching.entity.js';
import { AppealOutcome, CaseStatus, DisciplinaryCase, SanctionLevel } from './discipline.entity.js';
import { Reward, RewardType } from './reward.entity.js';
import { AppealKind } from './sanction-rules.js';

const CODE = /^[A-Z0-9][A-Z0-9_]{1,59}$/;

export const DisciplinaryCaseConnection = Connection(DisciplinaryCase, 'DisciplinaryCase', 'disciplinary cases');
export const RewardConnection = Connection(Reward, 'Reward', 'rewards');
export const CoachingPlanConnection = Connection(CoachingPlan, 'CoachingPlan', 'coaching plans');

const CaseStatusFilter = EnumFilter(CaseStatus, 'DisciplinaryCaseStatus');
const SanctionLevelFilter = EnumFilter(SanctionLevel, 'SanctionLevel');
const CoachingStatusFilter = EnumFilter(CoachingStatus, 'CoachingStatus');

@InputType({ description: 'Conditions on disciplinary cases; all given conditions must hold.' })
export class DisciplinaryCaseFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' }) id?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By employee.' }) employeeId?: IDFilter;
  @Field(() => CaseStatusFilter, { nullable: true, description: 'By status.' }) status?: InstanceType<typeof CaseStatusFilter>;
  @Field(() => DateFilter, { nullable: true, description: 'By the day of the violation.' }) violationDate?: DateFilter;
  @Field(() => SanctionLevelFilter, {
    nullable: true,
    description: 'By the level of the sanction decided (cases not yet decided have none).',
  })
  level?: InstanceType<typeof SanctionLevelFilter>;
  @Field(() => String, {
    nullable: true,
    description: "Free text: the employee's name or NIP, the violation, the article or the decree number.",
  })
  q?: string;
  @Field(() => [DisciplinaryCaseFilter], { nullable: true, description: 'All of these filters must hold.' }) and?: DisciplinaryCaseFilter[];
  @Field(() => [DisciplinaryCaseFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: DisciplinaryCaseFilter[];
}

export const caseFilterRules: FilterRules = {
  id: { kind: 'id', type: 'DisciplinaryCase' },
  employeeId: { kind: 'id', type: 'Employee', property: 'employee' },
  status: { kind: 'value' },
  violationDate: { kind: 'value' },
  // The level belongs to the decided sanction type.
  level: {
    kind: 'custom',
    where: (value, path) => ({ sanctionType: toWhere({ level: value }, { level: { kind: 'value' } }, undefined, path) }),
  },
};

export const CaseOrder = OrderBy('DisciplinaryCase', {
  PROPOSED_AT: { property: 'proposedAt', description: 'When it was reported.' },
  VIOLATION_DATE: { property: 'violationDate', description: 'Day of the violation.' },
  EMPLOYEE_NAME: { property: 'employee.name', description: "Employee's name." },
});

@ArgsType()
export class DisciplinaryCaseListArgs extends PageArgs {
  @Field(() => DisciplinaryCaseFilter, { nullable: true, description: 'Which cases to return.' })
  filter?: DisciplinaryCaseFilter;

  @Field(() => [CaseOrder.Input], { nullable: true, description: 'Sort keys (default: newest report first).' })
  orderBy?: InstanceType<typeof CaseOrder.Input>[];
}

@InputType({ description: 'Reports a suspected violation of discipline.' })
export class ProposeDisciplinaryCaseInput {
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field({ description: 'What happened (10-4,000 characters).' })
  @Length(10, 4000)
  @MultiLineText()
  violation!: string;

  @Field(() => GraphQLDate, { description: 'When it happened (not in the future).' })
  violationDate!: Date;

  @Field({ description: 'The obligation or prohibition violated (3-300 characters), e.g. PP 94/2021 Pasal 4 huruf f.' })
  @Length(3, 300)
  @SingleLineText()
  article!: string;
}

@InputType({ description: 'A case and the version a step is based on.' })
export class CaseStepInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field(() => Int, { description: 'The version the step is based on.' })
  version!: number;
}

@InputType({ description: 'The examination of a PROPOSED case (berita acara pemeriksaan).' })
export class ExamineDisciplinaryCaseInput extends CaseStepInput {
  @Field(() => GraphQLDate, { description: 'Day of the examination (not before the violation).' })
  examinedOn!: Date;

  @Field(() => [String], {
    description:
      'Examiner(s): the direct supervisor, or the members of the examination team (a severe sanction needs a team of at least two).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Length(3, 200, { each: true })
  examiners!: string[];

  @Field({ description: 'The examination record (10-20,000 characters).' })
  @Length(10, 20000)
  @MultiLineText()
  record!: string;
}

@InputType({ description: 'The decision on an EXAMINED case: a sanction of the catalogue and its decree.' })
export class DecideDisciplinaryCaseInput extends CaseStepInput {
  @Field({ description: 'Code of a sanction type of the catalogue (`sanctionTypes`), e.g. TEGURAN_TERTULIS.' })
  @Matches(CODE, { message: 'sanctionTypeCode is a code of the sanction catalogue' })
  sanctionTypeCode!: string;

  @Field({ description: 'Number of the decree (3-100 characters).' })
  @Length(3, 100)
  @SingleLineText()
  decreeNumber!: string;

  @Field(() => GraphQLDate, { description: 'Date of the decree (not before the examination).' })
  decreeDate!: Date;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'First day in force; default the 15th working day after the decree (PP 94/2021). Not before the decree.',
  })
  @IsOptional()
  effectiveFrom?: Date | null;
}

@InputType({ description: 'An objection (keberatan) or administrative appeal (banding administratif) against a decided sanction.' })
export class FileSanctionAppealInput extends CaseStepInput {
  @Field(() => AppealKind, {
    nullable: true,
    description: 'Which remedy; default the one the sanction allows (administrative appeal for dismissal, objection otherwise).',
  })
  @IsOptional()
  kind?: AppealKind | null;

  @Field(() => GraphQLDate, { description: 'Day it was filed: within 14 working days of the decree.' })
  filedOn!: Date;

  @Field({ description: 'Grounds (10-4,000 characters).' })
  @Length(10, 4000)
  @MultiLineText()
  reason!: string;
}

@InputType({ description: 'The outcome of an objection or appeal.' })
export class DecideSanctionAppealInput extends CaseStepInput {
  @Field(() => AppealOutcome, { description: 'UPHELD (the sanction stands), CHANGED (another type) or ANNULLED.' })
  outcome!: AppealOutcome;

  @Field(() => GraphQLDate, { description: 'Day of the decision.' })
  decidedOn!: Date;

  @Field({ description: 'The decision (3-4,000 characters).' })
  @Length(3, 4000)
  @MultiLineText()
  note!: string;

  @Field(() => String, { nullable: true, description: 'For CHANGED: the new sanction type (its end is computed again).' })
  @IsOptional()
  @Matches(CODE, { message: 'sanctionTypeCode is a code of the sanction catalogue' })
  sanctionTypeCode?: string | null;
}

@ObjectType({ description: 'Result of a step of a disciplinary case.' })
export class DisciplinaryCasePayload {
  @Field(() => DisciplinaryCase, { description: 'The case as stored.' })
  case!: DisciplinaryCase;
}

@ObjectType({ description: 'Who decides sanctions of one level in an agency.' })
export class EffectiveDisciplineAuthority {
  @Field(() => SanctionLevel, { description: 'The level.' })
  level!: SanctionLevel;

  @Field(() => [Role], { description: 'Holders of these roles of the agency decide.' })
  roles!: Role[];

  @Field(() => Int, {
    nullable: true,
    description: "The employee's supervisors up to this many levels up decide too (1: the direct supervisor); empty: no supervisor.",
  })
  supervisorLevels!: number | null;

  @Field({ description: 'True when the agency has not set its own and the default applies.' })
  isDefault!: boolean;

  @Field(() => Int, {
    description:
      "Revision of the agency's own setting, 0 while the default applies; send it back with setDisciplineAuthority (CONFLICT when stale).",
  })
  version!: number;
}

@InputType({ description: "Sets who decides one level's sanctions in an agency." })
export class SetDisciplineAuthorityInput {
  @Field(() => ID, { nullable: true, description: "The agency; default the actor's own." })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => SanctionLevel, { description: 'The level.' })
  level!: SanctionLevel;

  @Field(() => [Role], { description: 'Roles that decide (SUPER_ADMIN always may).' })
  @ArrayMaxSize(6)
  roles!: Role[];

  @Field(() => Int, { nullable: true, description: 'Supervisor levels up the chain that decide (1-5); empty for none.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  supervisorLevels?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the change is based on (0: the default was read); CONFLICT when someone saved since. Omitted: not checked.',
  })
  @IsOptional()
  version?: number | null;
}

// ----- rewards -----

@InputType({ description: 'A kind of reward of an agency.' })
export class CreateRewardTypeInput {
  @Field(() => ID, { nullable: true, description: "The agency; default the actor's own." })
  @IsOptional()
  agencyId?: string | null;

  @Field({ description: 'Code: capitals, digits and "_" (2-60), unique within the agency.' })
  @Matches(CODE, { message: 'code is written in capitals, digits and "_"' })
  code!: string;

  @Field({ description: 'Name (3-200 characters).' })
  @Length(3, 200)
  @SingleLineText()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Needs a clean record (default false).' })
  @IsOptional()
  requiresCleanRecord?: boolean;

  @Field(() => [SanctionLevel], { nullable: true, description: 'Levels that block it (default SEDANG and BERAT).' })
  @IsOptional()
  disqualifyingLevels?: SanctionLevel[];

  @Field(() => Int, { nullable: true, description: 'Look-back years (1-40); empty: the grant day only.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(40)
  lookbackYears?: number | null;

  @Field(() => Int, { nullable: true, description: 'Years of service needed (1-45).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(45)
  minServiceYears?: number | null;
}

@ObjectType({ description: 'Result of creating a reward type.' })
export class RewardTypePayload {
  @Field(() => RewardType, { description: 'The reward type as stored.' })
  rewardType!: RewardType;
}

@InputType({ description: 'What a reward grant says (the employee aside).' })
export class RewardGrantFields {
  @Field({ description: 'Code of a reward type (national or the agency’s).' })
  @Matches(CODE, { message: 'rewardTypeCode is a code of a reward type' })
  rewardTypeCode!: string;

  @Field(() => GraphQLDate, { description: 'Day of the grant.' })
  grantedOn!: Date;

  @Field(() => String, { nullable: true, description: 'Decree number.' })
  @IsOptional()
  @Length(3, 100)
  @SingleLineText()
  decreeNumber?: string | null;

  @Field({ description: 'Why (3-2,000 characters).' })
  @Length(3, 2000)
  @MultiLineText()
  reason!: string;
}

@InputType({ description: 'Grants a reward to an employee (HR).' })
export class GrantRewardInput extends RewardGrantFields {
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field(() => ID, { nullable: true, description: 'The evaluation it rests on (of the employee).' })
  @IsOptional()
  evaluationId?: string | null;
}

@ObjectType({ description: 'Result of granting a reward.' })
export class RewardPayload {
  @Field(() => Reward, { description: 'The reward as stored.' })
  reward!: Reward;
}

@InputType({ description: 'Conditions on rewards.' })
export class RewardFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' }) id?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By employee.' }) employeeId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By reward type.' }) rewardTypeId?: IDFilter;
  @Field(() => DateFilter, { nullable: true, description: 'By day of the grant.' }) grantedOn?: DateFilter;
  @Field(() => String, { nullable: true, description: "Free text: the employee's name or NIP, the decree number or the reason." })
  q?: string;
}

export const rewardFilterRules: FilterRules = {
  id: { kind: 'id', type: 'Reward' },
  employeeId: { kind: 'id', type: 'Employee', property: 'employee' },
  rewardTypeId: { kind: 'id', type: 'RewardType', property: 'rewardType' },
  grantedOn: { kind: 'value' },
};

@ArgsType()
export class RewardListArgs extends PageArgs {
  @Field(() => RewardFilter, { nullable: true, description: 'Which rewards to return (newest first).' })
  filter?: RewardFilter;
}

// ----- coaching -----

@InputType({ description: 'What a coaching plan says (the employee aside).' })
export class CoachingPlanFields {
  @Field(() => [String], { description: 'Goals (1-10, each 3-500 characters).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Length(3, 500, { each: true })
  goals!: string[];

  @Field(() => ID, { nullable: true, description: 'The mentor (an employee of the agency, not the employee).' })
  @IsOptional()
  mentorId?: string | null;

  @Field(() => GraphQLDate, { description: 'First day.' })
  startDate!: Date;

  @Field(() => GraphQLDate, { nullable: true, description: 'Last day; default six months on (PP 30/2019).' })
  @IsOptional()
  endDate?: Date | null;
}

@InputType({ description: 'A coaching plan for an employee (HR or their supervisor).' })
export class CreateCoachingPlanInput extends CoachingPlanFields {
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field(() => ID, { nullable: true, description: 'The evaluation that triggered it (of the employee).' })
  @IsOptional()
  evaluationId?: string | null;
}

@InputType({ description: 'A coaching meeting.' })
export class AddCoachingSessionInput {
  @Field(() => ID, { description: 'The plan (ACTIVE).' })
  planId!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => GraphQLDate, { description: 'Day of the meeting, within the plan.' })
  date!: Date;

  @Field({ description: 'What was discussed (3-4,000 characters).' })
  @Length(3, 4000)
  @MultiLineText()
  notes!: string;
}

@InputType({ description: 'Closes an ACTIVE coaching plan.' })
export class CloseCoachingPlanInput {
  @Field(() => ID, { description: 'The plan.' })
  id!: string;

  @Field(() => Int, { description: 'The version the step is based on.' })
  version!: number;

  @Field(() => CoachingStatus, { description: 'COMPLETED (with an outcome) or CANCELLED.' })
  status!: CoachingStatus;

  @Field(() => CoachingOutcome, { nullable: true, description: 'The outcome (required to complete).' })
  @IsOptional()
  outcome?: CoachingOutcome | null;

  @Field(() => String, { nullable: true, description: 'The closing assessment.' })
  @IsOptional()
  @MaxLength(4000)
  @MultiLineText()
  note?: string | null;
}

@ObjectType({ description: 'Result of a coaching step.' })
export class CoachingPlanPayload {
  @Field(() => CoachingPlan, { description: 'The plan as stored.' })
  plan!: CoachingPlan;
}

@InputType({ description: 'Conditions on coaching plans.' })
export class CoachingPlanFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By employee.' }) employeeId?: IDFilter;
  @Field(() => CoachingStatusFilter, { nullable: true, description: 'By status.' }) status?: InstanceType<typeof CoachingStatusFilter>;
}

export const coachingFilterRules: FilterRules = {
  employeeId: { kind: 'id', type: 'Employee', property: 'employee' },
  status: { kind: 'value' },
};

@ArgsType()
export class CoachingPlanListArgs extends PageArgs {
  @Field(() => CoachingPlanFilter, { nullable: true, description: 'Which plans to return (newest first).' })
  filter?: CoachingPlanFilter;
}
