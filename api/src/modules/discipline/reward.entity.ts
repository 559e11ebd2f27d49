import { ArrayType, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Evaluation } from '../appraisals/evaluation.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { SanctionLevel } from './discipline.entity.js';

/**
 * A kind of reward (penghargaan). National types (no agency) are seeded by the
 * migration; an agency adds its own. Rules: a clean record (no sanction of the
 * disqualifying levels in force on the grant day, or within the look-back
 * years) and a minimum service from TMT CPNS.
 */
@Entity({ tableName: 'reward_types' })
@Index({
  name: 'reward_types_national_code_unique',
  expression: 'create unique index "reward_types_national_code_unique" on "reward_types" ("code") where "agency_id" is null',
})
@Index({
  name: 'reward_types_agency_code_unique',
  expression: 'create unique index "reward_types_agency_code_unique" on "reward_types" ("agency_id", "code") where "agency_id" is not null',
})
@ObjectType({ implements: [Node, BaseEntity], description: 'Kind of reward (jenis penghargaan) and the rules of its grant.' })
export class RewardType extends BaseEntity<
  | 'agency'
  | 'description'
  | 'requiresCleanRecord'
  | 'disqualifyingLevels'
  | 'lookbackYears'
  | 'minServiceYears'
  | 'siasnCode'
  | 'active'
  | 'agencyId'
> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, nullable: true, deleteRule: 'restrict' })
  agency: Ref<Agency> | null = null;

  @Field({ description: 'Code, e.g. SATYALANCANA_KARYA_SATYA_10.' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: 'Name, e.g. Satyalancana Karya Satya X Tahun.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field({ description: 'True when a sanction of the disqualifying levels blocks it.' })
  @Property({ type: 'boolean' })
  requiresCleanRecord: boolean = false;

  @Field(() => [SanctionLevel], { description: 'Sanction levels that block it when a clean record is required.' })
  @Property({ type: ArrayType })
  disqualifyingLevels: SanctionLevel[] = [SanctionLevel.SEDANG, SanctionLevel.BERAT];

  @Field(() => Int, {
    nullable: true,
    description: 'Years before the grant in which such a sanction must not have been in force; empty: only on the grant day.',
  })
  @Property({ type: 'smallint', nullable: true })
  lookbackYears: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Years of service from TMT CPNS it needs (Satyalancana Karya Satya: 10, 20, 30).' })
  @Property({ type: 'smallint', nullable: true })
  minServiceYears: number | null = null;

  @Field(() => String, { nullable: true, description: 'SIASN code (hargaId).' })
  @Property({ type: 'text', nullable: true })
  siasnCode: string | null = null;

  @Field({ description: 'Inactive types are no longer granted.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => ID, { nullable: true, description: 'ID of the agency; empty for a national type.' })
  get agencyId(): string | null {
    return refId('Agency', this.agency);
  }
}

/** A reward granted to an employee, with its decree and what it rests on. */
@Entity({ tableName: 'rewards' })
@ObjectType({ implements: [Node, BaseEntity], description: 'Reward (penghargaan) granted to an employee.' })
export class Reward extends BaseEntity<
  'decreeNumber' | 'period' | 'evaluation' | 'employeeId' | 'rewardTypeId' | 'periodId' | 'evaluationId'
> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Index()
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  @ManyToOne(() => RewardType, { ref: true, deleteRule: 'restrict' })
  rewardType!: Ref<RewardType>;

  @Field(() => GraphQLDate, { description: 'Day of the grant.' })
  @Property({ type: 'date' })
  grantedOn!: string;

  @Field(() => String, { nullable: true, description: 'Number of the decree (SK).' })
  @Property({ type: 'text', nullable: true })
  decreeNumber: string | null = null;

  @Field({ description: 'Why it is granted.' })
  @Property({ type: 'text' })
  reason!: string;

  @ManyToOne(() => AppraisalPeriod, { ref: true, nullable: true, deleteRule: 'restrict' })
  period: Ref<AppraisalPeriod> | null = null;

  @ManyToOne(() => Evaluation, { ref: true, nullable: true, deleteRule: 'restrict' })
  evaluation: Ref<Evaluation> | null = null;

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }

  @Field(() => ID, { description: 'ID of the reward type.' })
  get rewardTypeId(): string {
    return refId('RewardType', this.rewardType)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the period it rests on.' })
  get periodId(): string | null {
    return refId('AppraisalPeriod', this.period);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the evaluation it rests on.' })
  get evaluationId(): string | null {
    return refId('Evaluation', this.evaluation);
  }
}
