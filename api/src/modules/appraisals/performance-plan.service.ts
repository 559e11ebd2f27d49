import { ref, type FilterQuery } from '@mikro-orm/core';
import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, forbidden, type FieldProblem, ErrorReason } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere, type FilterRules } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { agencyWhere, assertAgencyWritable } from '../../access/scope.js';
import { Employee } from '../employees/employee.entity.js';
import { EmployeeService, question } from '../employees/employee.service.js';
import { EmployeeStatus } from '../employees/rank.js';
import { type CriteriaTemplate, TemplateItem } from '../indicators/criteria-template.entity.js';
import { CriteriaTemplateService } from '../indicators/criteria-template.service.js';
import { Direction, ResultCategory } from '../indicators/indicator.enums.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { refuseItems, weightProblem } from '../indicators/weights.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgUnitService, subtreeRule } from '../organization/org-unit.service.js';
import { Position } from '../organization/position.entity.js';
import { AppraisalPeriod, PeriodStatus } from '../periods/appraisal-period.entity.js';
import { AppraisalPeriodService } from '../periods/appraisal-period.service.js';
import { assertPeriodOpen, registerTransitionCheck } from '../periods/period-checks.js';
import { Evaluation, EvaluationStatus } from './evaluation.entity.js';
import { PerformancePlan, PlanStatus, PlanTarget } from './performance-plan.entity.js';
import { assertRecordedRole } from './plan-roles.js';
import {
  PerformancePlanConnection,
  PerformancePlanOrder,
  performancePlanFilterRules,
  type GeneratePlansInput,
  type PerformancePlanListArgs,
  type PlanStepInput,
  type ReturnPlanInput,
  type SetPlanTargetsInput,
} from './performance-plan.types.js';

/** Who gets a plan: employees at work (on leave included), not those studying, retired or gone. */
const APPRAISED = [EmployeeStatus.AKTIF, EmployeeStatus.CUTI];
const MAX_LISTED = 100;
const NOTHING = '00000000-0000-0000-0000-000000000000';

// Monitoring starts when the plans exist and every one of them is agreed.
registerTransitionCheck(PeriodStatus.MONITORING, async (ctx, period) => {
  if ((await ctx.em.count(PerformancePlan, { period: period.id })) === 0)
    return ['no performance plan has been generated yet (generatePlans)'];
  const open = await ctx.em.find(
    PerformancePlan,
    { period: period.id, status: { $ne: PlanStatus.APPROVED } },
    { populate: ['employee'], orderBy: { employee: { name: 'asc' } }, limit: 5 },
  );
  if (open.length === 0) return [];
  const count = await ctx.em.count(PerformancePlan, { period: period.id, status: { $ne: PlanStatus.APPROVED } });
  const names = open.map((plan) => `${plan.employee.getEntity().name} (${plan.status})`).join(', ');
  return [`${count} plan(s) not approved yet: ${names}${count > open.length ? ', ...' : ''}`];
});

