import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Employee } from '../employees/employee.entity.js';
import { PerformancePlan, PlanTarget } from './performance-plan.entity.js';

/** Kinds of continuous feedback (umpan balik berkelanjutan), PermenPANRB 6/2022. */
export enum FeedbackType {
  APRESIASI = 'APRESIASI',
  PERBAIKAN = 'PERBAIKAN',
  ARAHAN = 'ARAHAN',
}

registerEnumType(FeedbackType, {
  name: 'FeedbackType',
  description: 'Kind of feedback (umpan balik) an appraiser gives on a plan.',
  valuesConfig: {
    APRESIASI: { description: 'Appreciation: what went well.' },
    PERBAIKAN: { description: 'Improvement: what should change.' },
    ARAHAN: { description: 'Direction: guidance for the work ahead.' },
  },
});

/** Feedback from the appraiser (or the appraiser's superior) on a plan, at any time while its period is open. */
@Entity({ tableName: 'plan_feedback' })
@ObjectType({ implements: [Node, BaseEntity], description: 'Continuous feedback (umpan balik) on a performance plan.' })
export class PlanFeedback extends BaseEntity<'target' | 'author' | 'planId' | 'targetId' | 'authorId'> {
  @Index()
  @ManyToOne(() => PerformancePlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<PerformancePlan>;

  /** The target the feedback is about, if one. */
  @ManyToOne(() => PlanTarget, { ref: true, nullable: true, deleteRule: 'set null' })
  target: Ref<PlanTarget> | null = null;

  @Field(() => FeedbackType, { description: 'Appreciation, improvement or direction.' })
  @Enum({ items: () => FeedbackType, nativeEnumName: 'feedback_type' })
  type!: FeedbackType;

  @Field({ description: 'The feedback.' })
  @Property({ type: 'text' })
  text!: string;

  /** The appraiser or their superior; empty when HR gave it for a plan without an appraiser. */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  author: Ref<Employee> | null = null;

  @Field({ description: 'Display name of the account that gave it.' })
  @Property({ type: 'text' })
  authorName!: string;

  @Field(() => ID, { description: 'ID of the plan.' })
  get planId(): string {
    return refId('PerformancePlan', this.plan)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the target it is about.' })
  get targetId(): string | null {
    return refId('PlanTarget', this.target);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the employee who gave it.' })
  get authorId(): string | null {
    return refId('Employee', this.author);
  }
}
