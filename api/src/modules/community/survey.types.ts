import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateFilter, EnumFilter, IDFilter, OrderBy, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { Gender } from '../employees/rank.js';
import { AgeBand, Education, Occupation, SurveyStatus } from './community.enums.js';
import type { IkmCategoryCode } from './ikm.js';
import { Survey, SurveyElement, SurveyResponse } from './survey.entity.js';

export enum IkmCategory {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(IkmCategory, {
  name: 'IkmCategory',
  description: 'Quality category of a service by its IKM (mutu pelayanan), PermenPANRB 14/2017.',
  valuesConfig: {
    A: { description: 'Sangat Baik (very good): IKM 88.31-100, weighted value from 3.5324.' },
    B: { description: 'Baik (good): IKM 76.61-88.30, weighted value from 3.0644.' },
    C: { description: 'Kurang Baik (poor): IKM 65.00-76.60, weighted value from 2.60.' },
    D: { description: 'Tidak Baik (bad): IKM 25.00-64.99, weighted value below 2.60.' },
  },
});
export const toIkmCategory = (code: IkmCategoryCode | null) => (code ? IkmCategory[code] : null);

export const SurveyConnection = Connection(Survey, 'Survey', 'satisfaction surveys');
export const SurveyResponseConnection = Connection(SurveyResponse, 'SurveyResponse', 'survey responses');

const SurveyStatusFilter = EnumFilter(SurveyStatus, 'SurveyStatus');

@InputType({ description: 'Conditions on surveys; all given conditions must hold.' })
export class SurveyFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' }) id?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By agency (platform administrators).' }) agencyId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By the unit surveyed.' }) unitId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By the service surveyed.' }) serviceId?: IDFilter;
  @Field(() => SurveyStatusFilter, { nullable: true, description: 'By status.' }) status?: InstanceType<typeof SurveyStatusFilter>;
  @Field(() => DateFilter, { nullable: true, description: 'By first day.' }) startDate?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: 'By last day.' }) endDate?: DateFilter;
  @Field(() => String, { nullable: true, description: 'Free-text search in the title.' }) q?: string;
  @Field(() => [SurveyFilter], { nullable: true, description: 'All of these filters must hold.' }) and?: SurveyFilter[];
  @Field(() => [SurveyFilter], { nullable: true, description: 'At least one of these filters must hold.' }) or?: SurveyFilter[];
}

