import { ref, type FilterQuery } from '@mikro-orm/core';
import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { todayInIndonesia, toDateString } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope } from '../../db/records.js';
import { refreshFromTraining } from '../appraisals/data-sources.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, DomainError, ErrorCode, forbidden, notFound, ErrorReason, duplicate } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { fromGlobalId, toGlobalId } from '../../graphql/ids.js';
import { type Evaluation } from '../appraisals/evaluation.entity.js';
import { agencyWhere, assertAgencyWritable } from '../../access/scope.js';
import { Employee } from '../employees/employee.entity.js';
import { EmployeeService } from '../employees/employee.service.js';
import { Rating } from '../indicators/indicator.enums.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { ownerAgency } from '../indicators/owner-agency.js';
import { DEFAULT_RULES, type ScoreResult } from '../indicators/scoring.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgUnitService } from '../organization/org-unit.service.js';
import { AppraisalPeriodService } from '../periods/appraisal-period.service.js';
import { rankRecommendations, type EvaluationGaps } from './recommendation.js';
import {
  Enrollment,
  EnrollmentStatus,
  SEAT_HOLDING,
  TRAINING_KIND_MODE,
  TrainingProgram,
  TrainingSession,
  TrainingSessionStatus,
  type TrainingKind,
  type TrainingMode,
} from './training.entity.js';
import {
  EnrollmentConnection,
  EnrollmentOrder,
  enrollmentFilterRules,
  TrainingProgramConnection,
  TrainingProgramOrder,
  trainingProgramFilterRules,
  TrainingSessionConnection,
  TrainingSessionOrder,
  trainingSessionFilterRules,
  type CancelEnrollmentInput,
  type ChangeTrainingSessionStatusInput,
  type CreateTrainingProgramInput,
  type CreateTrainingSessionInput,
  type EnrollInTrainingInput,
  type EnrollmentListArgs,
  type RecommendedTraining,
  type RecordTrainingResultInput,
  type TrainingCompliance,
  type TrainingHours,
  type TrainingProgramListArgs,
  type TrainingSessionListArgs,
  type UpdateTrainingProgramInput,
  type UpdateTrainingSessionInput,
} from './training.types.js';

/** PP 11/2017 art. 203 (kept by PP 17/2020): at least 20 JP of competence development a year. */
export const MIN_JP_PER_YEAR = 20;

/**
 * The rule behind compliance, as SQL for a WITH clause: `people` holds each
 * active PNS of the agency placed in the unit subtree under `path` (''
 * for the whole agency) with the JP of their enrolments completed in
 * sessions that ended in `year`. PPPK are not counted.
 */
export function yearlyHoursCte(agencyId: string, year: number, path: string): { sql: string; params: unknown[] } {
  return {
    sql: `earned as (
        select en.employee_id, sum(en.jp_earned)::int as jp
          from enrollments en join training_sessions s on s.id = en.session_id
         where en.agency_id = ? and en.status = 'COMPLETED' and s.end_date between ? and ?
         group by en.employee_id),
      people as (
        select e.id, e.name, e.unit_id, coalesce(x.jp, 0) as jp
          from employees e join org_units u on u.id = e.unit_id left join earned x on x.employee_id = e.id
         where e.agency_id = ? and e.status = 'AKTIF' and e.employment_type = 'PNS' and u.path like ?)`,
    params: [agencyId, `${year}-01-01`, `${year}-12-31`, agencyId, `${path}%`],
  };
}
/** How many earlier periods recommendations look back on for repeated gaps. */
const LOOKBACK_PERIODS = 8;

