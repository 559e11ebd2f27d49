import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { EnumFilter, IDFilter, OrderBy, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText } from '../../graphql/validation.js';
import { Employee } from '../employees/employee.entity.js';
import { PerformancePlan, PlanStatus, TargetAspect } from './performance-plan.entity.js';
import { WeightedTargetInput } from '../indicators/weighted-target.input.js';
import { Predicate } from '../indicators/indicator.enums.js';

export const PerformancePlanConnection = Connection(PerformancePlan, 'PerformancePlan', 'performance plans');

const PlanStatusFilter = EnumFilter(PlanStatus, 'PlanStatus');
const PredicateFilter = EnumFilter(Predicate, 'Predicate');

@InputType({ description: 'Conditions on performance plans; all given conditions must hold.' })
export class PerformancePlanFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By period.' })
  periodId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By employee.' })
  employeeId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By appraiser: the plans someone must approve and evaluate.' })
  appraiserId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By unit (when the plan was made).' })
  unitId?: IDFilter;

  @Field(() => ID, { nullable: true, description: 'Plans of employees in this unit or below (when the plan was made).' })
  inUnitSubtree?: string;

  @Field(() => PlanStatusFilter, { nullable: true, description: 'By status.' })
  status?: InstanceType<typeof PlanStatusFilter>;

  @Field(() => PredicateFilter, {
    nullable: true,
    description:
      "By the predicate of the plan's evaluation once confirmed (a draft evaluation has none): the plans behind the predicate distribution.",
  })
  predicate?: InstanceType<typeof PredicateFilter>;

  @Field(() => String, { nullable: true, description: "Free-text search in the employee's name or NIP." })
  q?: string;

  @Field(() => [PerformancePlanFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: PerformancePlanFilter[];

  @Field(() => [PerformancePlanFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: PerformancePlanFilter[];
}

/** Without `inUnitSubtree` (needs the unit's path) and `predicate` (a subquery): the service adds them. */
export const performancePlanFilterRules: FilterRules = {
  id: { kind: 'id', type: 'PerformancePlan' },
  periodId: { kind: 'id', type: 'AppraisalPeriod', property: 'period' },
  employeeId: { kind: 'id', type: 'Employee', property: 'employee' },
  appraiserId: { kind: 'id', type: 'Employee', property: 'appraiser' },
  unitId: { kind: 'id', type: 'OrgUnit', property: 'unit' },
  status: { kind: 'value' },
};

export const PerformancePlanOrder = OrderBy('PerformancePlan', {
  EMPLOYEE_NAME: { property: 'employee.name', description: "Employee's name." },
  STATUS: { property: 'status', description: 'Status.' },
  SUBMITTED_AT: { property: 'submittedAt', description: 'Submission time.' },
  UPDATED_AT: { property: 'updatedAt', description: 'Last change.' },
});

@ArgsType()
export class PerformancePlanListArgs extends PageArgs {
  @Field(() => PerformancePlanFilter, { nullable: true, description: 'Which plans to return.' })
  filter?: PerformancePlanFilter;

  @Field(() => [PerformancePlanOrder.Input], { nullable: true, description: "Sort keys (default: by employee's name)." })
  orderBy?: InstanceType<typeof PerformancePlanOrder.Input>[];
}

@InputType({ description: 'Plans to generate for a period in PLANNING.' })
export class GeneratePlansInput {
  @Field(() => ID, { description: 'The period.' })
  periodId!: string;

  @Field(() => ID, { nullable: true, description: 'Only employees of this unit and the units below it.' })
  @IsOptional()
  unitId?: string;
}

@ObjectType({ description: 'Result of generating plans.' })
export class GeneratePlansPayload {
  @Field(() => Int, { description: 'Plans created now.' })
  created!: number;

  @Field(() => Int, { description: 'Employees who already had a plan for the period (left as they are).' })
  existing!: number;

  @Field(() => [Employee], { description: 'Employees for whom no template applies: their plans have no targets yet (at most 100 listed).' })
  withoutTemplate!: Employee[];

  @Field(() => Int, { description: 'How many plans have no appraiser (no supervisor found): HR must set one.' })
  withoutAppraiser!: number;
}

@InputType({ description: 'A target of a plan; with an `id`, the existing target is changed, without one a target is added.' })
export class PlanTargetInput extends WeightedTargetInput {
  @Field(() => ID, { nullable: true, description: 'An existing target of the plan.' })
  @IsOptional()
  id?: string;

  @Field(() => ID, { description: 'The indicator.' })
  indicatorId!: string;

  @Field(() => String, { nullable: true, description: 'The planned result in words (at most 1,000 characters).' })
  @IsOptional()
  @MaxLength(1000)
  @MultiLineText()
  description?: string | null;

  @Field(() => TargetAspect, { nullable: true, description: 'Aspect measured.' })
  @IsOptional()
  aspect?: TargetAspect | null;

  @Field(() => ID, { nullable: true, description: "A target of the appraiser's plan for the same period that this one supports." })
  @IsOptional()
  supportsId?: string | null;
}

@InputType({ description: 'The complete list of targets of a plan (targets left out are removed).' })
export class SetPlanTargetsInput {
  @Field(() => ID, { description: 'The plan (DRAFT or RETURNED).' })
  planId!: string;

  @Field(() => Int, { description: 'The version of the plan the change is based on.' })
  version!: number;

  @Field(() => [PlanTargetInput], { description: 'The targets, 1-50; the weights of the main results sum to 100.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  targets!: PlanTargetInput[];
}

@InputType({ description: 'A plan and the version a step is based on.' })
export class PlanStepInput {
  @Field(() => ID, { description: 'The plan.' })
  id!: string;

  @Field(() => Int, { description: 'The version the step is based on.' })
  version!: number;
}

@InputType({ description: 'Returning a plan to the employee: why.' })
export class ReturnPlanInput extends PlanStepInput {
  @Field({ description: 'What to change (3-2,000 characters).' })
  @Length(3, 2000)
  @MultiLineText()
  comment!: string;
}

@ObjectType({ description: 'Result of changing a plan.' })
export class PerformancePlanPayload {
  @Field(() => PerformancePlan, { description: 'The plan as stored.' })
  plan!: PerformancePlan;
}