export const surveyFilterRules: FilterRules = {
  id: { kind: 'id', type: 'Survey' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  unitId: { kind: 'id', type: 'OrgUnit', property: 'unit' },
  serviceId: { kind: 'id', type: 'PublicService', property: 'service' },
  status: { kind: 'value' },
  startDate: { kind: 'value' },
  endDate: { kind: 'value' },
};

export const SurveyOrder = OrderBy('Survey', {
  START_DATE: { property: 'startDate', description: 'First day.' },
  END_DATE: { property: 'endDate', description: 'Last day.' },
  TITLE: { property: 'title', description: 'Title.' },
  STATUS: { property: 'status', description: 'Status.' },
});

@ArgsType()
export class SurveyListArgs extends PageArgs {
  @Field(() => SurveyFilter, { nullable: true, description: 'Which surveys to return.' }) filter?: SurveyFilter;
  @Field(() => [SurveyOrder.Input], { nullable: true, description: 'Sort keys (default: latest first).' })
  orderBy?: InstanceType<typeof SurveyOrder.Input>[];
}

@InputType({ description: 'Conditions on survey responses; all given conditions must hold.' })
export class SurveyResponseFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By survey.' }) surveyId?: IDFilter;
  @Field(() => DateFilter, { nullable: true, description: 'By the day submitted.' }) submittedOn?: DateFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By the employee who served the respondent.' }) servedById?: IDFilter;
  @Field(() => [SurveyResponseFilter], { nullable: true, description: 'All of these filters must hold.' }) and?: SurveyResponseFilter[];
  @Field(() => [SurveyResponseFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: SurveyResponseFilter[];
}

export const surveyResponseFilterRules: FilterRules = {
  surveyId: { kind: 'id', type: 'Survey', property: 'survey' },
  submittedOn: { kind: 'value' },
  servedById: { kind: 'id', type: 'Employee', property: 'servedBy' },
};

@ArgsType()
export class SurveyResponseListArgs extends PageArgs {
  @Field(() => SurveyResponseFilter, { nullable: true, description: 'Which responses to return (newest first).' })
  filter?: SurveyResponseFilter;
}

@InputType({ description: 'An element (unsur) of a survey.' })
export class SurveyElementInput {
  @Field({ description: 'Code (1-20 capitals, digits, - or _), unique in the survey, e.g. U1.' })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{0,19}$/, { message: 'code must be 1-20 capitals, digits, - or _' })
  code!: string;

  @Field({ description: 'Name (1-200 characters).' })
  @Length(1, 200)
  @SingleLineText()
  name!: string;

  @Field({ description: 'The question respondents read (1-500 characters).' })
  @Length(1, 500)
  @SingleLineText()
  question!: string;
}

const elementRules = [ArrayMinSize(1), ArrayMaxSize(30), ValidateNested({ each: true })];
const Elements = (): PropertyDecorator => (target, key) => elementRules.forEach((rule) => rule(target, key));

@InputType({ description: 'A new satisfaction survey (DRAFT) of a unit, or of one of its services.' })
export class CreateSurveyInput {
  @Field(() => ID, { nullable: true, description: 'The unit surveyed; may be left out when a service is named.' })
  @IsOptional()
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The service surveyed.' })
  @IsOptional()
  serviceId?: string | null;

  @Field({ description: 'Title shown to respondents (3-200 characters).' })
  @Length(3, 200)
  @SingleLineText()
  title!: string;

  @Field(() => GraphQLDate, { description: 'First day responses are taken.' }) startDate!: Date;
  @Field(() => GraphQLDate, { description: 'Last day responses are taken.' }) endDate!: Date;

  @Field(() => [SurveyElementInput], {
    nullable: true,
    description: 'The elements (1-30); default the nine standard ones of PermenPANRB 14/2017.',
  })
  @IsOptional()
  @Elements()
  elements?: SurveyElementInput[] | null;

  @Field(() => Int, { nullable: true, description: "Minimum sample (1-100,000); default the agency's." })
  @IsOptional()
  @Min(1)
  @Max(100_000)
  minimumSample?: number | null;
}

@InputType({
  description:
    'Changes to a survey; fields left out stay as they are. While DRAFT everything may change; while OPEN the title, the last day and the minimum sample; a CLOSED survey no longer changes.',
})
export class UpdateSurveyInput {
  @Field(() => ID, { description: 'The survey.' }) id!: string;
  @Field(() => Int, { description: 'The version the change is based on.' }) version!: number;

  @Field(() => String, { nullable: true, description: 'Title (3-200 characters).' })
  @IsOptional()
  @Length(3, 200)
  @SingleLineText()
  title?: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'First day (DRAFT only).' })
  @IsOptional()
  startDate?: Date;

  @Field(() => GraphQLDate, { nullable: true, description: 'Last day.' })
  @IsOptional()
  endDate?: Date;

  @Field(() => [SurveyElementInput], { nullable: true, description: 'The elements, replacing the current ones (DRAFT only).' })
  @IsOptional()
  @Elements()
  elements?: SurveyElementInput[];

  @Field(() => Int, { nullable: true, description: "Minimum sample (1-100,000); null: the agency's." })
  @IsOptional()
  @Min(1)
  @Max(100_000)
  minimumSample?: number | null;
}

@InputType({ description: 'A survey and the version a step is based on.' })
export class SurveyStepInput {
  @Field(() => ID, { description: 'The survey.' }) id!: string;
  @Field(() => Int, { description: 'The version the step is based on.' }) version!: number;
}

@ObjectType({ description: 'Result of creating, changing, opening or closing a survey.' })
export class SurveyPayload {
  @Field(() => Survey, { description: 'The survey as stored.' }) survey!: Survey;
}

@ObjectType({ description: 'Result of closing a survey.' })
export class CloseSurveyPayload extends SurveyPayload {
  @Field(() => Int, { description: 'Realisations of indicators with data source SURVEY written from its IKM.' })
  realizationsUpdated!: number;
}

@ObjectType({ description: 'One element of an IKM: the average of its answers and its weight.' })
export class IkmElement {
  @Field({ description: 'Code, e.g. U1.' }) code!: string;
  @Field({ description: 'Name.' }) name!: string;
  @Field(() => Int, { description: 'Number of answers.' }) count!: number;
  @Field(() => Float, { nullable: true, description: 'NRR: the average of the answers (1-4), unrounded.' }) average!: number | null;
  @Field(() => Float, { description: 'Weight: 1 / number of elements.' }) weight!: number;
  @Field(() => Float, { nullable: true, description: 'NRR x weight, unrounded.' }) weightedAverage!: number | null;
}

@ObjectType({ description: 'The community satisfaction index (IKM) of a survey or a unit over some days, PermenPANRB 14/2017.' })
export class IkmResult {
  @Field(() => ID, { nullable: true, description: 'The survey, when asked for one.' }) surveyId!: string | null;
  @Field(() => ID, { description: 'The unit.' }) unitId!: string;
  @Field(() => GraphQLDate, { description: 'First day of the responses counted.' }) from!: string;
  @Field(() => GraphQLDate, { description: 'Last day of the responses counted.' }) to!: string;
  @Field(() => Int, { description: 'Number of respondents.' }) respondents!: number;
  @Field(() => Int, { description: 'The minimum sample that applies.' }) minimumSample!: number;
  @Field({ description: 'True when fewer respondents than the minimum sample answered: read the index with care.' })
  belowMinimumSample!: boolean;
  @Field(() => [IkmElement], { description: 'Per element, in the order asked.' }) elements!: IkmElement[];
  @Field(() => Float, { nullable: true, description: 'Weighted value: sum of NRR x weight (1-4), unrounded; null without responses.' })
  weightedValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'IKM = weighted value x 25 (25-100), unrounded; null without responses.' })
  ikm!: number | null;
  @Field(() => Float, { nullable: true, description: 'The IKM rounded to two decimals, for display.' }) ikmRounded!: number | null;
  @Field(() => IkmCategory, { nullable: true, description: 'Quality category, from the unrounded value.' }) category!: IkmCategory | null;
  @Field(() => String, { nullable: true, description: 'The category in words: Sangat Baik, Baik, Kurang Baik, Tidak Baik.' })
  categoryLabel!: string | null;
}

