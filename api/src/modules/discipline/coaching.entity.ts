import { ArrayType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Evaluation } from '../appraisals/evaluation.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';

export enum CoachingStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export enum CoachingOutcome {
  IMPROVED = 'IMPROVED',
  PARTLY_IMPROVED = 'PARTLY_IMPROVED',
  NOT_IMPROVED = 'NOT_IMPROVED',
}

registerEnumType(CoachingStatus, {
  name: 'CoachingStatus',
  description: 'Stage of a coaching plan: ACTIVE -> COMPLETED (with its outcome) or CANCELLED.',
  valuesConfig: {
    ACTIVE: { description: 'Running: sessions are recorded.' },
    COMPLETED: { description: 'Closed with its outcome.' },
    CANCELLED: { description: 'Called off.' },
  },
});
registerEnumType(CoachingOutcome, {
  name: 'CoachingOutcome',
  description: 'What the coaching achieved (PP 30/2019 art. 56-58: improvement within six months).',
  valuesConfig: {
    IMPROVED: { description: 'Performance improved to expectation.' },
    PARTLY_IMPROVED: { description: 'Improved, not yet to expectation.' },
    NOT_IMPROVED: { description: 'Did not improve: re-placement or further steps follow.' },
  },
});

export interface CoachingSessionEntry {
  date: string;
  notes: string;
  recordedBy: string;
}

@ObjectType('CoachingSession', { description: 'One coaching meeting.' })
export class CoachingSessionType implements CoachingSessionEntry {
  @Field(() => GraphQLDate, { description: 'Day of the meeting.' }) date!: string;
  @Field({ description: 'What was discussed and agreed.' }) notes!: string;
  @Field({ description: 'Who recorded it.' }) recordedBy!: string;
}

/**
 * A coaching plan (pembinaan) for an underperformer: goals, a mentor, the
 * meetings and the outcome, linked to the evaluation that triggered it.
 */
@Entity({ tableName: 'coaching_plans' })
@ObjectType({ implements: [Node, BaseEntity], description: 'Coaching plan (rencana pembinaan) for an employee who underperformed.' })
export class CoachingPlan extends BaseEntity<
  'evaluation' | 'mentor' | 'sessions' | 'status' | 'outcome' | 'outcomeNote' | 'employeeId' | 'evaluationId' | 'mentorId'
> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Index()
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  /** The evaluation that called for it. */
  @ManyToOne(() => Evaluation, { ref: true, nullable: true, deleteRule: 'restrict' })
  evaluation: Ref<Evaluation> | null = null;

  @Index()
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  mentor: Ref<Employee> | null = null;

  @Field(() => [String], { description: 'What the employee is to reach.' })
  @Property({ type: ArrayType })
  goals!: string[];

  @Field(() => GraphQLDate, { description: 'First day.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => GraphQLDate, { description: 'Last day (by default six months on, PP 30/2019).' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => [CoachingSessionType], { description: 'Meetings, oldest first.' })
  @Property({ type: 'jsonb' })
  sessions: CoachingSessionEntry[] = [];

  @Field(() => CoachingStatus, { description: 'Stage of the plan.' })
  @Enum({ items: () => CoachingStatus, nativeEnumName: 'coaching_status' })
  status: CoachingStatus = CoachingStatus.ACTIVE;

  @Field(() => CoachingOutcome, { nullable: true, description: 'Outcome, once completed.' })
  @Enum({ items: () => CoachingOutcome, nativeEnumName: 'coaching_outcome', nullable: true })
  outcome: CoachingOutcome | null = null;

  @Field(() => String, { nullable: true, description: 'The closing assessment.' })
  @Property({ type: 'text', nullable: true })
  outcomeNote: string | null = null;

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the evaluation that triggered it.' })
  get evaluationId(): string | null {
    return refId('Evaluation', this.evaluation);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the mentor.' })
  get mentorId(): string | null {
    return refId('Employee', this.mentor);
  }
}
