import { IsOptional, Length, Max, Min } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { DisciplinaryCase } from '../discipline/discipline.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { AbsenceDisciplineDecision } from './absence-discipline.entity.js';

@ObjectType({ description: 'An employee who crossed a step of the unexcused absence ladder (PP 94/2021) in a year, not yet decided on.' })
export class AbsenceDisciplineProposal {
  @Field(() => Employee, { description: 'The employee.' })
  employee!: Employee;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'Days recorded TANPA_KETERANGAN in the year.' })
  unexcusedDays!: number;

  @Field(() => Int, { description: 'Longest run of them on consecutive working days.' })
  longestRun!: number;

  @Field(() => [GraphQLDate], { description: 'The days, in order.' })
  dates!: string[];

  @Field(() => Int, { description: 'The step reached: the days from which it applies (28 also for 10 consecutive days).' })
  fromDays!: number;

  @Field({ description: 'Code of the sanction type the step calls for, e.g. TEGURAN_TERTULIS; the decision is HR’s.' })
  sanctionTypeCode!: string;

  @Field({ description: 'Why, in words.' })
  reason!: string;
}

@InputType({ description: 'Which proposal: the employee and the year.' })
export class AbsenceProposalKeyInput {
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field(() => Int, { description: 'The year.' })
  @Min(2000)
  @Max(2100)
  year!: number;
}

@InputType({ description: 'Opens a disciplinary case (PROPOSED) from a ladder proposal.' })
export class ActOnAbsenceProposalInput extends AbsenceProposalKeyInput {
  @Field(() => String, { nullable: true, description: 'What happened (10-4,000 characters); by default the count and the days.' })
  @IsOptional()
  @Length(10, 4000)
  @MultiLineText()
  violation?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The obligation violated; by default PP 94/2021 Pasal 4 huruf f (masuk kerja dan menaati ketentuan jam kerja).',
  })
  @IsOptional()
  @Length(3, 300)
  @SingleLineText()
  article?: string | null;
}

@InputType({ description: 'Sets a ladder proposal aside, with a reason.' })
export class DismissAbsenceProposalInput extends AbsenceProposalKeyInput {
  @Field({ description: 'Why (3-2,000 characters).' })
  @Length(3, 2000)
  @MultiLineText()
  reason!: string;
}

@ObjectType({ description: 'Result of deciding on a ladder proposal.' })
export class AbsenceDisciplineDecisionPayload {
  @Field(() => AbsenceDisciplineDecision, { description: 'The decision as stored.' })
  decision!: AbsenceDisciplineDecision;

  @Field(() => DisciplinaryCase, { nullable: true, description: 'The case opened (ACTED).' })
  disciplinaryCase!: DisciplinaryCase | null;
}
