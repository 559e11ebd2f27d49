import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Predicate } from '../indicators/indicator.enums.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { OrgAchievement, type DistributionConstraint } from './distribution.js';

registerEnumType(OrgAchievement, {
  name: 'OrgAchievement',
  description: 'Organisation achievement of a unit in a period (capaian kinerja organisasi); it bounds its employees’ predicates.',
  valuesConfig: {
    ISTIMEWA: { description: 'Outstanding: Sangat Baik the most common predicate, at most 70 %.' },
    BAIK: { description: 'Good: Baik the most common, at most 70 %, and someone Butuh Perbaikan or Kurang.' },
    BUTUH_PERBAIKAN: { description: 'Needs improvement: at least 60 % Butuh Perbaikan, Sangat Baik at most 10 %.' },
    KURANG: { description: 'Poor: at least 60 % Kurang, at least 10 % Butuh Perbaikan, Sangat Baik at most 10 %.' },
    SANGAT_KURANG: { description: 'Very poor: at least 60 % Sangat Kurang, at least 10 % Kurang or Butuh Perbaikan, no Sangat Baik.' },
  },
});

@ObjectType('DistributionConstraint', { description: 'A bound on the share of some predicates among a unit’s employees.' })
export class DistributionConstraintType implements DistributionConstraint {
  @Field(() => [Predicate], { description: 'The predicates counted together.' }) predicates!: Predicate[];
  @Field(() => Float, { nullable: true, description: 'At least this share (0-1).' }) minShare?: number | null;
  @Field(() => Float, { nullable: true, description: 'At most this share (0-1).' }) maxShare?: number | null;
  @Field(() => Int, { nullable: true, description: 'At least this many employees.' }) minCount?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'These predicates together are the most common.' }) mostCommon?: boolean | null;
}

/** An agency's own distribution pattern for one achievement level, replacing the national one. */
@Entity({ tableName: 'distribution_patterns' })
@Unique({ properties: ['agency', 'achievement'] })
export class DistributionPattern extends BaseEntity {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  @Enum({ items: () => OrgAchievement, nativeEnumName: 'org_achievement' })
  achievement!: OrgAchievement;

  @Property({ type: 'jsonb' })
  constraints!: DistributionConstraint[];
}

/** The achievement HR records for a unit in a period. */
@Entity({ tableName: 'unit_achievements' })
@Unique({ properties: ['unit', 'period'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Organisation achievement of a unit in a period.' })
export class UnitAchievement extends BaseEntity<'note' | 'unitId' | 'periodId'> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @Index()
  @ManyToOne(() => AppraisalPeriod, { ref: true, deleteRule: 'cascade' })
  period!: Ref<AppraisalPeriod>;

  @Field(() => OrgAchievement, { description: 'Achievement.' })
  @Enum({ items: () => OrgAchievement, nativeEnumName: 'org_achievement' })
  achievement!: OrgAchievement;

  @Field(() => String, { nullable: true, description: 'Basis (e.g. the unit’s performance report).' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { description: 'ID of the unit.' })
  get unitId(): string {
    return refId('OrgUnit', this.unit)!;
  }

  @Field(() => ID, { description: 'ID of the period.' })
  get periodId(): string {
    return refId('AppraisalPeriod', this.period)!;
  }
}

/** Count of one predicate in a published snapshot. */
export interface PublishedCount {
  predicate: Predicate;
  count: number;
}
/** Average achievement of one indicator over a unit's evaluated plans. */
export interface PublishedIndicator {
  code: string;
  name: string;
  averageAchievement: number;
  plans: number;
}
/** One employee's predicate, when the agency publishes names. */
export interface PublishedEmployee {
  name: string;
  position: string | null;
  predicate: Predicate;
}

/**
 * A unit's results of a closed period as published: a snapshot that does not
 * follow later changes, with small groups suppressed before it is stored.
 */
@Entity({ tableName: 'published_results' })
@Unique({ properties: ['period', 'unit'] })
export class PublishedResult extends BaseEntity<'employees' | 'predicateCounts'> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  @ManyToOne(() => AppraisalPeriod, { ref: true, deleteRule: 'cascade' })
  period!: Ref<AppraisalPeriod>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @Property({ type: 'text' })
  unitName!: string;

  @Property({ type: 'timestamptz' })
  publishedAt!: Date;

  @Property({ type: 'int' })
  employeeCount!: number;

  /** Null when the unit is too small to show (suppressed). */
  @Property({ type: 'jsonb', nullable: true })
  predicateCounts: PublishedCount[] | null = null;

  @Property({ type: 'jsonb' })
  indicators!: PublishedIndicator[];

  /** Null unless the agency chose to publish names (and the unit is not suppressed). */
  @Property({ type: 'jsonb', nullable: true })
  employees: PublishedEmployee[] | null = null;
}

@ObjectType('PublishedPredicateCount', { description: 'How many employees of a unit got a predicate.' })
export class PublishedCountType implements PublishedCount {
  @Field(() => Predicate, { description: 'Predicate.' }) predicate!: Predicate;
  @Field(() => Int, { description: 'Employees.' }) count!: number;
}

@ObjectType('PublishedIndicator', { description: 'Average achievement of an indicator in a unit.' })
export class PublishedIndicatorType implements PublishedIndicator {
  @Field({ description: 'Indicator code.' }) code!: string;
  @Field({ description: 'Indicator name.' }) name!: string;
  @Field(() => Float, { description: 'Average achievement in percent.' }) averageAchievement!: number;
  @Field(() => Int, { description: 'Plans it is averaged over.' }) plans!: number;
}

@ObjectType('PublishedEmployee', { description: 'An employee’s predicate, published by the agency’s choice.' })
export class PublishedEmployeeType implements PublishedEmployee {
  @Field({ description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Position.' }) position!: string | null;
  @Field(() => Predicate, { description: 'Predicate.' }) predicate!: Predicate;
}

@ObjectType('PublishedUnitResult', { description: 'A unit’s published results of a closed period (public).' })
export class PublishedUnitResult {
  @Field({ description: 'The unit.' }) unitName!: string;
  @Field({ description: 'The period.' }) periodName!: string;
  @Field(() => GraphQLDateTime, { description: 'When it was published.' }) publishedAt!: Date;
  @Field(() => Int, { description: 'Employees evaluated.' }) employeeCount!: number;
  @Field({ description: 'True when the unit has fewer than 5 employees: no counts per predicate, no names.' }) suppressed!: boolean;
  @Field(() => [PublishedCountType], { nullable: true, description: 'Employees per predicate; empty when suppressed.' })
  predicateCounts!: PublishedCount[] | null;
  @Field(() => [PublishedIndicatorType], { description: 'Average achievement per indicator.' }) indicators!: PublishedIndicator[];
  @Field(() => [PublishedEmployeeType], { nullable: true, description: 'Predicates by name, when the agency publishes them.' })
  employees!: PublishedEmployee[] | null;
}
