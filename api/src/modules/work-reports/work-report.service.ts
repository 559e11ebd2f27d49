import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { toDateString, todayInIndonesia } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope } from '../../db/records.js';
import { refreshFromWorkReports } from '../appraisals/data-sources.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, DomainError, ErrorCode, forbidden, notFound, ErrorReason } from '../../errors.js';
import { notify, Topic } from '../../events/events.js';
import { findRows, toPage, type PageArgs } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { PlanStatus, PlanTarget } from '../appraisals/performance-plan.entity.js';
import { may, type Actor } from '../../access/actor.js';
import { agencyWhere, inAgencyScope } from '../../access/scope.js';
import { User } from '../auth/user.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { EmployeeService, question } from '../employees/employee.service.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { assertPeriodOpen } from '../periods/period-checks.js';
import { WorkReport, WorkReportComment, WorkReportStatus } from './work-report.entity.js';
import { AttendanceService } from '../attendance/attendance.service.js';
import { monthRange, secondsOf } from '../attendance/calendar.js';
import { CalendarService } from '../attendance/calendar.service.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import {
  WorkReportConnection,
  WorkReportOrder,
  workReportFilterRules,
  type ApproveWorkReportInput,
  type CommentOnWorkReportInput,
  type DeleteWorkReportInput,
  type EffectiveMinutes,
  type FileWorkReportInput,
  type ReturnWorkReportInput,
  type UpdateWorkReportInput,
  type WorkReportListArgs,
} from './work-report.types.js';

const HOURS_PER_DAY = 24;

interface Timing {
  hours: number;
  minutes: number;
  startTime: string | null;
  endTime: string | null;
  overtime: boolean;
}