@ArgsType()
export class IkmArgs {
  @Field(() => ID, { nullable: true, description: 'One survey (exclusive with unitId).' }) surveyId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Every survey of one unit (exclusive with surveyId).' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Count the responses submitted in this appraisal period.' }) periodId?: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'Or from this day...' }) from?: Date | null;
  @Field(() => GraphQLDate, { nullable: true, description: '...to this day. For a survey, default its own days.' }) to?: Date | null;
}

@ObjectType({ description: 'A point of the answer scale.' })
export class ScalePoint {
  @Field(() => Int, { description: 'The value (1-4).' }) value!: number;
  @Field({ description: 'Its meaning.' }) label!: string;
}

@ObjectType({ description: 'An employee a respondent may name as the one who served them.' })
export class FormStaff {
  @Field(() => ID, { description: 'ID to send as servedById.' }) id!: string;
  @Field({ description: 'Name with titles.' }) name!: string;
}

@ObjectType({ description: 'What a citizen needs to answer an open survey, with a single-use submission token.' })
export class SurveyForm {
  @Field(() => ID, { description: 'The survey.' }) surveyId!: string;
  @Field({ description: 'Title.' }) title!: string;
  @Field({ description: 'The agency.' }) agencyName!: string;
  @Field({ description: 'The unit surveyed.' }) unitName!: string;
  @Field(() => String, { nullable: true, description: 'The service surveyed.' }) serviceName!: string | null;
  @Field(() => GraphQLDate, { description: 'Last day it takes responses.' }) endDate!: string;
  @Field(() => [SurveyElement], { description: 'The questions, one answer each.' }) elements!: SurveyElement[];
  @Field(() => [ScalePoint], { description: 'The answer scale, 1-4.' }) scale!: ScalePoint[];
  @Field(() => [FormStaff], { description: 'Staff of the unit (at most 200), to name the one who served.' }) staff!: FormStaff[];
  @Field({ description: 'Send it with the response; it submits one response.' }) token!: string;
  @Field(() => GraphQLDateTime, { description: 'When the token expires (two hours): reload the form after.' }) tokenExpiresAt!: Date;
}

@InputType({ description: 'The answer to one element.' })
export class SurveyAnswerInput {
  @Field({ description: 'Code of the element, e.g. U1.' })
  @MaxLength(20)
  element!: string;

  @Field(() => Int, { description: '1 (tidak baik) to 4 (sangat baik).' })
  @Min(1, { message: 'each answer is 1 to 4' })
  @Max(4, { message: 'each answer is 1 to 4' })
  value!: number;
}

@InputType({ description: "A citizen's response to an open survey." })
export class SubmitSurveyResponseInput {
  @Field(() => ID, { description: 'The survey.' }) surveyId!: string;

  @Field({ description: 'The token from surveyForm.' })
  @MaxLength(2000)
  token!: string;

  @Field(() => [SurveyAnswerInput], { description: 'One answer for every element.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  answers!: SurveyAnswerInput[];

  @Field(() => AgeBand, { nullable: true, description: 'Age band (optional).' }) @IsOptional() ageBand?: AgeBand | null;
  @Field(() => Gender, { nullable: true, description: 'Gender (optional).' }) @IsOptional() gender?: Gender | null;
  @Field(() => Education, { nullable: true, description: 'Education (optional).' }) @IsOptional() education?: Education | null;
  @Field(() => Occupation, { nullable: true, description: 'Occupation (optional).' }) @IsOptional() occupation?: Occupation | null;

  @Field(() => String, {
    nullable: true,
    description: 'Comment or suggestion (at most 1,000 characters, no control characters but line breaks).',
  })
  @IsOptional()
  @MaxLength(1000)
  @MultiLineText()
  comment?: string | null;

  @Field(() => ID, { nullable: true, description: 'The employee who served (from the form’s staff).' })
  @IsOptional()
  servedById?: string | null;
}

@ObjectType({ description: 'Receipt of a survey response.' })
export class SubmitSurveyResponsePayload {
  @Field({ description: 'Thanks, in Indonesian.' }) message!: string;
  @Field(() => GraphQLDate, { description: 'The day it was recorded.' }) submittedOn!: string;
}