const SESSION_STEPS: Record<TrainingSessionStatus, TrainingSessionStatus[]> = {
  SCHEDULED: [TrainingSessionStatus.ONGOING, TrainingSessionStatus.CANCELLED],
  ONGOING: [TrainingSessionStatus.COMPLETED, TrainingSessionStatus.CANCELLED],
  COMPLETED: [],
  CANCELLED: [],
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The training catalogue, its sessions and enrolments, competence development
 * hours (JP) and the trainings an evaluation's gaps call for. Seats are counted
 * under a row lock on the session, so two enrolments at the same moment never
 * both take the last seat.
 */
export class TrainingService {
  constructor(private readonly ctx: ServiceContext) {}

  // ----- catalogue -----

  /** The catalogue is readable by everyone of the agency. */
  private agencyScope<T>(): FilterQuery<T> {
    return agencyWhere(requireActor(this.ctx)) as FilterQuery<T>;
  }

  private assertEditor(agencyId: string): void {
    const actor = requireActor(this.ctx);
    if (!may(actor, 'training.manage')) throw forbidden('Only HR manages training programmes, sessions and results');
    assertAgencyWritable(actor, agencyId);
  }

  async listPrograms(args: TrainingProgramListArgs) {
    const page = toPage(args, this.ctx, 'TrainingProgram.listPrograms', TrainingProgramOrder.toOrderBy(args.orderBy, { code: 'asc' }));
    const where = {
      $and: [
        this.agencyScope<TrainingProgram>(),
        toWhere(args.filter as Record<string, unknown>, trainingProgramFilterRules, (term) => ({
          $or: [
            { code: { $ilike: containing(term) } },
            { title: { $ilike: containing(term) } },
            { provider: { $ilike: containing(term) } },
          ],
        })),
      ],
    } as FilterQuery<TrainingProgram>;
    const rows = await findPage(this.ctx.em, TrainingProgram, where, page);
    return TrainingProgramConnection.of(rows, page, () => this.ctx.em.count(TrainingProgram, where));
  }

  async getProgram(globalId: string, field = 'id'): Promise<TrainingProgram> {
    return findInScope(this.ctx.em, TrainingProgram, globalId, field, this.agencyScope<TrainingProgram>());
  }

  private async programForWrite(globalId: string, field: string): Promise<TrainingProgram> {
    const program = await this.ctx.em.findOne(TrainingProgram, { id: fromGlobalId(globalId, 'TrainingProgram', field) });
    if (!program) throw notFound('TrainingProgram', globalId, field);
    this.assertEditor(program.agency.id);
    return program;
  }

  async createProgram(input: CreateTrainingProgramInput): Promise<TrainingProgram> {
    return inTransaction(this.ctx.em, async () => {
      const agencyId = (await ownerAgency(this.ctx, input.agencyId, false))!;
      this.assertEditor(agencyId);
      assertKind(input.mode, input.kind, 'input.kind');
      if (await this.ctx.em.count(TrainingProgram, { agency: agencyId, code: input.code }))
        throw duplicate('input.code', `The agency already has a programme ${input.code}`, input.code);
      const program = this.ctx.em.create(TrainingProgram, {
        agency: agencyId,
        code: input.code,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        competencyArea: input.competencyArea,
        mode: input.mode,
        kind: input.kind,
        jpHours: input.jpHours,
        provider: input.provider?.trim() || null,
        indicatorIds: await this.indicatorIds(input.indicatorIds ?? [], agencyId, 'input.indicatorIds'),
        behaviourValueCodes: [...new Set(input.behaviourValueCodes ?? [])],
        active: input.active ?? true,
      });
      await this.ctx.em.flush();
      return program;
    });
  }

  async updateProgram(input: UpdateTrainingProgramInput): Promise<TrainingProgram> {
    return inTransaction(this.ctx.em, async () => {
      const program = await this.programForWrite(input.id, 'input.id');
      assertVersion(program, input.version);
      assertKind(input.mode ?? program.mode, input.kind ?? program.kind, input.kind ? 'input.kind' : 'input.mode');
      if (input.title != null) program.title = input.title.trim();
      if (input.description !== undefined) program.description = input.description?.trim() || null;
      if (input.competencyArea != null) program.competencyArea = input.competencyArea;
      if (input.mode != null) program.mode = input.mode;
      if (input.kind != null) program.kind = input.kind;
      if (input.jpHours != null) program.jpHours = input.jpHours;
      if (input.provider !== undefined) program.provider = input.provider?.trim() || null;
      if (input.indicatorIds != null)
        program.indicatorIds = await this.indicatorIds(input.indicatorIds, program.agency.id, 'input.indicatorIds');
      if (input.behaviourValueCodes != null) program.behaviourValueCodes = [...new Set(input.behaviourValueCodes)];
      if (input.active != null) program.active = input.active;
      await this.ctx.em.flush();
      return program;
    });
  }

  /** Indicators the agency may use (national or its own), as row ids. */
  private async indicatorIds(globalIds: string[], agencyId: string, field: string): Promise<string[]> {
    const ids = [...new Set(globalIds.map((id, i) => fromGlobalId(id, 'Indicator', `${field}.${i}`)))];
    if (ids.length === 0) return [];
    const found = await this.ctx.em.find(Indicator, { id: { $in: ids }, $or: [{ agency: null }, { agency: agencyId }] });
    const missing = ids.findIndex((id) => !found.some((indicator) => indicator.id === id));
    if (missing >= 0)
      throw badInput(`${field}.${missing}`, 'Not an indicator of the agency or the national catalogue', ErrorReason.NOT_A_CHOICE);
    return ids;
  }

  // ----- sessions -----

  async listSessions(args: TrainingSessionListArgs) {
    const page = toPage(
      args,
      this.ctx,
      'TrainingSession.listSessions',
      TrainingSessionOrder.toOrderBy(args.orderBy, { startDate: 'desc' }),
    );
    const where = {
      $and: [
        this.agencyScope<TrainingSession>(),
        toWhere(args.filter as Record<string, unknown>, trainingSessionFilterRules, (term) => ({
          $or: [
            { name: { $ilike: containing(term) } },
            { location: { $ilike: containing(term) } },
            { trainer: { $ilike: containing(term) } },
          ],
        })),
      ],
    } as FilterQuery<TrainingSession>;
    const rows = await findPage(this.ctx.em, TrainingSession, where, page);
    return TrainingSessionConnection.of(rows, page, () => this.ctx.em.count(TrainingSession, where));
  }

  async getSession(globalId: string, field = 'id'): Promise<TrainingSession> {
    return findInScope(this.ctx.em, TrainingSession, globalId, field, this.agencyScope<TrainingSession>());
  }

  /**
   * The session within the actor's agency, its row locked until the transaction
   * ends: every change to its seats goes through here, one at a time.
   */
  private async lockedSession(globalId: string, field: string): Promise<TrainingSession> {
    const id = fromGlobalId(globalId, 'TrainingSession', field);
    await this.ctx.em.execute('select id from training_sessions where id = ? for update', [id]);
    const session = await this.ctx.em.findOne(
      TrainingSession,
      { $and: [{ id }, this.agencyScope<TrainingSession>()] } as FilterQuery<TrainingSession>,
      { refresh: true },
    );
    if (!session) throw notFound('TrainingSession', globalId, field);
    return session;
  }

  async createSession(input: CreateTrainingSessionInput): Promise<TrainingSession> {
    return inTransaction(this.ctx.em, async () => {
      const program = await this.programForWrite(input.programId, 'input.programId');
      if (!program.active)
        throw badInput('input.programId', `The programme ${program.code} is inactive`, ErrorReason.INACTIVE, { name: program.code });
      const startDate = toDateString(input.startDate);
      const endDate = toDateString(input.endDate);
      if (endDate < startDate) throw badInput('input.endDate', 'The last day is before the first', ErrorReason.END_BEFORE_START);
      const online = input.online ?? false;
      const location = input.location?.trim() || null;
      if (!online && !location)
        throw badInput('input.location', 'Say where the session takes place, or mark it online', ErrorReason.REQUIRED);
      const session = this.ctx.em.create(TrainingSession, {
        agency: program.agency,
        program: ref(program),
        name: input.name.trim(),
        startDate,
        endDate,
        location,
        online,
        capacity: input.capacity,
        trainer: input.trainer?.trim() || null,
      });
      await this.ctx.em.flush();
      return session;
    });
  }

  async updateSession(input: UpdateTrainingSessionInput): Promise<{ session: TrainingSession; affected: Enrollment[] }> {
    return inTransaction(this.ctx.em, async () => {
      const session = await this.lockedSession(input.id, 'input.id');
      this.assertEditor(session.agency.id);
      assertVersion(session, input.version);
      if (session.status === TrainingSessionStatus.COMPLETED || session.status === TrainingSessionStatus.CANCELLED)
        throw conflict(`A ${session.status} session no longer changes`, {
          field: 'input.id',
          status: session.status,
          params: { status: session.status, statusType: 'TrainingSessionStatus' },
        });
      const startDate = input.startDate ? toDateString(input.startDate) : session.startDate;
      const endDate = input.endDate ? toDateString(input.endDate) : session.endDate;
      if (endDate < startDate)
        throw badInput(
          input.endDate ? 'input.endDate' : 'input.startDate',
          'The last day is before the first',
          ErrorReason.END_BEFORE_START,
        );
      if (input.capacity != null) {
        const taken = await this.seatsTaken(session.id);
        if (input.capacity < taken) {
          throw new DomainError(ErrorCode.BAD_USER_INPUT, `${taken} seats are taken: cancel enrolments before reducing the capacity`, {
            field: 'input.capacity',
            reason: ErrorReason.TOO_SMALL,
            params: { min: taken },
            fields: [
              {
                field: 'input.capacity',
                message: `At least ${taken} (the seats taken)`,
                reason: ErrorReason.TOO_SMALL,
                params: { min: taken },
              },
            ],
            seatsTaken: taken,
          });
        }
        session.capacity = input.capacity;
      }
      if (startDate !== session.startDate || endDate !== session.endDate) {
        await this.assertNoClashOnNewDays(session, startDate, endDate, input.startDate ? 'input.startDate' : 'input.endDate');
      }
      Object.assign(session, { startDate, endDate });
      if (input.name != null) session.name = input.name.trim();
      if (input.online != null) session.online = input.online;
      if (input.location !== undefined) session.location = input.location?.trim() || null;
      if (!session.online && !session.location)
        throw badInput('input.location', 'Say where the session takes place, or mark it online', ErrorReason.REQUIRED);
      if (input.trainer !== undefined) session.trainer = input.trainer?.trim() || null;
      await this.ctx.em.flush();
      const affected = await this.promote(session);
      await this.ctx.em.flush();
      return { session, affected };
    });
  }

  /**
   * New days must not make an enrolment of the session overlap another active
   * enrolment of the same employee (as `assertNoClash` refuses at enrolment).
   * The enrolled employees' locks are taken first, so that no overlapping
   * enrolment slips in meanwhile.
   */
  private async assertNoClashOnNewDays(session: TrainingSession, startDate: string, endDate: string, field: string): Promise<void> {
    const { em } = this.ctx;
    await em.execute(
      `select pg_advisory_xact_lock(hashtext('enrollments:' || employee_id)) from enrollments
        where session_id = ? and status <> ? order by employee_id`,
      [session.id, EnrollmentStatus.CANCELLED],
    );
    const [clash] = await em.execute<
      { employee_id: string; employee_name: string; other_id: string; other_name: string; start_date: string; end_date: string }[]
    >(
      `select p.id as employee_id, p.name as employee_name, o.id as other_id, o.name as other_name,
              o.start_date::text as start_date, o.end_date::text as end_date
         from enrollments mine
         join enrollments theirs on theirs.employee_id = mine.employee_id and theirs.session_id <> mine.session_id
                                and theirs.status <> ?
         join training_sessions o on o.id = theirs.session_id and o.status <> ? and o.start_date <= ? and o.end_date >= ?
         join employees p on p.id = mine.employee_id
        where mine.session_id = ? and mine.status <> ?
        order by p.name, o.start_date, o.id
        limit 1`,
      [EnrollmentStatus.CANCELLED, TrainingSessionStatus.CANCELLED, endDate, startDate, session.id, EnrollmentStatus.CANCELLED],
    );
    if (!clash) return;
    throw conflict(
      `${clash.employee_name} is enrolled in the session ${clash.other_name} (${clash.start_date} to ${clash.end_date}), which would overlap ${session.name} on its new days (${startDate} to ${endDate})`,
      {
        field,
        reason: ErrorReason.OVERLAPPING_SESSION,
        employeeId: toGlobalId('Employee', clash.employee_id),
        sessionId: toGlobalId('TrainingSession', clash.other_id),
        sessionName: clash.other_name,
      },
    );
  }

  async changeSessionStatus(input: ChangeTrainingSessionStatusInput): Promise<{ session: TrainingSession; affected: Enrollment[] }> {
    return inTransaction(this.ctx.em, async () => {
      const session = await this.lockedSession(input.id, 'input.id');
      this.assertEditor(session.agency.id);
      assertVersion(session, input.version);
      if (!SESSION_STEPS[session.status].includes(input.status)) {
        throw conflict(`A ${session.status} session cannot become ${input.status}`, {
          reason: ErrorReason.STATUS_TRANSITION,
          params: { from: session.status, to: input.status, statusType: 'TrainingSessionStatus' },
          field: 'input.status',
          status: session.status,
        });
      }
      const today = todayInIndonesia();
      if (input.status === TrainingSessionStatus.ONGOING && today < session.startDate)
        throw conflict(`The session starts on ${session.startDate}`, { field: 'input.status' });
      if (input.status === TrainingSessionStatus.COMPLETED && today < session.endDate)
        throw conflict(`The session ends on ${session.endDate}: it completes from that day`, { field: 'input.status' });
      session.status = input.status;
      let affected: Enrollment[] = [];
      if (input.status === TrainingSessionStatus.CANCELLED) {
        affected = await this.ctx.em.find(Enrollment, {
          session: session.id,
          status: { $in: [EnrollmentStatus.REGISTERED, EnrollmentStatus.WAITLISTED, EnrollmentStatus.ATTENDED] },
        });
        for (const enrollment of affected)
          Object.assign(enrollment, { status: EnrollmentStatus.CANCELLED, cancelReason: 'Session cancelled' });
      }
      await this.ctx.em.flush();
      return { session, affected };
    });
  }

  private async seatsTaken(sessionId: string): Promise<number> {
    return this.ctx.em.count(Enrollment, { session: sessionId, status: { $in: SEAT_HOLDING } });
  }

  /** Free seats go to the waiting list in order of enrolment. The caller holds the session's lock and has flushed. */
  private async promote(session: TrainingSession): Promise<Enrollment[]> {
    const free = session.capacity - (await this.seatsTaken(session.id));
    if (free <= 0) return [];
    const waiting = await this.ctx.em.find(
      Enrollment,
      { session: session.id, status: EnrollmentStatus.WAITLISTED },
      { orderBy: [{ enrolledAt: 'asc' }, { id: 'asc' }], limit: free },
    );
    for (const enrollment of waiting) enrollment.status = EnrollmentStatus.REGISTERED;
    return waiting;
  }

  // ----- enrolments -----

  /** Enrolments of the employees the actor sees (HR: the agency; a supervisor: everyone below; an employee: their own). */
  private async enrollmentScope(): Promise<FilterQuery<Enrollment>> {
    const employees = await new EmployeeService(this.ctx).readScope();
    return { $and: [this.agencyScope<Enrollment>(), { employee: employees }] } as FilterQuery<Enrollment>;
  }

  async listEnrollments(args: EnrollmentListArgs) {
    const page = toPage(args, this.ctx, 'Enrollment.listEnrollments', EnrollmentOrder.toOrderBy(args.orderBy, { enrolledAt: 'asc' }));
    const where = {
      $and: [await this.enrollmentScope(), toWhere(args.filter as Record<string, unknown>, enrollmentFilterRules)],
    } as FilterQuery<Enrollment>;
    const rows = await findPage(this.ctx.em, Enrollment, where, page);
    return EnrollmentConnection.of(rows, page, () => this.ctx.em.count(Enrollment, where));
  }

  /** The visible enrolments of several sessions in one statement, in order of enrolment. */
  async enrollmentsOfSessions(sessionIds: readonly string[]): Promise<Enrollment[][]> {
    const rows = await this.ctx.em.find(
      Enrollment,
      { $and: [await this.enrollmentScope(), { session: { $in: [...sessionIds] } }] } as FilterQuery<Enrollment>,
      { orderBy: [{ enrolledAt: 'asc' }, { id: 'asc' }] },
    );
    return sessionIds.map((id) => rows.filter((row) => row.session.id === id));
  }

  async getEnrollment(globalId: string, field = 'id'): Promise<Enrollment> {
    return findInScope(this.ctx.em, Enrollment, globalId, field, await this.enrollmentScope());
  }

  /** HR of the agency, the employee themself, or a supervisor of theirs (the employee is in their scope). */
  private assertMayEnrol(employee: Employee): void {
    const actor = requireActor(this.ctx);
    if (may(actor, 'training.manage')) return assertAgencyWritable(actor, employee.agency.id);
    if (actor.employeeId === employee.id) return;
    if (may(actor, 'team.supervise')) return; // the employee was found within the supervisor's scope
    throw forbidden('Only HR, the employee or their supervisor enrols an employee');
  }

  async enroll(input: EnrollInTrainingInput): Promise<Enrollment> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      const employeeId = input.employeeId ?? (actor.employeeId ? toGlobalId('Employee', actor.employeeId) : null);
      if (!employeeId) throw badInput('input.employeeId', 'Name the employee to enrol', ErrorReason.REQUIRED);
      const employee = await new EmployeeService(this.ctx).get(employeeId, 'input.employeeId');
      this.assertMayEnrol(employee);
      const session = await this.lockedSession(input.sessionId, 'input.sessionId');
      if (session.agency.id !== employee.agency.id)
        throw badInput('input.sessionId', 'The session belongs to another agency', ErrorReason.OTHER_AGENCY);
      if (session.status !== TrainingSessionStatus.SCHEDULED && session.status !== TrainingSessionStatus.ONGOING) {
        throw conflict(`The session ${session.name} is ${session.status}: it takes no enrolments`, {
          field: 'input.sessionId',
          status: session.status,
          params: { status: session.status, statusType: 'TrainingSessionStatus' },
        });
      }
      // One enrolment at a time per employee, so two overlapping sessions cannot both be taken at once.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`enrollments:${employee.id}`]);
      await this.assertNoClash(employee, session);
      const taken = await this.seatsTaken(session.id);
      const enrollment = em.create(Enrollment, {
        agency: session.agency,
        employee,
        session: ref(session),
        status: taken < session.capacity ? EnrollmentStatus.REGISTERED : EnrollmentStatus.WAITLISTED,
      });
      await em.flush();
      return enrollment;
    });
  }

  /** Not twice in one session, nor in sessions whose days overlap (cancelled ones aside). */
  private async assertNoClash(employee: Employee, session: TrainingSession): Promise<void> {
    const clash = await this.ctx.em.findOne(
      Enrollment,
      {
        employee: employee.id,
        status: { $nin: [EnrollmentStatus.CANCELLED] },
        session: {
          status: { $ne: TrainingSessionStatus.CANCELLED },
          startDate: { $lte: session.endDate },
          endDate: { $gte: session.startDate },
        },
      },
      { populate: ['session'], orderBy: { session: { startDate: 'asc' } } },
    );
    if (!clash) return;
    const other = clash.session.getEntity();
    const otherId = toGlobalId('TrainingSession', other.id);
    if (other.id === session.id) {
      throw conflict(`${employee.name} is already enrolled in the session ${other.name} (${clash.status})`, {
        field: 'input.employeeId',
        reason: ErrorReason.ALREADY_ENROLLED,
        enrollmentId: clash.nodeId,
        sessionId: otherId,
      });
    }
    throw conflict(
      `${employee.name} is enrolled in the session ${other.name} (${other.startDate} to ${other.endDate}), which overlaps ${session.name} (${session.startDate} to ${session.endDate})`,
      {
        field: 'input.sessionId',
        reason: ErrorReason.OVERLAPPING_SESSION,
        enrollmentId: clash.nodeId,
        sessionId: otherId,
        sessionName: other.name,
      },
    );
  }

  async cancelEnrollment(input: CancelEnrollmentInput): Promise<{ enrollment: Enrollment; promoted: Enrollment[] }> {
    return inTransaction(this.ctx.em, async () => {
      const found = await this.getEnrollment(input.id, 'input.id');
      const employee = await this.ctx.em.findOneOrFail(Employee, { id: found.employee.id });
      this.assertMayEnrol(employee);
      const session = await this.lockedSession(toGlobalId('TrainingSession', found.session.id), 'input.id');
      const enrollment = await this.ctx.em.findOneOrFail(Enrollment, { id: found.id }, { refresh: true });
      assertVersion(enrollment, input.version);
      if (enrollment.status !== EnrollmentStatus.REGISTERED && enrollment.status !== EnrollmentStatus.WAITLISTED) {
        throw conflict(`A ${enrollment.status} enrolment cannot be cancelled`, {
          field: 'input.id',
          status: enrollment.status,
          params: { status: enrollment.status, statusType: 'EnrollmentStatus' },
        });
      }
      const heldSeat = enrollment.status === EnrollmentStatus.REGISTERED;
      Object.assign(enrollment, { status: EnrollmentStatus.CANCELLED, cancelReason: input.reason?.trim() || null });
      await this.ctx.em.flush();
      const promoted = heldSeat ? await this.promote(session) : [];
      await this.ctx.em.flush();
      return { enrollment, promoted };
    });
  }

  async recordResult(input: RecordTrainingResultInput): Promise<Enrollment> {
    return inTransaction(this.ctx.em, async () => {
      const enrollment = await this.getEnrollment(input.id, 'input.id');
      this.assertEditor(enrollment.agency.id);
      assertVersion(enrollment, input.version);
      const session = await this.ctx.em.findOneOrFail(TrainingSession, { id: enrollment.session.id }, { populate: ['program'] });
      const program = session.program.getEntity();
      if (session.status === TrainingSessionStatus.CANCELLED) throw conflict('The session was cancelled', { field: 'input.id' });
      const from = enrollment.status;
      const allowed =
        from === EnrollmentStatus.REGISTERED || (from === EnrollmentStatus.ATTENDED && input.status !== EnrollmentStatus.ATTENDED);
      if (!allowed)
        throw conflict(`A ${from} enrolment cannot become ${input.status}`, {
          reason: ErrorReason.STATUS_TRANSITION,
          params: { from: from, to: input.status, statusType: 'EnrollmentStatus' },
          field: 'input.status',
          status: from,
        });
      const today = todayInIndonesia();
      if (input.status === EnrollmentStatus.ATTENDED && today < session.startDate)
        throw conflict(`The session starts on ${session.startDate}`, { field: 'input.status' });
      const ended = session.status === TrainingSessionStatus.COMPLETED || today > session.endDate;
      if (input.status !== EnrollmentStatus.ATTENDED && !ended) {
        throw conflict(`Results are recorded once the session has ended (its last day is ${session.endDate})`, {
          field: 'input.status',
          endDate: session.endDate,
        });
      }
      if (input.jpEarned != null && input.jpEarned > program.jpHours)
        throw badInput('input.jpEarned', `At most the programme's ${program.jpHours} JP`, ErrorReason.TOO_LARGE, { max: program.jpHours });
      if (input.score != null) enrollment.score = input.score;
      if (input.certificateNumber !== undefined) enrollment.certificateNumber = input.certificateNumber?.trim() || null;
      enrollment.status = input.status;
      if (input.status === EnrollmentStatus.COMPLETED) enrollment.jpEarned = input.jpEarned ?? program.jpHours;
      if (input.status === EnrollmentStatus.FAILED) enrollment.jpEarned = 0;
      if (input.status !== EnrollmentStatus.ATTENDED) enrollment.completedAt = new Date();
      await this.ctx.em.flush();
      // Targets measured by training count what was completed.
      if (input.status === EnrollmentStatus.COMPLETED) await refreshFromTraining(this.ctx.em, enrollment.employee.id, session.endDate);
      return enrollment;
    });
  }

  // ----- hours and compliance -----

  async hours(employeeGlobalId: string, year: number): Promise<TrainingHours> {
    if (!Number.isInteger(year) || year < 1950 || year > 2200)
      throw badInput('year', 'A year such as 2026', ErrorReason.OUT_OF_RANGE, { min: 1950, max: 2200 });
    const employee = await new EmployeeService(this.ctx).get(employeeGlobalId, 'employeeId');
    const enrollments = await this.ctx.em.find(
      Enrollment,
      { employee: employee.id, status: EnrollmentStatus.COMPLETED, session: { endDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } } },
      { orderBy: [{ session: { endDate: 'asc' } }, { id: 'asc' }] },
    );
    const totalJp = enrollments.reduce((sum, enrollment) => sum + (enrollment.jpEarned ?? 0), 0);
    return {
      employee,
      year,
      requiredJp: MIN_JP_PER_YEAR,
      totalJp,
      remainingJp: Math.max(0, MIN_JP_PER_YEAR - totalJp),
      compliant: totalJp >= MIN_JP_PER_YEAR,
      enrollments,
    };
  }

  /**
   * Active PNS of a unit subtree (or the agency) against the yearly minimum, in
   * two aggregate statements whatever the headcount: per unit, and the
   * employees below the minimum (fewest JP first).
   */
  async compliance(unitGlobalId: string | null | undefined, year: number, first: number): Promise<TrainingCompliance> {
    if (!Number.isInteger(year) || year < 1950 || year > 2200)
      throw badInput('year', 'A year such as 2026', ErrorReason.OUT_OF_RANGE, { min: 1950, max: 2200 });
    if (!Number.isInteger(first) || first < 0 || first > this.ctx.config.maxPageSize)
      throw badInput('first', `first must be between 0 and ${this.ctx.config.maxPageSize}`, ErrorReason.OUT_OF_RANGE, {
        min: 0,
        max: this.ctx.config.maxPageSize,
      });
    const actor = requireActor(this.ctx);
    const unit = unitGlobalId ? await new OrgUnitService(this.ctx).get(unitGlobalId, 'unitId') : null;
    const agencyId = unit?.agency.id ?? actor.agencyId;
    if (!agencyId) throw badInput('unitId', 'Name a unit: platform administrators have no agency of their own', ErrorReason.REQUIRED);
    const hours = yearlyHoursCte(agencyId, year, unit?.path ?? '');
    const people = `with ${hours.sql}`;
    const params = hours.params;
    const perUnit = await this.ctx.em.execute<{ unit_id: string; n: number; ok: number; total: number }[]>(
      `${people} select unit_id, count(*)::int as n, count(*) filter (where jp >= ?)::int as ok, sum(jp)::int as total
         from people group by unit_id`,
      [...params, MIN_JP_PER_YEAR],
    );
    const below = first
      ? await this.ctx.em.execute<{ id: string; jp: number }[]>(
          `${people} select id, jp from people where jp < ? order by jp, name, id limit ?`,
          [...params, MIN_JP_PER_YEAR, first],
        )
      : [];
    const [units, employees] = await Promise.all([
      perUnit.length ? this.ctx.em.find(OrgUnit, { id: { $in: perUnit.map((row) => row.unit_id) } }, { orderBy: { code: 'asc' } }) : [],
      below.length ? this.ctx.em.find(Employee, { id: { $in: below.map((row) => row.id) } }) : [],
    ]);
    const figures = (n: number, ok: number, total: number) => ({
      employeeCount: n,
      compliantCount: ok,
      belowCount: n - ok,
      compliantShare: n ? round(ok / n, 4) : 0,
      averageJp: n ? round(total / n, 2) : 0,
    });
    const byUnit = new Map(perUnit.map((row) => [row.unit_id, row]));
    const sum = (key: 'n' | 'ok' | 'total') => perUnit.reduce((total, row) => total + Number(row[key]), 0);
    const employeeById = new Map(employees.map((employee) => [employee.id, employee]));
    return {
      year,
      requiredJp: MIN_JP_PER_YEAR,
      ...figures(sum('n'), sum('ok'), sum('total')),
      units: units.map((u) => {
        const row = byUnit.get(u.id)!;
        return { unit: u, ...figures(row.n, row.ok, Number(row.total)) };
      }),
      below: below.map((row) => ({ employee: employeeById.get(row.id)!, totalJp: row.jp, remainingJp: MIN_JP_PER_YEAR - row.jp })),
    };
  }

  // ----- recommendations -----

  /**
   * Programmes linked to what fell below expectation in the employee's
   * evaluation of the period: indicators whose stored achievement is below the
   * scheme's as-expected threshold, and core values rated DI_BAWAH_EKSPEKTASI.
   * A gap repeated over consecutive periods of the same type weighs more.
   */
  async recommendations(employeeGlobalId: string, periodGlobalId: string): Promise<RecommendedTraining[]> {
    const { em } = this.ctx;
    const employee = await new EmployeeService(this.ctx).get(employeeGlobalId, 'employeeId');
    const period = await new AppraisalPeriodService(this.ctx).get(periodGlobalId, 'periodId');
    if (period.agency.id !== employee.agency.id) return [];
    const rows = await em.execute<
      {
        period_id: string;
        plan_id: string | null;
        breakdown: ScoreResult | null;
        behaviour_ratings: Evaluation['behaviourRatings'] | null;
        threshold: number | null;
      }[]
    >(
      `select ap.id as period_id, e.plan_id, e.breakdown, e.behaviour_ratings, s.as_expected_from as threshold
         from appraisal_periods ap
         left join performance_plans p on p.period_id = ap.id and p.employee_id = ?
         left join evaluations e on e.plan_id = p.id and e.status <> 'DRAFT'
         left join scoring_schemes s on s.id = e.scheme_id
        where ap.agency_id = ? and ap.type = ? and ap.start_date <= ?
        order by ap.start_date desc limit ?`,
      [employee.id, period.agency.id, period.type, period.startDate, LOOKBACK_PERIODS],
    );
    const history: EvaluationGaps[] = rows.map((row) => gapsOf(row));
    const current = rows[0];
    if (!current || current.period_id !== period.id || !current.plan_id) return [];
    const indicatorRows = await em.execute<{ id: string; code: string }[]>(
      `select i.id, i.code from plan_targets t join indicators i on i.id = t.indicator_id where t.plan_id = ?`,
      [current.plan_id],
    );
    const indicatorIdOf = new Map(indicatorRows.map((row) => [row.code, row.id]));
    const gaps = history[0]!;
    const indicatorIds = gaps.indicators.flatMap((gap) => indicatorIdOf.get(gap.code) ?? []);
    const valueCodes = gaps.behaviour.map((gap) => gap.code);
    if (indicatorIds.length === 0 && valueCodes.length === 0) return [];
    const programs = await em.find(
      TrainingProgram,
      {
        agency: employee.agency.id,
        active: true,
        $or: [
          ...(indicatorIds.length ? [{ indicatorIds: { $overlap: indicatorIds } }] : []),
          ...(valueCodes.length ? [{ behaviourValueCodes: { $overlap: valueCodes } }] : []),
        ],
      },
      { orderBy: { code: 'asc' } },
    );
    if (programs.length === 0) return [];
    const enrolled = await em.execute<{ program_id: string }[]>(
      `select distinct s.program_id from enrollments en join training_sessions s on s.id = en.session_id
        where en.employee_id = ? and en.status not in ('CANCELLED', 'FAILED') and s.end_date >= ? and s.program_id in (?)`,
      [employee.id, `${period.startDate.slice(0, 4)}-01-01`, programs.map((program) => program.id)],
    );
    const enrolledIn = new Set(enrolled.map((row) => row.program_id));
    return rankRecommendations(
      programs.map((program) => ({
        program,
        indicatorCodes: [...indicatorIdOf].filter(([, id]) => program.indicatorIds.includes(id)).map(([code]) => code),
        behaviourValueCodes: program.behaviourValueCodes,
        alreadyEnrolled: enrolledIn.has(program.id),
      })),
      history,
    );
  }
}

/** The gaps of one stored evaluation (none when the period has no confirmed evaluation of the employee). */
function gapsOf(row: {
  breakdown: ScoreResult | null;
  behaviour_ratings: Evaluation['behaviourRatings'] | null;
  threshold: number | null;
  plan_id: string | null;
}): EvaluationGaps {
  if (!row.breakdown) return { evaluated: false, indicators: [], behaviour: [] };
  const threshold = row.threshold ?? DEFAULT_RULES.asExpectedFrom;
  return {
    evaluated: true,
    indicators: row.breakdown.lines
      .filter((line) => line.achievement !== null && line.achievement < threshold)
      .map((line) => ({ code: line.key, name: line.label, achievement: line.achievement!, threshold })),
    behaviour: (row.behaviour_ratings ?? [])
      .filter((entry) => entry.rating === Rating.DI_BAWAH_EKSPEKTASI)
      .map((entry) => ({ code: entry.code, name: entry.name })),
  };
}

function assertKind(mode: TrainingMode, kind: TrainingKind, field: string): void {
  if (TRAINING_KIND_MODE[kind] !== mode)
    throw badInput(field, `${kind} is ${TRAINING_KIND_MODE[kind]}, not ${mode}`, ErrorReason.NOT_APPLICABLE);
}
