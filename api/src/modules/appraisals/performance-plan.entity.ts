import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Employee } from '../employees/employee.entity.js';
import { CriteriaTemplate } from '../indicators/criteria-template.entity.js';
import { ResultCategory } from '../indicators/indicator.enums.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Position } from '../organization/position.entity.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';

export enum PlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

/** What a target measures (aspek), PermenPANRB 6/2022. */
export enum TargetAspect {
  KUANTITAS = 'KUANTITAS',
  KUALITAS = 'KUALITAS',
  WAKTU = 'WAKTU',
  BIAYA = 'BIAYA',
}

registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'Stage of a performance plan: DRAFT -> SUBMITTED -> APPROVED, or RETURNED to the employee with a comment.',
  valuesConfig: {
    DRAFT: { description: 'Being written by the employee or HR.' },
    SUBMITTED: { description: 'Sent to the appraiser for approval.' },
    APPROVED: { description: 'Agreed by the appraiser (SKP disetujui).' },
    RETURNED: { description: 'Sent back by the appraiser with a comment; editable again.' },
  },
});
registerEnumType(TargetAspect, {
  name: 'TargetAspect',
  description: 'Aspect of a target (aspek), PermenPANRB 6/2022.',
  valuesConfig: {
    KUANTITAS: { description: 'Quantity.' },
    KUALITAS: { description: 'Quality.' },
    WAKTU: { description: 'Time.' },
    BIAYA: { description: 'Cost.' },
  },
});

/**
 * An employee's performance plan (SKP) for a period. The appraiser and their
 * superior, the unit and position are recorded as they were when the plan was
 * made: later moves do not rewrite who appraised whom.
 */
@Entity({ tableName: 'performance_plans' })
@Unique({ properties: ['period', 'employee'] })
@Index({ properties: ['period', 'status'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Performance plan (Sasaran Kinerja Pegawai, SKP) of an employee for a period.' })
export class PerformancePlan extends BaseEntity<
  | 'template'
  | 'position'
  | 'appraiser'
  | 'appraiserSuperior'
  | 'status'
  | 'returnComment'
  | 'submittedAt'
  | 'approvedAt'
  | 'periodId'
  | 'employeeId'
  | 'templateId'
  | 'unitId'
  | 'positionId'
  | 'appraiserId'
  | 'appraiserSuperiorId'
> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @ManyToOne(() => AppraisalPeriod, { ref: true, deleteRule: 'restrict' })
  period!: Ref<AppraisalPeriod>;

  @Index()
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  /** The template revision the targets were taken from. */
  @ManyToOne(() => CriteriaTemplate, { ref: true, nullable: true, deleteRule: 'restrict' })
  template: Ref<CriteriaTemplate> | null = null;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<OrgUnit>;

  @ManyToOne(() => Position, { ref: true, nullable: true, deleteRule: 'restrict' })
  position: Ref<Position> | null = null;

  /** Pejabat penilai kinerja: the direct supervisor when the plan was made. */
  @Index()
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  appraiser: Ref<Employee> | null = null;

  /** Atasan pejabat penilai: reviews the evaluation and decides objections. */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  appraiserSuperior: Ref<Employee> | null = null;

  @Field(() => PlanStatus, { description: 'Stage of the plan.' })
  @Enum({ items: () => PlanStatus, nativeEnumName: 'plan_status' })
  status: PlanStatus = PlanStatus.DRAFT;

  @Field(() => String, { nullable: true, description: 'Why the appraiser returned the plan.' })
  @Property({ type: 'text', nullable: true })
  returnComment: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last submitted.' })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the appraiser approved it.' })
  @Property({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null = null;

  @Field(() => ID, { description: 'ID of the period.' })
  get periodId(): string {
    return refId('AppraisalPeriod', this.period)!;
  }

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the template revision the targets came from.' })
  get templateId(): string | null {
    return refId('CriteriaTemplate', this.template);
  }

  @Field(() => ID, { description: 'ID of the unit when the plan was made.' })
  get unitId(): string {
    return refId('OrgUnit', this.unit)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the position when the plan was made.' })
  get positionId(): string | null {
    return refId('Position', this.position);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the appraiser (pejabat penilai).' })
  get appraiserId(): string | null {
    return refId('Employee', this.appraiser);
  }

  @Field(() => ID, { nullable: true, description: "ID of the appraiser's superior (atasan pejabat penilai)." })
  get appraiserSuperiorId(): string | null {
    return refId('Employee', this.appraiserSuperior);
  }
}

/** One target of a plan: an indicator with its target and weight, possibly supporting a target of the appraiser's plan. */
@Entity({ tableName: 'plan_targets' })
@ObjectType({ implements: Node, description: 'A target of a performance plan (rencana hasil kerja with its indicator and target).' })
export class PlanTarget extends Node {
  declare [OptionalProps]?:
    'id' | 'nodeId' | 'description' | 'target' | 'targetMax' | 'aspect' | 'supports' | 'planId' | 'indicatorId' | 'supportsId';

  @PrimaryKey({ type: 'uuid' })
  override id: string = randomUUID();

  @Index()
  @ManyToOne(() => PerformancePlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<PerformancePlan>;

  @Index()
  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'restrict' })
  indicator!: Ref<Indicator>;

  @Field(() => ResultCategory, { description: 'Main (weights sum to 100) or additional result.' })
  @Enum({ items: () => ResultCategory, nativeEnumName: 'result_category' })
  category!: ResultCategory;

  @Field(() => String, { nullable: true, description: 'The planned result in words (rencana hasil kerja).' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => Float, { description: 'Weight in percent (main) or points (additional).' })
  @Property({ type: 'double' })
  weight!: number;

  @Field(() => Float, { nullable: true, description: 'Target; for a range, its lower bound.' })
  @Property({ type: 'double', nullable: true })
  target: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of a target range.' })
  @Property({ type: 'double', nullable: true })
  targetMax: number | null = null;

  @Field(() => TargetAspect, { nullable: true, description: 'Aspect measured.' })
  @Enum({ items: () => TargetAspect, nativeEnumName: 'target_aspect', nullable: true })
  aspect: TargetAspect | null = null;

  /** The appraiser's target this one supports (cascading, intervensi). */
  @Index()
  @ManyToOne(() => PlanTarget, { ref: true, nullable: true, deleteRule: 'set null' })
  supports: Ref<PlanTarget> | null = null;

  @Field(() => Int, { description: 'Position in the plan.' })
  @Property({ type: 'smallint' })
  sortOrder!: number;

  @Field(() => ID, { description: 'ID of the plan.' })
  get planId(): string {
    return refId('PerformancePlan', this.plan)!;
  }

  @Field(() => ID, { description: 'ID of the indicator.' })
  get indicatorId(): string {
    return refId('Indicator', this.indicator)!;
  }

  @Field(() => ID, { nullable: true, description: "ID of the appraiser's target this one supports." })
  get supportsId(): string | null {
    return refId('PlanTarget', this.supports);
  }
}