export class WorkReportService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Reports of the employees the actor sees: the agency (HR, evaluators), everyone below (supervisors), themself. */
  private async scope(): Promise<FilterQuery<WorkReport>> {
    const actor = requireActor(this.ctx);
    const employees = await new EmployeeService(this.ctx).readScope();
    if (Object.keys(employees).length === 0) return agencyWhere(actor) as FilterQuery<WorkReport>;
    return { $and: [agencyWhere(actor), { employee: employees }] } as FilterQuery<WorkReport>;
  }

  async list(args: WorkReportListArgs) {
    const page = toPage(
      args,
      this.ctx,
      'WorkReport.list',
      WorkReportOrder.toOrderBy(args.orderBy, { date: 'desc', submittedAt: 'desc' } as never),
    );
    const where = {
      $and: [
        await this.scope(),
        toWhere(args.filter as Record<string, unknown>, workReportFilterRules, (term) => ({
          $or: [{ activity: { $ilike: containing(term) } }, { output: { $ilike: containing(term) } }],
        })),
      ],
    } as FilterQuery<WorkReport>;
    const rows = await findRows(this.ctx.em, WorkReport, where, page);
    return WorkReportConnection.of(rows, page, () => this.ctx.em.count(WorkReport, where));
  }

  /** The supervisor's queue: SUBMITTED reports of the actor's direct subordinates, oldest first. */
  async queue(args: PageArgs) {
    const page = toPage(args, this.ctx, 'WorkReport.queue', [{ submittedAt: 'asc' }, { id: 'asc' }]);
    const actor = requireActor(this.ctx);
    const self = actor.employeeId ? await this.ctx.em.findOne(Employee, { id: actor.employeeId }) : null;
    const subordinates = self ? await new EmployeeService(this.ctx).subordinates(self) : [];
    const where: FilterQuery<WorkReport> = { employee: { $in: subordinates.map((e) => e.id) }, status: WorkReportStatus.SUBMITTED };
    const rows = subordinates.length ? await findRows(this.ctx.em, WorkReport, where, page) : [];
    return WorkReportConnection.of(rows, page, async () => (subordinates.length ? this.ctx.em.count(WorkReport, where) : 0));
  }

  async get(globalId: string, field = 'id'): Promise<WorkReport> {
    return findInScope(this.ctx.em, WorkReport, globalId, field, await this.scope());
  }

  /** A report by row id within the actor's access (subscriptions receive row ids). */
  async getRow(id: string): Promise<WorkReport> {
    const report = await this.ctx.em.findOne(WorkReport, { $and: [{ id }, await this.scope()] } as FilterQuery<WorkReport>);
    if (!report) throw notFound('WorkReport', id);
    return report;
  }

  /** Whether a newly filed report concerns this subscriber: someone else's, within their access. */
  async concernsSubscriber(id: string): Promise<boolean> {
    const actor = requireActor(this.ctx);
    const where = { $and: [{ id }, await this.scope()] } as FilterQuery<WorkReport>;
    const report = await this.ctx.em.findOne(WorkReport, where);
    return report !== null && report.employee.id !== actor.employeeId;
  }

  async comments(report: WorkReport): Promise<WorkReportComment[]> {
    return this.ctx.em.find(WorkReportComment, { report: report.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Files a day's work for the actor's own employee record. */
  async file(input: FileWorkReportInput): Promise<WorkReport> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      if (!actor.employeeId) throw forbidden('Only an account linked to an employee files work reports, for that employee');
      const employee = await em.findOneOrFail(Employee, { id: actor.employeeId });
      const date = toDateString(input.date);
      await this.assertDayOpen(employee, date, 'input.date', true);
      const target = input.targetId ? await this.planTarget(employee, date, input.targetId, 'input.targetId') : null;
      const timing = await this.timing(employee, date, {
        hours: input.hours ?? null,
        startTime: input.startTime ?? null,
        endTime: input.endTime ?? null,
        overtime: input.overtime ?? false,
      });
      await this.assertHours(employee, date, timing.hours, null);
      await this.assertNoOverlap(employee, date, timing, null);
      const report = em.create(WorkReport, {
        agency: employee.agency,
        employee,
        date,
        activity: input.activity.trim(),
        output: input.output.trim(),
        ...timing,
        target: target ? ref(target) : null,
        evidenceLinks: input.evidenceLinks ?? [],
      });
      await em.flush();
      await notify(em, Topic.WORK_REPORT_FILED, { reportId: report.id });
      return report;
    });
  }

  /** Edits an own SUBMITTED or RETURNED report; a returned one goes back to the supervisor's queue. */
  async update(input: UpdateWorkReportInput): Promise<WorkReport> {
    return inTransaction(this.ctx.em, async () => {
      const report = await this.getOwn(input.id, 'input.id');
      assertVersion(report, input.version);
      if (report.status === WorkReportStatus.APPROVED) {
        throw conflict('An approved report can no longer change', {
          field: 'input.id',
          status: report.status,
          params: { status: report.status, statusType: 'WorkReportStatus' },
        });
      }
      const employee = await this.ctx.em.findOneOrFail(Employee, { id: report.employee.id });
      await this.assertDayOpen(employee, report.date, 'input.id', false);
      const date = input.date ? toDateString(input.date) : report.date;
      if (date !== report.date) await this.assertDayOpen(employee, date, 'input.date', true);

      let target = report.target ? await this.ctx.em.findOneOrFail(PlanTarget, { id: report.target.id }) : null;
      if (input.targetId !== undefined) {
        target = input.targetId ? await this.planTarget(employee, date, input.targetId, 'input.targetId') : null;
      } else if (target && date !== report.date) {
        // The linked target must still belong to a plan whose period covers the new day.
        await this.planTarget(employee, date, target.nodeId, 'input.date');
      }
      const startTime = input.startTime !== undefined ? input.startTime : (report.startTime?.slice(0, 5) ?? null);
      const endTime = input.endTime !== undefined ? input.endTime : (report.endTime?.slice(0, 5) ?? null);
      // A timed report takes its hours from the times (given hours must match); a duration keeps its hours unless changed.
      const timed = startTime !== null || endTime !== null;
      const timing = await this.timing(employee, date, {
        hours: input.hours ?? (timed ? null : report.hours),
        startTime,
        endTime,
        overtime: input.overtime ?? report.overtime,
      });
      await this.assertHours(employee, date, timing.hours, report.id);
      await this.assertNoOverlap(employee, date, timing, report.id);

      const resubmitted = report.status === WorkReportStatus.RETURNED;
      Object.assign(report, {
        date,
        ...timing,
        target: target ? ref(target) : null,
        ...(input.activity != null ? { activity: input.activity.trim() } : {}),
        ...(input.output != null ? { output: input.output.trim() } : {}),
        ...(input.evidenceLinks != null ? { evidenceLinks: input.evidenceLinks } : {}),
      });
      if (resubmitted) {
        Object.assign(report, { status: WorkReportStatus.SUBMITTED, submittedAt: new Date() });
        Object.assign(report, { reviewer: null, reviewerName: null, reviewedAt: null, reviewComment: null });
      }
      await this.ctx.em.flush();
      if (resubmitted) await notify(this.ctx.em, Topic.WORK_REPORT_FILED, { reportId: report.id });
      return report;
    });
  }

  async delete(input: DeleteWorkReportInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const report = await this.getOwn(input.id, 'input.id');
      if (input.version != null) assertVersion(report, input.version);
      if (report.status === WorkReportStatus.APPROVED) {
        throw conflict('An approved report cannot be deleted', {
          field: 'input.id',
          status: report.status,
          params: { status: report.status, statusType: 'WorkReportStatus' },
        });
      }
      const employee = await em.findOneOrFail(Employee, { id: report.employee.id });
      await this.assertDayOpen(employee, report.date, 'input.id', false);
      // Removed one by one (not by the cascade) so that the audit trail lists them.
      for (const comment of await this.comments(report)) em.remove(comment);
      em.remove(report);
      await em.flush();
      return input.id;
    });
  }

  async approve(input: ApproveWorkReportInput): Promise<WorkReport> {
    return this.review(input, WorkReportStatus.APPROVED, input.comment?.trim() || null);
  }

  async return(input: ReturnWorkReportInput): Promise<WorkReport> {
    const comment = input.comment.trim();
    if (comment.length < 3) throw badInput('input.comment', 'Say what to change', ErrorReason.TOO_SHORT, { min: 3 });
    return this.review(input, WorkReportStatus.RETURNED, comment);
  }

  private async review(input: { id: string; version: number }, to: WorkReportStatus, comment: string | null) {
    return inTransaction(this.ctx.em, async () => {
      const report = await this.get(input.id, 'input.id');
      const employee = await this.ctx.em.findOneOrFail(Employee, { id: report.employee.id });
      await this.assertReviewer(employee);
      assertVersion(report, input.version);
      if (report.status !== WorkReportStatus.SUBMITTED) {
        throw conflict(`A ${report.status} report cannot become ${to} (only a SUBMITTED one)`, {
          reason: ErrorReason.STATUS_TRANSITION,
          params: { from: report.status, to: to, statusType: 'WorkReportStatus' },
          field: 'input.id',
          status: report.status,
        });
      }
      await this.assertDayOpen(employee, report.date, 'input.id', false);
      const actor = requireActor(this.ctx);
      Object.assign(report, {
        status: to,
        reviewer: actor.employeeId ? ref(this.ctx.em.getReference(Employee, actor.employeeId)) : null,
        reviewerName: await this.displayName(actor),
        reviewedAt: new Date(),
        reviewComment: comment,
      });
      await this.ctx.em.flush();
      // A target measured by daily reports counts the approved ones.
      if (to === WorkReportStatus.APPROVED && report.target) await refreshFromWorkReports(this.ctx.em, report.target.id, report.date);
      return report;
    });
  }

  /** Both sides talk on a report: its employee, and whoever may review it. */
  async comment(input: CommentOnWorkReportInput): Promise<WorkReportComment> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      const report = await this.get(input.reportId, 'input.reportId');
      const employee = await em.findOneOrFail(Employee, { id: report.employee.id });
      if (employee.id !== actor.employeeId) await this.assertReviewer(employee);
      await this.assertDayOpen(employee, report.date, 'input.reportId', false);
      const comment = em.create(WorkReportComment, {
        report,
        author: actor.employeeId ? em.getReference(Employee, actor.employeeId) : null,
        authorName: await this.displayName(actor),
        text: input.text.trim(),
      });
      await em.flush();
      return comment;
    });
  }

  /** A report the actor may read (else NOT_FOUND) and that is their own (else FORBIDDEN). */
  private async getOwn(globalId: string, field: string): Promise<WorkReport> {
    const report = await this.get(globalId, field);
    if (report.employee.id !== requireActor(this.ctx).employeeId) throw forbidden('Only the employee changes their own work report');
    return report;
  }

  /** The employee's direct supervisor, or an administrator or HR officer of the agency; never the employee themself. */
  private async assertReviewer(employee: Employee): Promise<void> {
    const actor = requireActor(this.ctx);
    if (actor.employeeId === employee.id) throw forbidden('Nobody reviews their own work report');
    if (may(actor, 'workReports.reviewAgency') && inAgencyScope(actor, employee.agency.id)) return;
    const [supervisor] = actor.employeeId ? await new EmployeeService(this.ctx).supervisorsOf([question(employee)]) : [];
    if (supervisor && supervisor.id === actor.employeeId) return;
    throw forbidden("Only the employee's direct supervisor (atasan langsung) or HR reviews a work report");
  }

  /**
   * A day that may take reports: not in the future (for a new day), not in a
   * CLOSED period of the employee's agency (any period covering it: the year, its quarter...).
   */
  private async assertDayOpen(employee: Employee, date: string, field: string, isNewDay: boolean): Promise<void> {
    if (isNewDay && date > todayInIndonesia())
      throw badInput(field, `${date} is in the future: report work once it is done`, ErrorReason.IN_THE_FUTURE, { date });
    const periods = await this.ctx.em.find(AppraisalPeriod, {
      agency: employee.agency.id,
      startDate: { $lte: date },
      endDate: { $gte: date },
    });
    for (const period of periods) assertPeriodOpen(period, field);
  }

  /**
   * At most 24 hours a day over all the employee's reports. The day is locked
   * first, so two reports filed at the same moment cannot both slip under the limit.
   */
  private async assertHours(employee: Employee, date: string, hours: number, except: string | null): Promise<void> {
    const { em } = this.ctx;
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`work_reports:${employee.id}:${date}`]);
    const [row] = await em.execute<{ total: number | null }[]>(
      'select sum(hours) as total from work_reports where employee_id = ? and date = ? and id <> ?',
      [employee.id, date, except ?? '00000000-0000-0000-0000-000000000000'],
    );
    // In hundredths of an hour: 8.3 + 7.7 + 8 is 24, not 24.000000000000004.
    const reported = Math.round(Number(row?.total ?? 0) * 100) / 100;
    if (Math.round((reported + hours) * 100) > HOURS_PER_DAY * 100) {
      const left = Math.max(0, Math.round((HOURS_PER_DAY - reported) * 100) / 100);
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${reported} h already reported on ${date}: at most ${left} h more that day`, {
        field: 'input.hours',
        reason: ErrorReason.TOO_LARGE,
        params: { max: left },
        fields: [
          { field: 'input.hours', message: `At most ${left} h more on ${date}`, reason: ErrorReason.TOO_LARGE, params: { max: left } },
        ],
        hoursReported: reported,
        hoursLeft: left,
      });
    }
  }

  /**
   * The time a report claims: a start and end time (minutes = end - start,
   * hours derived) or a duration in hours. Without overtime, times must lie in
   * the working hours of the employee's calendar on a working day.
   */
  private async timing(
    employee: Employee,
    date: string,
    input: { hours: number | null; startTime: string | null; endTime: string | null; overtime: boolean },
  ): Promise<Timing> {
    const { startTime, endTime, overtime } = input;
    if ((startTime === null) !== (endTime === null)) {
      throw badInput(
        startTime === null ? 'input.startTime' : 'input.endTime',
        'Give both a start and an end time, or neither',
        ErrorReason.BOTH_OR_NEITHER,
      );
    }
    if (startTime === null || endTime === null) {
      if (input.hours === null) throw badInput('input.hours', 'Give the hours spent, or a start and end time', ErrorReason.REQUIRED);
      return { hours: input.hours, minutes: Math.round(input.hours * 60), startTime: null, endTime: null, overtime };
    }
    const start = secondsOf(startTime)!;
    const end = secondsOf(endTime)!;
    if (end <= start) throw badInput('input.endTime', 'The end must be after the start', ErrorReason.END_BEFORE_START);
    const minutes = (end - start) / 60;
    if (input.hours !== null && Math.round(input.hours * 60) !== minutes) {
      throw badInput('input.hours', `hours must match the start and end time (${minutes} minutes)`, ErrorReason.HOURS_MISMATCH, {
        minutes,
      });
    }
    if (!overtime) {
      const day = (await new AttendanceService(this.ctx).daysFor([employee], [date]))(employee.id, date);
      if (!day)
        throw badInput(
          'input.startTime',
          `${date} is not a working day: only overtime may be reported then`,
          ErrorReason.NOT_A_WORKING_DAY,
          { date },
        );
      if (start < secondsOf(day.start)!) {
        throw badInput(
          'input.startTime',
          `Working hours on ${date} start at ${day.start}: earlier time is overtime`,
          ErrorReason.OUTSIDE_WORKING_HOURS,
          { time: day.start },
        );
      }
      if (end > secondsOf(day.end)!)
        throw badInput(
          'input.endTime',
          `Working hours on ${date} end at ${day.end}: later time is overtime`,
          ErrorReason.OUTSIDE_WORKING_HOURS,
          { time: day.end },
        );
    }
    return { hours: minutes / 60, minutes, startTime: `${startTime}:00`, endTime: `${endTime}:00`, overtime };
  }

  /** Two timed reports of a person on one day may not share a minute (the day is locked by `assertHours`). */
  private async assertNoOverlap(employee: Employee, date: string, timing: Timing, except: string | null): Promise<void> {
    if (!timing.startTime || !timing.endTime) return;
    const clash = await this.ctx.em.findOne(WorkReport, {
      employee: employee.id,
      date,
      id: { $ne: except ?? '00000000-0000-0000-0000-000000000000' },
      startTime: { $lt: timing.endTime },
      endTime: { $gt: timing.startTime },
    });
    if (clash) {
      throw badInput(
        'input.startTime',
        `Overlaps another report of ${date} (${clash.startTime!.slice(0, 5)}-${clash.endTime!.slice(0, 5)}: ${clash.activity.slice(0, 60)})`,
        ErrorReason.OVERLAPS,
        { name: date, from: clash.startTime!.slice(0, 5), to: clash.endTime!.slice(0, 5) },
      );
    }
  }

  /**
   * An employee's effective minutes of a month: approved minutes capped at the
   * target of their calendar, and the share reached. Read by the allowance.
   */
  async effectiveMinutes(employeeGlobalId: string, month: string): Promise<EffectiveMinutes> {
    const employee = await new EmployeeService(this.ctx).get(employeeGlobalId, 'employeeId');
    return (await this.effectiveMinutesOf(employee.agency.id, [employee], month))[0]!;
  }

  /** The same for many employees of one agency, in a fixed number of statements. */
  async effectiveMinutesOf(agencyId: string, employees: readonly Employee[], month: string): Promise<EffectiveMinutes[]> {
    const { from, to } = monthRange(month);
    const units = await this.ctx.em.find(OrgUnit, { id: { $in: [...new Set(employees.map((e) => e.unit.id))] } });
    const months = await new CalendarService(this.ctx).monthsForUnits(agencyId, units, month);
    const sums = await this.ctx.em.execute<{ employee_id: string; minutes: string; overtime: string }[]>(
      `select employee_id, sum(minutes) as minutes, sum(case when overtime then minutes else 0 end) as overtime
         from work_reports where employee_id in (select jsonb_array_elements_text(?::jsonb)::uuid) and status = ? and date between ? and ?
        group by employee_id`,
      [JSON.stringify(employees.map((e) => e.id)), WorkReportStatus.APPROVED, from, to],
    );
    const byEmployee = new Map(sums.map((row) => [row.employee_id, row]));
    return employees.map((employee) => {
      const approvedMinutes = Number(byEmployee.get(employee.id)?.minutes ?? 0);
      const targetMinutes = months.get(employee.unit.id)!.targetMinutes;
      const effectiveMinutes = Math.min(approvedMinutes, targetMinutes);
      return {
        employeeId: employee.nodeId,
        month,
        approvedMinutes,
        overtimeMinutes: Number(byEmployee.get(employee.id)?.overtime ?? 0),
        targetMinutes,
        effectiveMinutes,
        shareBasisPoints: targetMinutes === 0 ? 0 : Math.floor((effectiveMinutes * 10000) / targetMinutes),
      };
    });
  }

  /** A target of the employee's own approved plan whose period covers the day. */
  private async planTarget(employee: Employee, date: string, globalId: string, field: string): Promise<PlanTarget> {
    const id = fromGlobalId(globalId, 'PlanTarget', field);
    const target = await this.ctx.em.findOne(PlanTarget, {
      id,
      plan: { employee: employee.id, status: PlanStatus.APPROVED, period: { startDate: { $lte: date }, endDate: { $gte: date } } },
    });
    if (!target)
      throw badInput(field, `Not a target of the employee's approved plan for a period covering ${date}`, ErrorReason.NOT_A_CHOICE);
    return target;
  }

  private async displayName(actor: Actor): Promise<string> {
    const user = await this.ctx.em.findOne(User, { id: actor.userId });
    return user?.displayName ?? actor.username;
  }
}
