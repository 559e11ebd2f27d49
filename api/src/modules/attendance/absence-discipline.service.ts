import type { FilterQuery } from '@mikro-orm/core';
import { may, reachesAllAgencies } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { agencyWhere, assertAgencyWritable } from '../../access/scope.js';
import { User } from '../auth/user.entity.js';
import { DisciplineService } from '../discipline/discipline.service.js';
import { FollowUpOutcome } from '../discipline/follow-up.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { ladderStep, longestRun } from './absence-ladder.js';
import { AbsenceDisciplineDecision } from './absence-discipline.entity.js';
import type {
  AbsenceDisciplineDecisionPayload,
  AbsenceDisciplineProposal,
  ActOnAbsenceProposalInput,
  DismissAbsenceProposalInput,
} from './absence-discipline.types.js';
import { AttendanceStatus } from './attendance.entity.js';
import { AttendanceService } from './attendance.service.js';

export const ABSENCE_ARTICLE = 'PP 94/2021 Pasal 4 huruf f (masuk kerja dan menaati ketentuan jam kerja)';

/**
 * The unexcused absence ladder as proposals, never sanctions: HR opens a
 * disciplinary case from one (it then follows the discipline module's flow:
 * examination, decision, appeal) or dismisses it. Kept apart from the
 * period-based follow-up rules because its trigger is a count of days in a
 * year, not a predicate of a closed period; the decision is recorded the same way.
 */
export class AbsenceDisciplineService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Employees of the actor's agency (HR) whose unexcused days reach a step not yet decided on; by name. */
  async proposals(year: number, employeeId: string | null = null): Promise<AbsenceDisciplineProposal[]> {
    const { em } = this.ctx;
    const actor = requireActor(this.ctx);
    if (!may(actor, 'discipline.manage')) throw forbidden('Only HR reviews the absence ladder');
    const agencyId = reachesAllAgencies(actor) ? null : (actor.agencyId ?? '00000000-0000-0000-0000-000000000000');
    const absences = await em.execute<{ employee_id: string; date: string }[]>(
      `select r.employee_id, to_char(r.date, 'YYYY-MM-DD') as date from attendance_records r
        where r.status = ? and r.working_day and r.date between ? and ? ${agencyId ? 'and r.agency_id = ?' : ''}
          ${employeeId ? 'and r.employee_id = ?' : ''}
        order by r.employee_id, r.date`,
      [
        AttendanceStatus.TANPA_KETERANGAN,
        `${year}-01-01`,
        `${year}-12-31`,
        ...(agencyId ? [agencyId] : []),
        ...(employeeId ? [employeeId] : []),
      ],
    );
    const byEmployee = new Map<string, string[]>();
    for (const row of absences) byEmployee.set(row.employee_id, [...(byEmployee.get(row.employee_id) ?? []), row.date]);
    const candidates = [...byEmployee].filter(([, dates]) => ladderStep(dates.length, dates.length) !== null);
    if (candidates.length === 0) return [];
    const employees = await em.find(Employee, {
      $and: [{ id: { $in: candidates.map(([id]) => id) } }, agencyWhere(actor)],
    } as FilterQuery<Employee>);
    const decided = await em.find(AbsenceDisciplineDecision, { employee: { $in: employees.map((e) => e.id) }, year });
    const highest = new Map<string, number>();
    for (const decision of decided) highest.set(decision.employee.id, Math.max(highest.get(decision.employee.id) ?? 0, decision.fromDays));
    const allDates = candidates.flatMap(([, dates]) => dates);
    const dayOf = await new AttendanceService(this.ctx).daysFor(employees, allDates);
    const proposals: AbsenceDisciplineProposal[] = [];
    for (const employee of employees) {
      const dates = byEmployee.get(employee.id)!;
      const run = longestRun(dates, (date) => dayOf(employee.id, date) !== null);
      const step = ladderStep(dates.length, run);
      if (!step || step.fromDays <= (highest.get(employee.id) ?? 0)) continue;
      const consecutive = run >= 10 ? `, ${run} consecutive working days` : '';
      proposals.push({
        employee,
        year,
        unexcusedDays: dates.length,
        longestRun: run,
        dates,
        fromDays: step.fromDays,
        sanctionTypeCode: step.sanctionTypeCode,
        reason: `${dates.length} unexcused day(s) in ${year}${consecutive}: the ladder of PP 94/2021 calls for ${step.sanctionTypeCode}`,
      });
    }
    return proposals.sort((a, b) => a.employee.name.localeCompare(b.employee.name));
  }

  async act(input: ActOnAbsenceProposalInput): Promise<AbsenceDisciplineDecisionPayload> {
    return inTransaction(this.ctx.em, async () => {
      const { employee, proposal } = await this.proposal(input.employeeId, input.year);
      const disciplinaryCase = await new DisciplineService(this.ctx).propose({
        employeeId: input.employeeId,
        violation:
          input.violation?.trim() ||
          `Tidak masuk kerja tanpa alasan yang sah ${proposal.unexcusedDays} hari kerja pada tahun ${input.year} (${proposal.dates.join(', ')}).`,
        violationDate: new Date(`${proposal.dates[proposal.dates.length - 1]}T00:00:00Z`),
        article: input.article?.trim() || ABSENCE_ARTICLE,
      });
      const decision = await this.decide(employee, proposal, FollowUpOutcome.ACTED, null, disciplinaryCase.id);
      return { decision, disciplinaryCase };
    });
  }

  async dismiss(input: DismissAbsenceProposalInput): Promise<AbsenceDisciplineDecisionPayload> {
    return inTransaction(this.ctx.em, async () => {
      const { employee, proposal } = await this.proposal(input.employeeId, input.year);
      return {
        decision: await this.decide(employee, proposal, FollowUpOutcome.DISMISSED, input.reason.trim(), null),
        disciplinaryCase: null,
      };
    });
  }

  /** The proposal still open for the employee and year (else CONFLICT). */
  private async proposal(globalId: string, year: number) {
    const actor = requireActor(this.ctx);
    if (!may(actor, 'discipline.manage')) throw forbidden('Only HR decides on the absence ladder');
    const employee = await this.ctx.em.findOne(Employee, { id: fromGlobalId(globalId, 'Employee', 'input.employeeId') });
    if (!employee) throw notFound('Employee', globalId, 'input.employeeId');
    assertAgencyWritable(actor, employee.agency.id);
    await this.ctx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`absence-ladder:${employee.id}:${year}`]);
    const [proposal] = await this.proposals(year, employee.id);
    if (!proposal)
      throw conflict('The ladder proposes nothing for this employee and year (below the next step, or decided already)', {
        field: 'input.employeeId',
      });
    return { employee, proposal };
  }

  private async decide(
    employee: Employee,
    proposal: AbsenceDisciplineProposal,
    outcome: FollowUpOutcome,
    reason: string | null,
    caseId: string | null,
  ): Promise<AbsenceDisciplineDecision> {
    const actor = requireActor(this.ctx);
    const user = await this.ctx.em.findOne(User, { id: actor.userId });
    const decision = this.ctx.em.create(AbsenceDisciplineDecision, {
      agency: employee.agency,
      employee,
      year: proposal.year,
      fromDays: proposal.fromDays,
      sanctionTypeCode: proposal.sanctionTypeCode,
      unexcusedDays: proposal.unexcusedDays,
      outcome,
      reason,
      decidedBy: user?.displayName ?? actor.username,
      disciplinaryCase: caseId,
    });
    await this.ctx.em.flush();
    return decision;
  }
}
