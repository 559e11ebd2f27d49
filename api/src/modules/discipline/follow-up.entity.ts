import { ArrayType, Check, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Employee } from '../employees/employee.entity.js';
import { Predicate } from '../indicators/indicator.enums.js';
import { Agency } from '../organization/agency.entity.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';

export enum FollowUpAction {
  REWARD = 'REWARD',
  TRAINING = 'TRAINING',
  COACHING = 'COACHING',
  DISCIPLINARY_REVIEW = 'DISCIPLINARY_REVIEW',
}

export enum FollowUpOutcome {
  ACTED = 'ACTED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(FollowUpAction, {
  name: 'FollowUpAction',
  description: 'What a follow-up rule proposes (tindak lanjut hasil penilaian); HR decides, nothing is automatic.',
  valuesConfig: {
    REWARD: { description: 'Nominate for a reward.' },
    TRAINING: { description: 'Enrol in a training.' },
    COACHING: { description: 'Plan coaching (pembinaan).' },
    DISCIPLINARY_REVIEW: { description: 'Review for a disciplinary case (e.g. not meeting performance targets).' },
  },
});
registerEnumType(FollowUpOutcome, {
  name: 'FollowUpOutcome',
  description: 'What HR decided on a recommendation.',
  valuesConfig: {
    ACTED: { description: 'Turned into a reward, enrolment, coaching plan or case.' },
    DISMISSED: { description: 'Dismissed with a reason.' },
  },
});

/**
 * A follow-up rule of an agency: an employee whose predicate is one of
 * `predicates` in the period (and, when `consecutivePeriods` > 1, in the
 * periods of the same type right before it) is proposed for `action`.
 */
@Entity({ tableName: 'follow_up_rules' })
@Check({ name: 'follow_up_rules_periods_check', expression: 'consecutive_periods > 0' })
@ObjectType({
  implements: [Node, BaseEntity],
  description: 'Follow-up rule (aturan tindak lanjut): predicates, repetition and the action proposed.',
})
export class FollowUpRule extends BaseEntity<'consecutivePeriods' | 'active' | 'note' | 'agencyId'> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  @Field({ description: 'Name, e.g. Kurang dua triwulan berturut-turut.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => [Predicate], { description: 'The predicates that trigger it.' })
  @Property({ type: ArrayType })
  predicates!: Predicate[];

  @Field(() => Int, { description: 'In how many consecutive periods of the same type (1-12), the period followed up included.' })
  @Property({ type: 'smallint' })
  consecutivePeriods: number = 1;

  @Field(() => FollowUpAction, { description: 'What it proposes.' })
  @Enum({ items: () => FollowUpAction, nativeEnumName: 'follow_up_action' })
  action!: FollowUpAction;

  @Field({ description: 'Inactive rules propose nothing.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => String, { nullable: true, description: 'Basis or guidance for HR.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }
}

/**
 * What HR decided on one recommendation (period, employee, rule): it is not
 * proposed again. When acted on, the record it became.
 */
@Entity({ tableName: 'follow_up_decisions' })
@Unique({ properties: ['period', 'employee', 'rule'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'A decision on a follow-up recommendation.' })
export class FollowUpDecision extends BaseEntity<'reason' | 'recordType' | 'recordId' | 'periodId' | 'employeeId' | 'ruleId' | 'resultId'> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  @ManyToOne(() => AppraisalPeriod, { ref: true, deleteRule: 'restrict' })
  period!: Ref<AppraisalPeriod>;

  @Index()
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  @ManyToOne(() => FollowUpRule, { ref: true, deleteRule: 'restrict' })
  rule!: Ref<FollowUpRule>;

  @Field(() => FollowUpAction, { description: 'The action that was proposed.' })
  @Enum({ items: () => FollowUpAction, nativeEnumName: 'follow_up_action' })
  action!: FollowUpAction;

  @Field(() => FollowUpOutcome, { description: 'Acted on or dismissed.' })
  @Enum({ items: () => FollowUpOutcome, nativeEnumName: 'follow_up_outcome' })
  outcome!: FollowUpOutcome;

  @Field(() => String, { nullable: true, description: 'Why it was dismissed.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({ description: 'Who decided (account name).' })
  @Property({ type: 'text' })
  decidedBy!: string;

  /** Type and row id of the record it became (Reward, Enrollment, CoachingPlan, DisciplinaryCase). */
  @Property({ type: 'text', nullable: true })
  recordType: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  recordId: string | null = null;

  @Field(() => ID, { description: 'ID of the period.' })
  get periodId(): string {
    return refId('AppraisalPeriod', this.period)!;
  }

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }

  @Field(() => ID, { description: 'ID of the rule.' })
  get ruleId(): string {
    return refId('FollowUpRule', this.rule)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the reward, enrolment, coaching plan or case it became.' })
  get resultId(): string | null {
    return this.recordType && this.recordId ? refId(this.recordType, { id: this.recordId }) : null;
  }
}
