import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';

/**
 * The settled evaluations of a CLOSED period, per unit the plans were made in:
 * what the dashboard's evaluation panels add up over the units of a scope
 * instead of reading every evaluation. Written with plain SQL when the period
 * closes and removed when it is reopened (evaluation-summary.ts); derived data,
 * not audited. Sums are exact numerics, divided when read.
 */
@Entity({ tableName: 'evaluation_unit_summaries' })
export class EvaluationUnitSummary {
  [PrimaryKeyProp]?: ['period', 'unit'];

  @ManyToOne(() => AppraisalPeriod, { primary: true, ref: true, deleteRule: 'cascade' })
  period!: Ref<AppraisalPeriod>;

  @ManyToOne(() => OrgUnit, { primary: true, ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  /** Settled evaluations (one per employee in a period). */
  @Property({ type: 'integer' })
  evaluated!: number;

  /** Settled evaluations with a score. */
  @Property({ type: 'integer' })
  scored!: number;

  /** Sum of those scores. */
  @Property({ type: 'decimal', columnType: 'numeric' })
  scoreSum!: string;

  /** Settled evaluations rated SANGAT_BAIK or BAIK. */
  @Property({ type: 'integer' })
  baikOrBetter!: number;

  @Property({ type: 'integer' })
  sangatBaik!: number;

  @Property({ type: 'integer' })
  baik!: number;

  @Property({ type: 'integer' })
  butuhPerbaikan!: number;

  @Property({ type: 'integer' })
  kurang!: number;

  @Property({ type: 'integer' })
  sangatKurang!: number;

  /** Settled evaluations with at least one indicator achievement. */
  @Property({ type: 'integer' })
  achievementEmployees!: number;
}

/** Per indicator, the same: the achievements of the settled evaluations of a CLOSED period, per unit. */
@Entity({ tableName: 'indicator_achievement_summaries' })
export class IndicatorAchievementSummary {
  [PrimaryKeyProp]?: ['period', 'unit', 'indicatorKey'];

  @ManyToOne(() => AppraisalPeriod, { primary: true, ref: true, deleteRule: 'cascade' })
  period!: Ref<AppraisalPeriod>;

  @ManyToOne(() => OrgUnit, { primary: true, ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  /** The key of the breakdown line (the indicator's code). */
  @PrimaryKey({ type: 'text' })
  indicatorKey!: string;

  @Property({ type: 'text', nullable: true })
  label: string | null = null;

  @Property({ type: 'decimal', columnType: 'numeric' })
  achievementSum!: string;

  /** Lines with an achievement. */
  @Property({ type: 'integer' })
  lines!: number;

  /** Employees with such a line. */
  @Property({ type: 'integer' })
  employees!: number;
}
