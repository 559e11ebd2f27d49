import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Gender } from '../employees/rank.js';
import { AgeBand, Education, Occupation, SurveyStatus } from './community.enums.js';
import { PublicService } from './public-service.entity.js';

@ObjectType({ description: 'An element (unsur pelayanan) of a survey: one question answered 1-4.' })
export class SurveyElement {
  @Field({ description: 'Code, e.g. U1; answers name it.' })
  code!: string;

  @Field({ description: 'Name of the element, e.g. Persyaratan.' })
  name!: string;

  @Field({ description: 'The question as respondents read it.' })
  question!: string;
}

/**
 * A community satisfaction survey (survei kepuasan masyarakat) of a unit or one
 * of its services over a period. Its elements default to the nine standard ones;
 * the answer scale is fixed at 1-4 and every element weighs the same.
 */
@Entity({ tableName: 'surveys' })
@Check({ name: 'surveys_dates_check', expression: 'end_date >= start_date' })
@Index({ properties: ['agency', 'status'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Community satisfaction survey (SKM) of a unit or service.' })
export class Survey extends BaseEntity<
  'service' | 'status' | 'minimumSample' | 'openedAt' | 'closedAt' | 'agencyId' | 'unitId' | 'serviceId'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Index()
  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<OrgUnit>;

  @Index()
  @ManyToOne(() => PublicService, { ref: true, nullable: true, deleteRule: 'restrict' })
  service: Ref<PublicService> | null = null;

  @Field({ description: 'Title shown to respondents.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => GraphQLDate, { description: 'First day responses are taken.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => GraphQLDate, { description: 'Last day responses are taken.' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => [SurveyElement], { description: 'The elements (unsur), in the order asked.' })
  @Property({ type: 'jsonb' })
  elements!: SurveyElement[];

  @Field(() => SurveyStatus, { description: 'Stage of the survey.' })
  @Enum({ items: () => SurveyStatus, nativeEnumName: 'survey_status' })
  status: SurveyStatus = SurveyStatus.DRAFT;

  /** Null: the agency's minimum (community settings). */
  @Property({ type: 'integer', nullable: true })
  minimumSample: number | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was opened.' })
  @Property({ type: 'timestamptz', nullable: true })
  openedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was closed.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { description: 'ID of the unit surveyed.' })
  get unitId(): string {
    return refId('OrgUnit', this.unit)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the service surveyed, when one.' })
  get serviceId(): string | null {
    return refId('PublicService', this.service);
  }
}

/** One respondent's answers: one value 1-4 per element, in the survey's order, and an optional profile. */
@Entity({ tableName: 'survey_responses' })
@Index({ properties: ['survey', 'submittedOn'] })
@Index({ properties: ['survey', 'clientHash', 'createdAt'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'A response to a satisfaction survey (read-only).' })
export class SurveyResponse extends BaseEntity<
  'ageBand' | 'gender' | 'education' | 'occupation' | 'comment' | 'servedBy' | 'surveyId' | 'servedById'
> {
  @ManyToOne(() => Survey, { ref: true, deleteRule: 'cascade' })
  survey!: Ref<Survey>;

  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Field(() => [Int], { description: "The answers (1-4), one per element in the survey's order." })
  @Property({ type: 'jsonb' })
  answers!: number[];

  @Field(() => GraphQLDate, { description: 'The day it was submitted (Western Indonesia time).' })
  @Property({ type: 'date' })
  submittedOn!: string;

  @Field(() => AgeBand, { nullable: true, description: 'Age band, when given.' })
  @Enum({ items: () => AgeBand, nativeEnumName: 'age_band', nullable: true })
  ageBand: AgeBand | null = null;

  @Field(() => Gender, { nullable: true, description: 'Gender, when given.' })
  @Enum({ items: () => Gender, nativeEnumName: 'gender', nullable: true })
  gender: Gender | null = null;

  @Field(() => Education, { nullable: true, description: 'Education, when given.' })
  @Enum({ items: () => Education, nativeEnumName: 'education', nullable: true })
  education: Education | null = null;

  @Field(() => Occupation, { nullable: true, description: 'Occupation, when given.' })
  @Enum({ items: () => Occupation, nativeEnumName: 'occupation', nullable: true })
  occupation: Occupation | null = null;

  @Field(() => String, { nullable: true, description: 'Comment or suggestion (saran).' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  /** The employee who served the respondent, when they named one. */
  @Index()
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'set null' })
  servedBy: Ref<Employee> | null = null;

  /** Keyed hash of the client address (never the address): rate limits and duplicates. */
  @Property({ type: 'text' })
  clientHash!: string;

  @Field(() => ID, { description: 'ID of the survey.' })
  get surveyId(): string {
    return refId('Survey', this.survey)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the employee who served the respondent.' })
  get servedById(): string | null {
    return refId('Employee', this.servedBy);
  }
}

/** Submission tokens already spent: each token of `surveyForm` submits one response. */
@Entity({ tableName: 'survey_token_uses' })
export class SurveyTokenUse {
  /** The token's `jti`. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => Survey, { ref: true, deleteRule: 'cascade' })
  survey!: Ref<Survey>;

  @Property({ type: 'timestamptz' })
  usedAt!: Date;
}
