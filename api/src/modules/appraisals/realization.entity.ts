import { ArrayType, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { DataSource } from '../indicators/indicator.enums.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { PlanTarget } from './performance-plan.entity.js';

/**
 * What was achieved (capaian) on a target in one period: the plan's own period,
 * or one of its sub-periods (the quarters or months of a year).
 */
@Entity({ tableName: 'realizations' })
@Unique({ properties: ['target', 'period'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Realisation (capaian) of a target in a period, with its evidence.' })
export class Realization extends BaseEntity<'note' | 'evidenceLinks' | 'source' | 'targetId' | 'periodId'> {
  @ManyToOne(() => PlanTarget, { ref: true, deleteRule: 'cascade' })
  target!: Ref<PlanTarget>;

  @Index()
  @ManyToOne(() => AppraisalPeriod, { ref: true, deleteRule: 'restrict' })
  period!: Ref<AppraisalPeriod>;

  @Field(() => Float, { description: 'The value achieved, in the unit of the indicator.' })
  @Property({ type: 'double' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'Explanation.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => [String], { description: 'Links to the evidence (bukti dukung).' })
  @Property({ type: ArrayType })
  evidenceLinks: string[] = [];

  @Field(() => DataSource, { description: 'MANUAL when entered by a person; otherwise the module it was taken from.' })
  @Enum({ items: () => DataSource, nativeEnumName: 'data_source' })
  source: DataSource = DataSource.MANUAL;

  @Field(() => ID, { description: 'ID of the target.' })
  get targetId(): string {
    return refId('PlanTarget', this.target)!;
  }

  @Field(() => ID, { description: 'ID of the period the value is for.' })
  get periodId(): string {
    return refId('AppraisalPeriod', this.period)!;
  }
}
