import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { BooleanFilter, DateFilter, EnumFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { Employee } from '../employees/employee.entity.js';
import { Rating } from '../indicators/indicator.enums.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { GapKind, type PerformanceGap as PerformanceGapShape } from './recommendation.js';
import {
  CompetencyArea,
  Enrollment,
  EnrollmentStatus,
  TrainingKind,
  TrainingMode,
  TrainingProgram,
  TrainingSession,
  TrainingSessionStatus,
} from './training.entity.js';

export const PROGRAM_CODE = /^[A-Z0-9][A-Z0-9._-]{1,39}$/;
const CODE_MESSAGE = 'code must be 2-40 characters: capital letters, digits, ".", "-" or "_", starting with a letter or digit';
const VALUE_CODE = /^[A-Z][A-Z0-9_]{1,59}$/;

export const TrainingProgramConnection = Connection(TrainingProgram, 'TrainingProgram', 'training programmes');
export const TrainingSessionConnection = Connection(TrainingSession, 'TrainingSession', 'training sessions');
export const EnrollmentConnection = Connection(Enrollment, 'Enrollment', 'enrolments');

const CompetencyAreaFilter = EnumFilter(CompetencyArea, 'CompetencyArea');
const TrainingModeFilter = EnumFilter(TrainingMode, 'TrainingMode');
const TrainingKindFilter = EnumFilter(TrainingKind, 'TrainingKind');
const SessionStatusFilter = EnumFilter(TrainingSessionStatus, 'TrainingSessionStatus');
const EnrollmentStatusFilter = EnumFilter(EnrollmentStatus, 'EnrollmentStatus');

@InputType({ description: 'Conditions on training programmes; all given conditions must hold.' })
export class TrainingProgramFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By code.' })
  code?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By title.' })
  title?: StringFilter;

  @Field(() => CompetencyAreaFilter, { nullable: true, description: 'By competence.' })
  competencyArea?: InstanceType<typeof CompetencyAreaFilter>;

  @Field(() => TrainingModeFilter, { nullable: true, description: 'By mode.' })
  mode?: InstanceType<typeof TrainingModeFilter>;

  @Field(() => TrainingKindFilter, { nullable: true, description: 'By form.' })
  kind?: InstanceType<typeof TrainingKindFilter>;

  @Field(() => BooleanFilter, { nullable: true, description: 'Active or not.' })
  active?: BooleanFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in code, title and provider.' })
  q?: string;

  @Field(() => [TrainingProgramFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: TrainingProgramFilter[];

  @Field(() => [TrainingProgramFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: TrainingProgramFilter[];
}

export const trainingProgramFilterRules: FilterRules = {
  id: { kind: 'id', type: 'TrainingProgram' },
  code: { kind: 'value' },
  title: { kind: 'value' },
  competencyArea: { kind: 'value' },
  mode: { kind: 'value' },
  kind: { kind: 'value' },
  active: { kind: 'value' },
};

export const TrainingProgramOrder = OrderBy('TrainingProgram', {
  CODE: { property: 'code', description: 'Code.' },
  TITLE: { property: 'title', description: 'Title.' },
  JP_HOURS: { property: 'jpHours', description: 'JP.' },
  CREATED_AT: { property: 'createdAt', description: 'Creation time.' },
});

@ArgsType()
export class TrainingProgramListArgs extends PageArgs {
  @Field(() => TrainingProgramFilter, { nullable: true, description: 'Which programmes to return.' })
  filter?: TrainingProgramFilter;

  @Field(() => [TrainingProgramOrder.Input], { nullable: true, description: 'Sort keys (default: by code).' })
  orderBy?: InstanceType<typeof TrainingProgramOrder.Input>[];
}

@InputType({ description: 'A new programme of the training catalogue.' })
export class CreateTrainingProgramInput {
  @Field(() => ID, { nullable: true, description: "Agency; default the actor's own (platform administrators name one)." })
  @IsOptional()
  agencyId?: string | null;

  @Field({ description: 'Code: 2-40 capital letters, digits, ".", "-" or "_"; unique within the agency.' })
  @Matches(PROGRAM_CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field({ description: 'Title (3-200 characters).' })
  @Length(3, 200)
  @SingleLineText()
  title!: string;

  @Field(() => String, { nullable: true, description: 'What it teaches (at most 4,000 characters).' })
  @IsOptional()
  @MaxLength(4000)
  @MultiLineText()
  description?: string | null;

  @Field(() => CompetencyArea, { description: 'Competence it develops.' })
  competencyArea!: CompetencyArea;

  @Field(() => TrainingMode, { description: 'Classroom or not; must agree with `kind`.' })
  mode!: TrainingMode;

  @Field(() => TrainingKind, { description: 'Form of the programme.' })
  kind!: TrainingKind;

  @Field(() => Int, { description: 'JP a completion earns (1-1,000; 1 JP = 45 minutes).' })
  @IsInt()
  @Min(1)
  @Max(1000)
  jpHours!: number;

  @Field(() => String, { nullable: true, description: 'Provider (at most 200 characters).' })
  @IsOptional()
  @MaxLength(200)
  @SingleLineText()
  provider?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Indicators (national or the agency’s) it improves.' })
  @IsOptional()
  @ArrayMaxSize(50)
  indicatorIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Codes of the core values it improves, e.g. BERORIENTASI_PELAYANAN.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(VALUE_CODE, { each: true, message: 'each value code is written in capitals and underscores, e.g. BERORIENTASI_PELAYANAN' })
  behaviourValueCodes?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Active (default true).' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'Changes to a programme; fields left out stay as they are.' })
export class UpdateTrainingProgramInput {
  @Field(() => ID, { description: 'The programme.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Title (3-200 characters).' })
  @IsOptional()
  @Length(3, 200)
  @SingleLineText()
  title?: string;

  @Field(() => String, { nullable: true, description: 'Description (at most 4,000 characters).' })
  @IsOptional()
  @MaxLength(4000)
  @MultiLineText()
  description?: string | null;

  @Field(() => CompetencyArea, { nullable: true, description: 'Competence it develops.' })
  @IsOptional()
  competencyArea?: CompetencyArea;

  @Field(() => TrainingMode, { nullable: true, description: 'Classroom or not; must agree with the kind.' })
  @IsOptional()
  mode?: TrainingMode;

  @Field(() => TrainingKind, { nullable: true, description: 'Form of the programme.' })
  @IsOptional()
  kind?: TrainingKind;

  @Field(() => Int, { nullable: true, description: 'JP a completion earns (1-1,000); results already recorded keep theirs.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  jpHours?: number;

  @Field(() => String, { nullable: true, description: 'Provider.' })
  @IsOptional()
  @MaxLength(200)
  @SingleLineText()
  provider?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Indicators it improves (replace the current ones).' })
  @IsOptional()
  @ArrayMaxSize(50)
  indicatorIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Core values it improves (replace the current ones).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(VALUE_CODE, { each: true, message: 'each value code is written in capitals and underscores, e.g. BERORIENTASI_PELAYANAN' })
  behaviourValueCodes?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Active.' })
  @IsOptional()
  active?: boolean;
}

@ObjectType({ description: 'Result of creating or changing a programme.' })
export class TrainingProgramPayload {
  @Field(() => TrainingProgram, { description: 'The programme as stored.' })
  program!: TrainingProgram;
}

@InputType({ description: 'Conditions on training sessions; all given conditions must hold.' })
export class TrainingSessionFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By programme.' })
  programId?: IDFilter;

  @Field(() => SessionStatusFilter, { nullable: true, description: 'By status.' })
  status?: InstanceType<typeof SessionStatusFilter>;

  @Field(() => DateFilter, { nullable: true, description: 'By first day.' })
  startDate?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: 'By last day.' })
  endDate?: DateFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in the name, location and trainer.' })
  q?: string;

  @Field(() => [TrainingSessionFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: TrainingSessionFilter[];

  @Field(() => [TrainingSessionFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: TrainingSessionFilter[];
}

export const trainingSessionFilterRules: FilterRules = {
  id: { kind: 'id', type: 'TrainingSession' },
  programId: { kind: 'id', type: 'TrainingProgram', property: 'program' },
  status: { kind: 'value' },
  startDate: { kind: 'value' },
  endDate: { kind: 'value' },
};

export const TrainingSessionOrder = OrderBy('TrainingSession', {
  START_DATE: { property: 'startDate', description: 'First day.' },
  NAME: { property: 'name', description: 'Name.' },
  STATUS: { property: 'status', description: 'Status.' },
});

@ArgsType()
export class TrainingSessionListArgs extends PageArgs {
  @Field(() => TrainingSessionFilter, { nullable: true, description: 'Which sessions to return.' })
  filter?: TrainingSessionFilter;

  @Field(() => [TrainingSessionOrder.Input], { nullable: true, description: 'Sort keys (default: latest first day first).' })
  orderBy?: InstanceType<typeof TrainingSessionOrder.Input>[];
}

@InputType({ description: 'A new session of a programme.' })
export class CreateTrainingSessionInput {
  @Field(() => ID, { description: 'The programme (active).' })
  programId!: string;

  @Field({ description: 'Name of the class (1-200 characters), e.g. Angkatan I 2026.' })
  @Length(1, 200)
  @SingleLineText()
  name!: string;

  @Field(() => GraphQLDate, { description: 'First day.' })
  startDate!: Date;

  @Field(() => GraphQLDate, { description: 'Last day (not before the first).' })
  endDate!: Date;

  @Field(() => String, { nullable: true, description: 'Place (at most 300 characters); required unless online.' })
  @IsOptional()
  @MaxLength(300)
  @SingleLineText()
  location?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Online (default false).' })
  @IsOptional()
  online?: boolean;

  @Field(() => Int, { description: 'Seats (1-10,000).' })
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity!: number;

  @Field(() => String, { nullable: true, description: 'Trainer (at most 200 characters).' })
  @IsOptional()
  @MaxLength(200)
  @SingleLineText()
  trainer?: string | null;
}

@InputType({ description: 'Changes to a session that has not completed; fields left out stay as they are.' })
export class UpdateTrainingSessionInput {
  @Field(() => ID, { description: 'The session.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Name (1-200 characters).' })
  @IsOptional()
  @Length(1, 200)
  @SingleLineText()
  name?: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'First day.' })
  @IsOptional()
  startDate?: Date;

  @Field(() => GraphQLDate, { nullable: true, description: 'Last day.' })
  @IsOptional()
  endDate?: Date;

  @Field(() => String, { nullable: true, description: 'Place.' })
  @IsOptional()
  @MaxLength(300)
  @SingleLineText()
  location?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Online.' })
  @IsOptional()
  online?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Seats (1-10,000), not fewer than the seats taken; more seats promote the waiting list in order.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number;

  @Field(() => String, { nullable: true, description: 'Trainer.' })
  @IsOptional()
  @MaxLength(200)
  @SingleLineText()
  trainer?: string | null;
}

@InputType({ description: 'A session and its next stage.' })
export class ChangeTrainingSessionStatusInput {
  @Field(() => ID, { description: 'The session.' })
  id!: string;

  @Field(() => Int, { description: 'The version the step is based on.' })
  version!: number;

  @Field(() => TrainingSessionStatus, { description: 'ONGOING (from its first day), COMPLETED (from its last day) or CANCELLED.' })
  status!: TrainingSessionStatus;
}

@ObjectType({ description: 'Result of creating or changing a session.' })
export class TrainingSessionPayload {
  @Field(() => TrainingSession, { description: 'The session as stored.' })
  session!: TrainingSession;

  @Field(() => [Enrollment], {
    description: 'Enrolments this change moved: promoted from the waiting list, or cancelled with the session.',
  })
  affected!: Enrollment[];
}

@InputType({ description: 'Conditions on enrolments; all given conditions must hold.' })
export class EnrollmentFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By session.' })
  sessionId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By employee.' })
  employeeId?: IDFilter;

  @Field(() => EnrollmentStatusFilter, { nullable: true, description: 'By status.' })
  status?: InstanceType<typeof EnrollmentStatusFilter>;

  @Field(() => [EnrollmentFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: EnrollmentFilter[];

  @Field(() => [EnrollmentFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: EnrollmentFilter[];
}

export const enrollmentFilterRules: FilterRules = {
  id: { kind: 'id', type: 'Enrollment' },
  sessionId: { kind: 'id', type: 'TrainingSession', property: 'session' },
  employeeId: { kind: 'id', type: 'Employee', property: 'employee' },
  status: { kind: 'value' },
};

export const EnrollmentOrder = OrderBy('Enrollment', {
  ENROLLED_AT: { property: 'enrolledAt', description: 'Enrolment time (the order of the waiting list).' },
  EMPLOYEE_NAME: { property: 'employee.name', description: "Employee's name." },
  STATUS: { property: 'status', description: 'Status.' },
});

@ArgsType()
export class EnrollmentListArgs extends PageArgs {
  @Field(() => EnrollmentFilter, { nullable: true, description: 'Which enrolments to return.' })
  filter?: EnrollmentFilter;

  @Field(() => [EnrollmentOrder.Input], { nullable: true, description: 'Sort keys (default: in order of enrolment).' })
  orderBy?: InstanceType<typeof EnrollmentOrder.Input>[];
}

@InputType({ description: 'Enrols an employee in a session: a seat if one is free, else the waiting list.' })
export class EnrollInTrainingInput {
  @Field(() => ID, { description: 'The session (SCHEDULED or ONGOING).' })
  sessionId!: string;

  @Field(() => ID, { nullable: true, description: "The employee; default the actor's own employee record." })
  @IsOptional()
  employeeId?: string | null;
}

@InputType({ description: 'Withdraws an enrolment that has no result yet.' })
export class CancelEnrollmentInput {
  @Field(() => ID, { description: 'The enrolment.' })
  id!: string;

  @Field(() => Int, { description: 'The version the step is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Why (at most 1,000 characters).' })
  @IsOptional()
  @MaxLength(1000)
  @MultiLineText()
  reason?: string | null;
}

@InputType({ description: 'Attendance or the result of an enrolment (HR).' })
export class RecordTrainingResultInput {
  @Field(() => ID, { description: 'The enrolment (REGISTERED or ATTENDED).' })
  id!: string;

  @Field(() => Int, { description: 'The version the step is based on.' })
  version!: number;

  @Field(() => EnrollmentStatus, { description: 'ATTENDED (from the first day), COMPLETED or FAILED (once the session has ended).' })
  @IsIn([EnrollmentStatus.ATTENDED, EnrollmentStatus.COMPLETED, EnrollmentStatus.FAILED], {
    message: 'status must be ATTENDED, COMPLETED or FAILED',
  })
  status!: EnrollmentStatus;

  @Field(() => Float, { nullable: true, description: 'Score (0-100).' })
  @IsOptional()
  @Min(0)
  @Max(100)
  score?: number | null;

  @Field(() => String, { nullable: true, description: 'Certificate number (at most 100 characters).' })
  @IsOptional()
  @Length(1, 100)
  @SingleLineText()
  certificateNumber?: string | null;

  @Field(() => Int, { nullable: true, description: 'JP earned on completion (default the programme’s JP; at most that).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  jpEarned?: number | null;
}

@ObjectType({ description: 'Result of an enrolment step.' })
export class EnrollmentPayload {
  @Field(() => Enrollment, { description: 'The enrolment as stored.' })
  enrollment!: Enrollment;

  @Field(() => [Enrollment], { description: 'Enrolments promoted from the waiting list by this step (a freed seat).' })
  promoted!: Enrollment[];
}

@ObjectType({ description: "An employee's competence development hours in a year against the minimum." })
export class TrainingHours {
  @Field(() => Employee, { description: 'The employee.' })
  employee!: Employee;

  @Field(() => Int, { description: 'The year (by the last day of each session).' })
  year!: number;

  @Field(() => Int, { description: 'The yearly minimum (20 JP, PP 11/2017 art. 203).' })
  requiredJp!: number;

  @Field(() => Int, { description: 'JP earned by completed enrolments in the year.' })
  totalJp!: number;

  @Field(() => Int, { description: 'JP still missing to reach the minimum (0 when reached).' })
  remainingJp!: number;

  @Field({ description: 'True when the minimum is reached.' })
  compliant!: boolean;

  @Field(() => [Enrollment], { description: 'The completed enrolments that count, oldest first.' })
  enrollments!: Enrollment[];
}

@ObjectType({ description: 'How many employees of a unit reached the yearly minimum of JP.' })
export class UnitTrainingCompliance {
  @Field(() => OrgUnit, { description: 'The unit (its own employees, not those of units below).' })
  unit!: OrgUnit;

  @Field(() => Int, { description: 'Employees counted.' })
  employeeCount!: number;

  @Field(() => Int, { description: 'Employees at or above the minimum.' })
  compliantCount!: number;

  @Field(() => Int, { description: 'Employees below the minimum.' })
  belowCount!: number;

  @Field(() => Float, { description: 'Share at or above the minimum (0-1, four decimals).' })
  compliantShare!: number;

  @Field(() => Float, { description: 'Average JP per employee (two decimals).' })
  averageJp!: number;
}

@ObjectType({ description: "An employee below the minimum and their year's JP." })
export class EmployeeTrainingShortfall {
  @Field(() => Employee, { description: 'The employee.' })
  employee!: Employee;

  @Field(() => Int, { description: 'JP earned in the year.' })
  totalJp!: number;

  @Field(() => Int, { description: 'JP missing.' })
  remainingJp!: number;
}

@ObjectType({
  description:
    'Competence development compliance of a unit subtree (or the agency) in a year: active PNS employees against the minimum of 20 JP.',
})
export class TrainingCompliance {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'The yearly minimum.' })
  requiredJp!: number;

  @Field(() => Int, { description: 'Employees counted (active PNS).' })
  employeeCount!: number;

  @Field(() => Int, { description: 'At or above the minimum.' })
  compliantCount!: number;

  @Field(() => Int, { description: 'Below the minimum.' })
  belowCount!: number;

  @Field(() => Float, { description: 'Share at or above the minimum (0-1, four decimals).' })
  compliantShare!: number;

  @Field(() => Float, { description: 'Average JP per employee (two decimals).' })
  averageJp!: number;

  @Field(() => [UnitTrainingCompliance], { description: 'Per unit of the subtree that has employees, by unit code.' })
  units!: UnitTrainingCompliance[];

  @Field(() => [EmployeeTrainingShortfall], { description: 'Employees below the minimum, fewest JP first (at most `first`).' })
  below!: EmployeeTrainingShortfall[];
}

registerEnumType(GapKind, {
  name: 'GapKind',
  description: 'What fell below expectation in an evaluation.',
  valuesConfig: {
    INDICATOR: { description: 'An indicator whose achievement is below the scheme’s as-expected threshold.' },
    BEHAVIOUR: { description: 'A core value rated DI_BAWAH_EKSPEKTASI.' },
  },
});

@ObjectType({ description: 'Something below expectation in an evaluation, which a training may address.' })
export class PerformanceGap implements PerformanceGapShape {
  @Field(() => GapKind, { description: 'Indicator or core value.' })
  kind!: GapKind;

  @Field({ description: 'Code of the indicator or core value.' })
  code!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Achievement in percent (indicators).' })
  achievement!: number | null;

  @Field(() => Float, { nullable: true, description: 'The scheme’s as-expected threshold it fell below (indicators).' })
  threshold!: number | null;

  @Field(() => Rating, { nullable: true, description: 'The rating (core values).' })
  rating!: Rating | null;

  @Field(() => Int, {
    description: 'In how many consecutive evaluations of the same period type, this one included, the gap appears (1: only this one).',
  })
  consecutivePeriods!: number;
}

@ObjectType({ description: 'A programme recommended for an employee’s gaps, with why.' })
export class RecommendedTraining {
  @Field(() => Int, { description: 'Rank, 1 first.' })
  rank!: number;

  @Field(() => TrainingProgram, { description: 'The programme.' })
  program!: TrainingProgram;

  @Field({ description: 'Why, in words.' })
  reason!: string;

  @Field(() => [PerformanceGap], { description: 'The gaps it addresses.' })
  gaps!: PerformanceGap[];

  @Field(() => Float, { description: 'Ranking score: gaps addressed, weighted by repetition and shortfall.' })
  score!: number;

  @Field(() => Boolean, { description: 'True when the employee already has an open or completed enrolment in it this year.' })
  alreadyEnrolled!: boolean;
}
