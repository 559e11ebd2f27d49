import { Entity, Enum, Index, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Predicate, Rating } from '../indicators/indicator.enums.js';
import type { ScoreResult } from '../indicators/scoring.js';
import { ScoringScheme } from '../indicators/scoring-scheme.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { PerformancePlan } from './performance-plan.entity.js';

export enum EvaluationStatus {
  DRAFT = 'DRAFT',
  CONFIRMED = 'CONFIRMED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  OBJECTED = 'OBJECTED',
  DECIDED = 'DECIDED',
}

export enum ObjectionDecision {
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}

registerEnumType(EvaluationStatus, {
  name: 'EvaluationStatus',
  description: 'Stage of an evaluation: DRAFT -> CONFIRMED -> ACKNOWLEDGED, or OBJECTED -> DECIDED.',
  valuesConfig: {
    DRAFT: { description: 'The appraiser is rating.' },
    CONFIRMED: { description: 'The appraiser confirmed; the result is computed and stored.' },
    ACKNOWLEDGED: { description: 'The employee acknowledged the result.' },
    OBJECTED: { description: 'The employee filed an objection (keberatan); the appraiser’s superior decides.' },
    DECIDED: { description: 'The objection was decided; the decision is final.' },
  },
});
registerEnumType(ObjectionDecision, {
  name: 'ObjectionDecision',
  description: "The appraiser's superior's decision on an objection.",
  valuesConfig: {
    UPHELD: { description: 'The objection is upheld: the predicate changes.' },
    REJECTED: { description: 'The objection is rejected: the result stands.' },
  },
});

/** The rating of one core value. */
export interface BehaviourRatingEntry {
  code: string;
  name: string;
  rating: Rating;
  note: string | null;
}

@ObjectType('BehaviourRatingEntry', { description: 'The rating of one core value (BerAKHLAK).' })
export class BehaviourRatingEntryType implements BehaviourRatingEntry {
  @Field({ description: 'Code of the value.' }) code!: string;
  @Field({ description: 'Name of the value.' }) name!: string;
  @Field(() => Rating, { description: 'Rating.' }) rating!: Rating;
  @Field(() => String, { nullable: true, description: "The appraiser's note." }) note!: string | null;
}

/**
 * The evaluation of a plan: the appraiser's behaviour ratings, and once
 * confirmed the computed result with its whole breakdown, as the scheme of the
 * period scored it. Then the employee's acknowledgement, or an objection and its decision.
 */
@Entity({ tableName: 'evaluations' })
@Index({ properties: ['period', 'status'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Evaluation (penilaian kinerja) of a performance plan, with its result.' })
export class Evaluation extends BaseEntity<
  | 'status'
  | 'behaviourRatings'
  | 'behaviourRating'
  | 'note'
  | 'behaviourRatingOverride'
  | 'resultRatingOverride'
  | 'overrideReason'
  | 'reviewNote'
  | 'reviewedAt'
  | 'scheme'
  | 'score'
  | 'resultRating'
  | 'predicate'
  | 'breakdown'
  | 'confirmedAt'
  | 'acknowledgedAt'
  | 'objectionReason'
  | 'objectedAt'
  | 'decision'
  | 'decisionNote'
  | 'decidedAt'
  | 'originalPredicate'
  | 'planId'
  | 'periodId'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @OneToOne(() => PerformancePlan, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  plan!: Ref<PerformancePlan>;

  @ManyToOne(() => AppraisalPeriod, { ref: true, deleteRule: 'restrict' })
  period!: Ref<AppraisalPeriod>;

  @Field(() => EvaluationStatus, { description: 'Stage of the evaluation.' })
  @Enum({ items: () => EvaluationStatus, nativeEnumName: 'evaluation_status' })
  status: EvaluationStatus = EvaluationStatus.DRAFT;

  @Field(() => [BehaviourRatingEntryType], { description: 'Rating per core value.' })
  @Property({ type: 'jsonb' })
  behaviourRatings: BehaviourRatingEntry[] = [];

  @Field(() => Rating, { nullable: true, description: 'Overall behaviour rating, from the ratings per value.' })
  @Enum({ items: () => Rating, nativeEnumName: 'rating', nullable: true })
  behaviourRating: Rating | null = null;

  @Field(() => Rating, {
    nullable: true,
    description: 'Overall behaviour rating chosen by the appraiser instead of the one from the values (or, for a year, from its periods).',
  })
  @Enum({ items: () => Rating, nativeEnumName: 'rating', nullable: true })
  behaviourRatingOverride: Rating | null = null;

  @Field(() => Rating, { nullable: true, description: 'Result rating chosen by the appraiser instead of the computed one.' })
  @Enum({ items: () => Rating, nativeEnumName: 'rating', nullable: true })
  resultRatingOverride: Rating | null = null;

  @Field(() => String, { nullable: true, description: 'Why the appraiser chose a rating other than the proposed one.' })
  @Property({ type: 'text', nullable: true })
  overrideReason: string | null = null;

  @Field(() => String, { nullable: true, description: "The appraiser's feedback on the period." })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** The scheme revision the result was computed with. */
  @ManyToOne(() => ScoringScheme, { ref: true, nullable: true, deleteRule: 'restrict' })
  scheme: Ref<ScoringScheme> | null = null;

  @Field(() => Float, { nullable: true, description: 'Weighted result score.' })
  @Property({ type: 'double', nullable: true })
  score: number | null = null;

  @Field(() => Rating, { nullable: true, description: 'Result rating (rating hasil kerja).' })
  @Enum({ items: () => Rating, nativeEnumName: 'rating', nullable: true })
  resultRating: Rating | null = null;

  @Field(() => Predicate, { nullable: true, description: 'Predicate (predikat kinerja); after an upheld objection, the decided one.' })
  @Enum({ items: () => Predicate, nativeEnumName: 'predicate', nullable: true })
  predicate: Predicate | null = null;

  /** The whole computation, as `previewScore` shows it. */
  @Property({ type: 'jsonb', nullable: true })
  breakdown: ScoreResult | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the appraiser confirmed.' })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "The appraiser's superior's review note." })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the appraiser's superior reviewed." })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the employee acknowledged.' })
  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "The employee's objection (keberatan)." })
  @Property({ type: 'text', nullable: true })
  objectionReason: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the objection was filed.' })
  @Property({ type: 'timestamptz', nullable: true })
  objectedAt: Date | null = null;

  @Field(() => ObjectionDecision, { nullable: true, description: 'The decision on the objection.' })
  @Enum({ items: () => ObjectionDecision, nativeEnumName: 'objection_decision', nullable: true })
  decision: ObjectionDecision | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was decided so.' })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the objection was decided.' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => Predicate, { nullable: true, description: 'The computed predicate, when an upheld objection changed it.' })
  @Enum({ items: () => Predicate, nativeEnumName: 'predicate', nullable: true })
  originalPredicate: Predicate | null = null;

  @Field(() => ID, { description: 'ID of the plan.' })
  get planId(): string {
    return refId('PerformancePlan', this.plan)!;
  }

  @Field(() => ID, { description: 'ID of the period.' })
  get periodId(): string {
    return refId('AppraisalPeriod', this.period)!;
  }
}
