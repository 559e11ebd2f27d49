import { randomUUID } from 'node:crypto';
import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { CriteriaTemplate } from '../indicators/criteria-template.entity.js';
import { ScoringScheme } from '../indicators/scoring-scheme.entity.js';
import { Agency } from '../organization/agency.entity.js';

export enum PeriodType {
  ANNUAL = 'ANNUAL',
  SEMESTER = 'SEMESTER',
  QUARTERLY = 'QUARTERLY',
  MONTHLY = 'MONTHLY',
}

export enum PeriodStatus {
  DRAFT = 'DRAFT',
  PLANNING = 'PLANNING',
  MONITORING = 'MONITORING',
  EVALUATION = 'EVALUATION',
  CLOSED = 'CLOSED',
}

registerEnumType(PeriodType, {
  name: 'PeriodType',
  description: 'Length of an appraisal period.',
  valuesConfig: {
    ANNUAL: { description: 'A year (penilaian tahunan).' },
    SEMESTER: { description: 'Half a year.' },
    QUARTERLY: { description: 'A quarter (triwulan).' },
    MONTHLY: { description: 'A month (bulanan).' },
  },
});
registerEnumType(PeriodStatus, {
  name: 'PeriodStatus',
  description: 'Stage of an appraisal period: DRAFT -> PLANNING -> MONITORING -> EVALUATION -> CLOSED.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; nothing is planned yet.' },
    PLANNING: { description: 'Performance plans (SKP) are drafted and approved (perencanaan).' },
    MONITORING: { description: 'Work is done, documented and coached (pelaksanaan, pemantauan, pembinaan).' },
    EVALUATION: { description: 'Appraisers evaluate (penilaian).' },
    CLOSED: { description: 'Results are final; the period is read-only.' },
  },
});

/** Order of the lifecycle, for "is it at least ..." questions. */
export const STATUS_ORDER: readonly PeriodStatus[] = [
  PeriodStatus.DRAFT,
  PeriodStatus.PLANNING,
  PeriodStatus.MONITORING,
  PeriodStatus.EVALUATION,
  PeriodStatus.CLOSED,
];

/**
 * An appraisal period of an agency. From PLANNING on it keeps the criteria
 * templates it adopted, so later template edits do not change it. Periods of
 * the same type and agency never overlap (an exclusion constraint backs the check).
 */
@Entity({ tableName: 'appraisal_periods' })
@Check({ name: 'appraisal_periods_dates_check', expression: 'end_date >= start_date' })
@Index({
  name: 'appraisal_periods_no_overlap',
  expression:
    'alter table "appraisal_periods" add constraint "appraisal_periods_no_overlap" exclude using gist ("agency_id" with =, "type" with =, daterange("start_date", "end_date", \'[]\') with &&)',
})
@Index({ properties: ['agency', 'startDate'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Appraisal period (periode penilaian) and where it stands in its lifecycle.' })
export class AppraisalPeriod extends BaseEntity<
  'parent' | 'planDueDate' | 'evaluationDueDate' | 'status' | 'agencyId' | 'parentId' | 'scoringSchemeId'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Field({ description: 'Name, e.g. Triwulan I 2026.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PeriodType, { description: 'Length of the period.' })
  @Enum({ items: () => PeriodType, nativeEnumName: 'period_type' })
  type!: PeriodType;

  @Field(() => GraphQLDate, { description: 'First day.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => GraphQLDate, { description: 'Last day.' })
  @Property({ type: 'date' })
  endDate!: string;

  /** The annual period this one is part of. */
  @Index()
  @ManyToOne(() => AppraisalPeriod, { ref: true, nullable: true, deleteRule: 'restrict' })
  parent: Ref<AppraisalPeriod> | null = null;

  @ManyToOne(() => ScoringScheme, { ref: true, deleteRule: 'restrict' })
  scoringScheme!: Ref<ScoringScheme>;

  @Field(() => GraphQLDate, { nullable: true, description: 'Performance plans are due by this day.' })
  @Property({ type: 'date', nullable: true })
  planDueDate: string | null = null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Evaluations are due by this day.' })
  @Property({ type: 'date', nullable: true })
  evaluationDueDate: string | null = null;

  @Field(() => PeriodStatus, { description: 'Stage of the lifecycle.' })
  @Enum({ items: () => PeriodStatus, nativeEnumName: 'period_status' })
  status: PeriodStatus = PeriodStatus.DRAFT;

  /** The template revisions adopted when planning started. */
  @ManyToMany(() => CriteriaTemplate, undefined, { pivotTable: 'period_templates', owner: true })
  templates = new Collection<CriteriaTemplate>(this);

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the annual period this one is part of.' })
  get parentId(): string | null {
    return refId('AppraisalPeriod', this.parent);
  }

  @Field(() => ID, { description: 'ID of the scoring scheme.' })
  get scoringSchemeId(): string {
    return refId('ScoringScheme', this.scoringScheme)!;
  }
}

/** One step of a period's lifecycle, with who took it and why. */
@Entity({ tableName: 'period_transitions' })
@Index({ properties: ['period', 'occurredAt'] })
@ObjectType({ implements: Node, description: 'A lifecycle step of an appraisal period.' })
export class PeriodTransition extends Node {
  declare [OptionalProps]?: 'id' | 'nodeId' | 'reason' | 'occurredAt';

  @PrimaryKey({ type: 'uuid' })
  override id: string = randomUUID();

  @ManyToOne(() => AppraisalPeriod, { ref: true, deleteRule: 'cascade' })
  period!: Ref<AppraisalPeriod>;

  @Field(() => PeriodStatus, { description: 'Status before.' })
  @Enum({ items: () => PeriodStatus, nativeEnumName: 'period_status' })
  fromStatus!: PeriodStatus;

  @Field(() => PeriodStatus, { description: 'Status after.' })
  @Enum({ items: () => PeriodStatus, nativeEnumName: 'period_status' })
  toStatus!: PeriodStatus;

  @Field(() => String, { nullable: true, description: 'Why (required to reopen a closed period).' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({ description: 'Username of who took the step.' })
  @Property({ type: 'text' })
  actorName!: string;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  @Property({ type: 'timestamptz' })
  occurredAt: Date = new Date();
}