export class PerformancePlanService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Plans of the employees the actor sees (agency for HR and evaluators,
   * subordinates for supervisors, their own for employees), plus those the
   * actor appraises or reviews as the appraiser's superior.
   */
  private async scope(): Promise<FilterQuery<PerformancePlan>> {
    const actor = requireActor(this.ctx);
    const employees = await new EmployeeService(this.ctx).readScope();
    // No condition on employees (platform administrators): every plan.
    if (Object.keys(employees).length === 0) return agencyWhere(actor) as FilterQuery<PerformancePlan>;
    const self = actor.employeeId ?? NOTHING;
    return {
      $and: [agencyWhere(actor), { $or: [{ employee: employees }, { appraiser: self }, { appraiserSuperior: self }] }],
    } as FilterQuery<PerformancePlan>;
  }

  async list(args: PerformancePlanListArgs) {
    const page = toPage(
      args,
      this.ctx,
      'PerformancePlan.list',
      PerformancePlanOrder.toOrderBy(args.orderBy, { employee: { name: 'asc' } } as never),
    );
    const units = await new OrgUnitService(this.ctx).unitsNamedIn(args.filter as Record<string, unknown>, 'inUnitSubtree');
    const rules: FilterRules = {
      ...performancePlanFilterRules,
      ...(units ? { inUnitSubtree: subtreeRule(units, (unit) => ({ unit: { path: { $like: `${unit.path}%` } } })) } : {}),
      // A subquery on the evaluations, inside the list's own statement: the count of statements stays the same.
      predicate: {
        kind: 'custom',
        where: (value, path) => ({
          id: {
            $in: this.ctx.em
              .createQueryBuilder(Evaluation, 'ev')
              .select('ev.plan_id')
              .where({
                status: { $ne: EvaluationStatus.DRAFT },
                ...toWhere({ predicate: value }, { predicate: { kind: 'value' } }, undefined, path.replace(/\.predicate$/, '')),
              })
              .getKnexQuery(),
          },
        }),
      },
    };
    const where = {
      $and: [
        await this.scope(),
        toWhere(args.filter as Record<string, unknown>, rules, (term) => {
          const digits = term.replace(/\s+/g, '');
          return /^\d{3,18}$/.test(digits)
            ? { employee: { nip: { $like: `${digits}%` } } }
            : { employee: { name: { $ilike: containing(term) } } };
        }),
      ],
    } as FilterQuery<PerformancePlan>;
    const rows = await findPage(this.ctx.em, PerformancePlan, where, page);
    return PerformancePlanConnection.of(rows, page, () => this.ctx.em.count(PerformancePlan, where));
  }

  async get(globalId: string, field = 'id'): Promise<PerformancePlan> {
    return findInScope(this.ctx.em, PerformancePlan, globalId, field, await this.scope());
  }

  /** The plan of an employee in a period, if any (within the actor's access). */
  async forEmployee(employee: Employee, period: AppraisalPeriod): Promise<PerformancePlan | null> {
    return this.ctx.em.findOne(PerformancePlan, {
      $and: [{ employee: employee.id, period: period.id }, await this.scope()],
    } as FilterQuery<PerformancePlan>);
  }

  /**
   * One plan per appraised employee of the period's agency (or of a unit subtree)
   * who has none yet, with the targets of the template that applies and the
   * appraiser and their superior as they are now. Running it again creates nothing.
   * A fixed number of statements per level of the reporting line, whatever the headcount.
   */
  async generate(input: GeneratePlansInput) {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const period = await new AppraisalPeriodService(this.ctx).getForWrite(input.periodId, 'input.periodId');
      assertPeriodOpen(period, 'input.periodId');
      if (period.status !== PeriodStatus.PLANNING) {
        throw conflict(`Plans are generated while the period is PLANNING (it is ${period.status})`, {
          reason: ErrorReason.WRONG_STATUS,
          params: { status: period.status, statusType: 'PeriodStatus' },
          field: 'input.periodId',
        });
      }
      const within = input.unitId ? await new OrgUnitService(this.ctx).getForWrite(input.unitId, 'input.unitId') : null;
      if (within && within.agency.id !== period.agency.id)
        throw badInput('input.unitId', 'The unit belongs to another agency', ErrorReason.OTHER_AGENCY);
      // Runs for one period take turns, so a second run sees the first one's plans as existing instead of
      // colliding with them on the unique (period, employee) constraint.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`generate-plans:${period.id}`]);

      const existing = new Set(
        (await em.execute<{ employee_id: string }[]>('select employee_id from performance_plans where period_id = ?', [period.id])).map(
          (row) => row.employee_id,
        ),
      );
      const candidates = await em.find(Employee, {
        agency: period.agency.id,
        status: { $in: APPRAISED },
        ...(within ? { unit: { path: { $like: `${within.path}%` } } } : {}),
      });
      const employees = candidates.filter((employee) => !existing.has(employee.id));
      const skipped = candidates.length - employees.length;
      if (employees.length === 0) return { created: 0, existing: skipped, withoutTemplate: [], withoutAppraiser: 0 };

      const units = new Map((await em.find(OrgUnit, { id: { $in: [...new Set(employees.map((e) => e.unit.id))] } })).map((u) => [u.id, u]));
      const positionIds = [...new Set(employees.flatMap((e) => (e.position ? [e.position.id] : [])))];
      const positions = new Map((positionIds.length ? await em.find(Position, { id: { $in: positionIds } }) : []).map((p) => [p.id, p]));
      await em.populate(period, ['templates', 'templates.units']);
      const templates = new CriteriaTemplateService(this.ctx);
      const adopted = period.templates.getItems();
      const chosen = employees.map(
        (employee) =>
          templates.resolve(
            adopted,
            units.get(employee.unit.id)!,
            employee.position ? (positions.get(employee.position.id)?.type ?? null) : null,
          ).template,
      );
      const items = await this.itemsOf(chosen);

      const staff = new EmployeeService(this.ctx);
      const appraisers = await staff.supervisorsOf(employees.map(question));
      const distinct = [...new Map(appraisers.flatMap((a) => (a ? [[a.id, a] as const] : []))).values()];
      const superiors = new Map(
        (await staff.supervisorsOf(distinct.map(question))).map((superior, index) => [distinct[index]!.id, superior]),
      );

      employees.forEach((employee, index) => {
        const template = chosen[index] ?? null;
        const appraiser = appraisers[index] ?? null;
        const plan = em.create(PerformancePlan, {
          agency: period.agency,
          period,
          employee,
          template: template ? ref(template) : null,
          unit: employee.unit,
          position: employee.position,
          appraiser: appraiser ? ref(appraiser) : null,
          appraiserSuperior: appraiser ? (superiors.get(appraiser.id) ?? null) : null,
        });
        for (const item of template ? (items.get(template.id) ?? []) : []) {
          em.create(PlanTarget, {
            plan,
            indicator: item.indicator,
            category: item.category,
            weight: item.weight,
            target: item.target,
            targetMax: item.targetMax,
            sortOrder: item.sortOrder,
          });
        }
      });
      await em.flush();
      return {
        created: employees.length,
        existing: skipped,
        withoutTemplate: employees.filter((_, index) => !chosen[index]).slice(0, MAX_LISTED),
        withoutAppraiser: appraisers.filter((appraiser) => !appraiser).length,
      };
    });
  }

  private async itemsOf(templates: (CriteriaTemplate | null)[]): Promise<Map<string, TemplateItem[]>> {
    const ids = [...new Set(templates.flatMap((t) => (t ? [t.id] : [])))];
    const rows = ids.length ? await this.ctx.em.find(TemplateItem, { template: { $in: ids } }, { orderBy: { sortOrder: 'asc' } }) : [];
    const byTemplate = new Map<string, TemplateItem[]>();
    for (const row of rows) byTemplate.set(row.template.id, [...(byTemplate.get(row.template.id) ?? []), row]);
    return byTemplate;
  }

  /** The targets of a plan, in order. */
  async targets(plan: PerformancePlan): Promise<PlanTarget[]> {
    return this.ctx.em.find(PlanTarget, { plan: plan.id }, { orderBy: { sortOrder: 'asc' } });
  }

  /** Replaces the targets of a DRAFT or RETURNED plan, by the employee or HR; the weights rule of templates applies. */
  async setTargets(input: SetPlanTargetsInput): Promise<PerformancePlan> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const plan = await this.getForChange(input.planId, 'input.planId');
      assertVersion(plan, input.version);
      this.assertAuthorOrHr(plan);
      if (plan.status !== PlanStatus.DRAFT && plan.status !== PlanStatus.RETURNED) {
        throw conflict(`The targets of a ${plan.status} plan cannot change; it must be returned first`, { field: 'input.planId' });
      }
      const current = await this.targets(plan);
      const problems: FieldProblem[] = [];
      const indicatorIds = input.targets.map((t, i) => fromGlobalId(t.indicatorId, 'Indicator', `input.targets.${i}.indicatorId`));
      const indicators = new Map(
        (await em.find(Indicator, { id: { $in: indicatorIds }, $or: [{ agency: null }, { agency: plan.agency.id }] })).map((i) => [
          i.id,
          i,
        ]),
      );
      const supportIds = input.targets.map((t, i) =>
        t.supportsId ? fromGlobalId(t.supportsId, 'PlanTarget', `input.targets.${i}.supportsId`) : null,
      );
      const supportable = await this.supportableTargets(plan, supportIds);
      const seen = new Set<string>();
      const checked = input.targets.map((t, i) => {
        const at = `input.targets.${i}`;
        const indicator = indicators.get(indicatorIds[i]!);
        const existing = t.id ? current.find((target) => target.id === fromGlobalId(t.id!, 'PlanTarget', `${at}.id`)) : undefined;
        if (t.id && !existing) problems.push({ field: `${at}.id`, message: 'Not a target of this plan', reason: ErrorReason.NOT_A_CHOICE });
        if (!indicator)
          problems.push({
            field: `${at}.indicatorId`,
            message: 'No such indicator in the national or agency catalogue',
            reason: ErrorReason.NOT_A_CHOICE,
          });
        else if (seen.has(indicator.id))
          problems.push({
            field: `${at}.indicatorId`,
            message: `${indicator.code} appears twice`,
            reason: ErrorReason.DUPLICATE_ITEM,
            params: { value: indicator.code },
          });
        if (indicator) seen.add(indicator.id);
        const category = t.category ?? ResultCategory.UTAMA;
        if (category === ResultCategory.UTAMA && !(t.weight > 0))
          problems.push({ field: `${at}.weight`, message: 'A main result needs a weight above 0', reason: ErrorReason.NOT_POSITIVE });
        const target = t.target ?? null;
        const targetMax = t.targetMax ?? null;
        if (indicator?.direction === Direction.TARGET_RANGE) {
          if ((target === null) !== (targetMax === null))
            problems.push({
              field: `${at}.targetMax`,
              message: 'A target range needs both bounds, or neither',
              reason: ErrorReason.BOTH_OR_NEITHER,
            });
          else if (target !== null && targetMax !== null && target > targetMax)
            problems.push({
              field: `${at}.targetMax`,
              message: 'The upper bound is below the lower bound',
              reason: ErrorReason.BOUNDS_REVERSED,
            });
        } else if (targetMax !== null)
          problems.push({
            field: `${at}.targetMax`,
            message: 'Only a target-range indicator has an upper bound',
            reason: ErrorReason.NOT_APPLICABLE,
          });
        const supports = supportIds[i] ? supportable.get(supportIds[i]!) : null;
        if (supportIds[i] && !supports)
          problems.push({
            field: `${at}.supportsId`,
            message: "Not a target of the appraiser's plan for this period",
            reason: ErrorReason.NOT_A_CHOICE,
          });
        return {
          existing,
          indicator,
          category,
          weight: t.weight,
          target,
          targetMax,
          supports: supports ?? null,
          description: t.description?.trim() || null,
          aspect: t.aspect ?? null,
        };
      });
      if (input.targets.length > 0) {
        const weights = weightProblem(checked, 'input.targets');
        if (weights) problems.push(weights);
      }
      if (problems.length) refuseItems(problems, checked);

      const kept = new Set(checked.flatMap((c) => (c.existing ? [c.existing.id] : [])));
      for (const target of current) if (!kept.has(target.id)) em.remove(target);
      checked.forEach((c, index) => {
        const values = {
          indicator: ref(c.indicator!),
          category: c.category,
          weight: c.weight,
          target: c.target,
          targetMax: c.targetMax,
          supports: c.supports ? ref(c.supports) : null,
          description: c.description,
          aspect: c.aspect,
          sortOrder: index + 1,
        };
        if (c.existing) Object.assign(c.existing, values);
        else em.create(PlanTarget, { ...values, plan });
      });
      plan.updatedAt = new Date(); // a change of targets is a change of the plan: its version moves on
      await em.flush();
      return plan;
    });
  }

  async submit(input: PlanStepInput): Promise<PerformancePlan> {
    return this.step(input, [PlanStatus.DRAFT, PlanStatus.RETURNED], PlanStatus.SUBMITTED, async (plan) => {
      this.assertAuthorOrHr(plan);
      const targets = await this.targets(plan);
      const problems: FieldProblem[] = [];
      const weights = weightProblem(targets, 'input.id');
      if (weights) problems.push(weights);
      targets.forEach((target, index) => {
        if (target.target === null)
          problems.push({ field: 'input.id', message: `Target ${index + 1} has no target value`, reason: ErrorReason.REQUIRED });
      });
      if (problems.length) refuseItems(problems, targets);
      plan.submittedAt = new Date();
      plan.returnComment = null;
    });
  }

  async approve(input: PlanStepInput): Promise<PerformancePlan> {
    return this.step(input, [PlanStatus.SUBMITTED], PlanStatus.APPROVED, async (plan) => {
      assertRecordedRole(this.ctx, plan, 'appraiser', 'approve or return it');
      plan.approvedAt = new Date();
    });
  }

  async return(input: ReturnPlanInput): Promise<PerformancePlan> {
    return this.step(input, [PlanStatus.SUBMITTED], PlanStatus.RETURNED, async (plan) => {
      assertRecordedRole(this.ctx, plan, 'appraiser', 'approve or return it');
      const comment = input.comment.trim();
      if (comment.length < 3) throw badInput('input.comment', 'Say what to change', ErrorReason.TOO_SHORT, { min: 3 });
      plan.returnComment = comment;
    });
  }

  private async step(input: PlanStepInput, from: PlanStatus[], to: PlanStatus, check: (plan: PerformancePlan) => Promise<void>) {
    return inTransaction(this.ctx.em, async () => {
      const plan = await this.getForChange(input.id, 'input.id');
      assertVersion(plan, input.version);
      if (!from.includes(plan.status)) {
        throw conflict(`A ${plan.status} plan cannot become ${to} (only from ${from.join(' or ')})`, {
          reason: ErrorReason.STATUS_TRANSITION,
          params: { from: plan.status, to: to, statusType: 'PlanStatus' },
          field: 'input.id',
          status: plan.status,
        });
      }
      await check(plan);
      plan.status = to;
      await this.ctx.em.flush();
      return plan;
    });
  }

  /** A plan to change: readable by the actor (else NOT_FOUND), its period not closed. */
  async getForChange(globalId: string, field: string): Promise<PerformancePlan> {
    const plan = await this.get(globalId, field);
    const period = await this.ctx.em.findOneOrFail(AppraisalPeriod, { id: plan.period.id });
    assertPeriodOpen(period, field);
    return plan;
  }

  assertAuthorOrHr(plan: PerformancePlan): void {
    const actor = requireActor(this.ctx);
    if (actor.employeeId === plan.employee.id) return;
    if (may(actor, 'plans.manageAgency')) return assertAgencyWritable(actor, plan.agency.id);
    throw forbidden('Only the employee or HR may change a plan before it is approved');
  }

  /** Targets of the appraiser's plan in the same period, by id: what this plan's targets may support. */
  private async supportableTargets(plan: PerformancePlan, ids: (string | null)[]): Promise<Map<string, PlanTarget>> {
    const wanted = ids.filter((id): id is string => id !== null);
    if (!wanted.length || !plan.appraiser) return new Map();
    const rows = await this.ctx.em.find(PlanTarget, { id: { $in: wanted }, plan: { period: plan.period.id, employee: plan.appraiser.id } });
    return new Map(rows.map((row) => [row.id, row]));
  }
}
