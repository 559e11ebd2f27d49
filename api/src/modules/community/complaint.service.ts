import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { todayInIndonesia } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, forbidden, notFound, ErrorReason } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere, type FilterRules } from '../../graphql/filters.js';
import { parseGlobalId } from '../../graphql/ids.js';
import { refreshFromCommunity } from '../appraisals/data-sources.js';
import { may, type Actor } from '../../access/actor.js';
import { agencyWhere, inAgencyScope } from '../../access/scope.js';
import { User } from '../auth/user.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { EmployeeService } from '../employees/employee.service.js';
import { DataSource } from '../indicators/indicator.enums.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { AppraisalPeriodService } from '../periods/appraisal-period.service.js';
import { ComplaintChannel, ComplaintStatus, OPEN_COMPLAINT_STATUSES } from './community.enums.js';
import { communityRules } from './community-settings.service.js';
import { Complaint, ComplaintResponse } from './complaint.entity.js';
import {
  ComplaintConnection,
  ComplaintOrder,
  complaintFilterRules,
  type AssignComplaintInput,
  type ComplaintContact,
  type ComplaintListArgs,
  type ComplaintStatusView,
  type ComplaintStepInput,
  type RefreshRealizationsInput,
  type RejectComplaintInput,
  type ResolveComplaintInput,
  type RespondToComplaintInput,
  type SubmitComplaintInput,
  type VerifyComplaintInput,
} from './complaint.types.js';
import { addWorkingDays, clientHash, consumeRateLimit, newTrackingCode, normaliseTrackingCode } from './public-guard.js';
import { PublicService } from './public-service.entity.js';

const NOTHING = '00000000-0000-0000-0000-000000000000';
const DUPLICATE_WINDOW_HOURS = 24;

export const isComplaintHandler = (actor: Actor | null, agencyId: string) =>
  actor !== null && may(actor, 'complaints.handle') && inAgencyScope(actor, agencyId);

/**
 * Complaints from the public (SP4N-LAPOR!). Reading: handlers and evaluators
 * their agency's; a supervisor those concerning or assigned to their unit's
 * subtree or the employees they see; an employee those concerning or assigned to
 * them. The reporter's name and contact only ever reach the handlers.
 */
export class ComplaintService {
  constructor(private readonly ctx: ServiceContext) {}

  private async scope(): Promise<FilterQuery<Complaint>> {
    const actor = requireActor(this.ctx);
    if (may(actor, 'community.readAgency')) return agencyWhere(actor) as FilterQuery<Complaint>;
    const self = actor.employeeId;
    if (!self) return { id: NOTHING };
    const reach: FilterQuery<Complaint>[] = [{ employee: self }, { assignedOfficer: self }];
    if (may(actor, 'team.supervise')) {
      const me = await this.ctx.em.findOneOrFail(Employee, { id: self });
      const unit = await this.ctx.em.findOneOrFail(OrgUnit, { id: me.unit.id });
      const subtree = { path: { $like: `${unit.path}%` } };
      reach.push({ unit: subtree }, { assignedUnit: subtree }, { employee: await new EmployeeService(this.ctx).readScope() });
    }
    return { $and: [agencyWhere(actor), { $or: reach }] } as FilterQuery<Complaint>;
  }

  async list(args: ComplaintListArgs) {
    const page = toPage(
      args,
      this.ctx,
      'Complaint.list',
      ComplaintOrder.toOrderBy(args.orderBy, { dueDate: 'asc nulls last', createdAt: 'asc' } as never),
    );
    const today = todayInIndonesia();
    const rules: FilterRules = {
      ...complaintFilterRules,
      overdue: {
        kind: 'custom',
        where: (value) =>
          value
            ? { status: { $in: [...OPEN_COMPLAINT_STATUSES] }, dueDate: { $lt: today } }
            : { $or: [{ status: { $nin: [...OPEN_COMPLAINT_STATUSES] } }, { dueDate: null }, { dueDate: { $gte: today } }] },
      },
    };
    const where = {
      $and: [
        await this.scope(),
        toWhere(args.filter as Record<string, unknown>, rules, (term) => {
          const code = normaliseTrackingCode(term);
          return code
            ? { trackingCode: code }
            : { $or: [{ subject: { $ilike: containing(term) } }, { description: { $ilike: containing(term) } }] };
        }),
      ],
    } as FilterQuery<Complaint>;
    const rows = await findPage(this.ctx.em, Complaint, where, page);
    return ComplaintConnection.of(rows, page, () => this.ctx.em.count(Complaint, where));
  }

  async get(globalId: string, field = 'id'): Promise<Complaint> {
    return findInScope(this.ctx.em, Complaint, globalId, field, await this.scope());
  }

  /** The reporter's identity, for the agency's complaint handlers only; null for everyone else. */
  contactFor(complaint: Complaint): ComplaintContact | null {
    if (!isComplaintHandler(this.ctx.actor, complaint.agency.id)) return null;
    return { name: complaint.reporterName, contact: complaint.reporterContact };
  }

  /**
   * Public: files a report. From the web anyone may (within the hourly limit per
   * address, and not twice the same); SMS, phone, counter and LAPOR! reports are
   * recorded by the agency's logged-in handlers.
   */
  async submit(input: SubmitComplaintInput, clientAddress: string | null) {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const agency = await em.findOne(Agency, { code: input.agencyCode.trim().toUpperCase() });
      if (!agency)
        throw badInput('input.agencyCode', `No agency with the code ${input.agencyCode.slice(0, 100)}`, ErrorReason.UNKNOWN_VALUE, {
          value: input.agencyCode.slice(0, 100),
        });
      const staff = isComplaintHandler(this.ctx.actor, agency.id);
      const channel = input.channel ?? ComplaintChannel.WEB;
      if (channel !== ComplaintChannel.WEB && !staff)
        throw forbidden(`Reports by ${channel} are recorded by the agency's complaint handlers; use the web form (WEB)`);
      const { unit, service, employee } = await this.concerning(agency.id, input, 'input');

      const rules = await communityRules(this.ctx, agency.id);
      const hash = staff ? null : clientHash(this.ctx.config.jwtSecret, clientAddress);
      const subject = input.subject.trim();
      const description = input.description.trim();
      if (hash) {
        await consumeRateLimit(em, `complaint:${agency.id}:${hash}`, rules.submissionsPerHour);
        const [duplicate] = await em.execute<{ id: string }[]>(
          `select id from complaints where agency_id = ? and client_hash = ? and subject = ? and description = ?
              and created_at > now() - interval '${DUPLICATE_WINDOW_HOURS} hours' limit 1`,
          [agency.id, hash, subject, description],
        );
        if (duplicate)
          throw conflict('The same report was already received from here', { field: 'input.description', reason: ErrorReason.DUPLICATE });
      }
      const receivedOn = todayInIndonesia();
      const complaint = em.create(Complaint, {
        agency: ref(agency),
        trackingCode: newTrackingCode(),
        channel,
        category: input.category,
        subject,
        description,
        location: input.location?.trim() || null,
        unit: unit ? ref(unit) : null,
        service: service ? ref(service) : null,
        employee: employee ? ref(employee) : null,
        reporterName: input.reporterName?.trim() || null,
        reporterContact: input.reporterContact?.trim() || null,
        receivedOn,
        dueDate: addWorkingDays(receivedOn, rules.verificationDays),
        clientHash: hash,
        recordedBy: staff ? requireActor(this.ctx).username : null,
      });
      await em.flush();
      return { trackingCode: complaint.trackingCode, status: complaint.status, dueDate: complaint.dueDate! };
    });
  }

  /** Public: status and public answers by tracking code, nothing about the reporter or the people concerned. */
  async publicStatus(trackingCode: string): Promise<ComplaintStatusView> {
    const code = normaliseTrackingCode(trackingCode.slice(0, 40));
    if (!code) throw badInput('trackingCode', 'A tracking code looks like ADU-7K3M-9QXR-2HTB', ErrorReason.INVALID_FORMAT);
    const complaint = await this.ctx.em.findOne(Complaint, { trackingCode: code });
    if (!complaint) throw notFound('Complaint', code, 'trackingCode');
    const [agency, responses] = await Promise.all([
      this.ctx.em.findOneOrFail(Agency, { id: complaint.agency.id }),
      this.ctx.em.find(ComplaintResponse, { complaint: complaint.id, isPublic: true }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    ]);
    return {
      trackingCode: complaint.trackingCode,
      status: complaint.status,
      category: complaint.category,
      subject: complaint.subject,
      agencyName: agency.name,
      receivedOn: complaint.receivedOn,
      dueDate: complaint.dueDate,
      verifiedAt: complaint.verifiedAt,
      resolvedAt: complaint.resolvedAt,
      closedAt: complaint.closedAt,
      rejectedAt: complaint.rejectedAt,
      rejectionReason: complaint.rejectionReason,
      responses: responses.map((r) => ({ text: r.text, createdAt: r.createdAt })),
    };
  }

  /** RECEIVED -> VERIFIED (handlers); the follow-up deadline of its classification starts. */
  async verify(input: VerifyComplaintInput): Promise<Complaint> {
    return this.step(input, [ComplaintStatus.RECEIVED], ComplaintStatus.VERIFIED, async (complaint) => {
      if (input.category) complaint.category = input.category;
      if (input.unitId || input.employeeId) {
        const { unit, employee } = await this.concerning(complaint.agency.id, input, 'input');
        if (unit) complaint.unit = ref(unit);
        if (employee) complaint.employee = ref(employee);
      }
      const rules = await communityRules(this.ctx, complaint.agency.id);
      Object.assign(complaint, {
        verifiedAt: new Date(),
        dueDate: addWorkingDays(todayInIndonesia(), rules.followUpDays[complaint.category]),
      });
    });
  }

  /** VERIFIED (or already assigned) -> ASSIGNED to a unit and optionally an officer of it (handlers). */
  async assign(input: AssignComplaintInput): Promise<Complaint> {
    const reassignable = [ComplaintStatus.VERIFIED, ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS];
    return this.step(input, reassignable, ComplaintStatus.ASSIGNED, async (complaint) => {
      const unit = await this.unitOf(complaint.agency.id, input.unitId, 'input.unitId');
      let officer: Employee | null = null;
      if (input.officerId) {
        const parsed = parseGlobalId(input.officerId);
        officer =
          parsed?.type === 'Employee'
            ? await this.ctx.em.findOne(Employee, {
                id: parsed.id,
                agency: complaint.agency.id,
                unit: { path: { $like: `${unit.path}%` } },
              })
            : null;
        if (!officer) throw badInput('input.officerId', 'Not an employee of that unit or below', ErrorReason.NOT_A_CHOICE);
      }
      Object.assign(complaint, { assignedUnit: ref(unit), assignedOfficer: officer ? ref(officer) : null, assignedAt: new Date() });
    });
  }

  /** ASSIGNED -> IN_PROGRESS, by the assigned officer or a handler. */
  async start(input: ComplaintStepInput): Promise<Complaint> {
    return this.step(input, [ComplaintStatus.ASSIGNED], ComplaintStatus.IN_PROGRESS, async (complaint) => {
      complaint.startedAt = new Date();
    });
  }

  /** ASSIGNED or IN_PROGRESS -> RESOLVED with a public answer, by the assigned officer or a handler. */
  async resolve(input: ResolveComplaintInput): Promise<Complaint> {
    return this.step(input, [ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS], ComplaintStatus.RESOLVED, async (complaint) => {
      const rules = await communityRules(this.ctx, complaint.agency.id);
      const now = new Date();
      Object.assign(complaint, {
        startedAt: complaint.startedAt ?? now,
        resolvedAt: now,
        dueDate: null,
        autoCloseDate: addWorkingDays(todayInIndonesia(), rules.autoCloseDays),
      });
      await this.addResponse(complaint, input.resolution.trim(), true);
    });
  }

  /** RESOLVED -> CLOSED (handlers). */
  async close(input: ComplaintStepInput): Promise<Complaint> {
    return this.step(input, [ComplaintStatus.RESOLVED], ComplaintStatus.CLOSED, async (complaint) => {
      complaint.closedAt = new Date();
    });
  }

  /** RECEIVED or VERIFIED -> REJECTED with the reason the reporter reads (handlers). */
  async reject(input: RejectComplaintInput): Promise<Complaint> {
    return this.step(input, [ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED], ComplaintStatus.REJECTED, async (complaint) => {
      Object.assign(complaint, { rejectedAt: new Date(), rejectionReason: input.reason.trim(), dueDate: null });
    });
  }

  /** A public answer or an internal note while the complaint is open or resolved, by the assigned officer or a handler. */
  async respond(input: RespondToComplaintInput): Promise<ComplaintResponse> {
    return inTransaction(this.ctx.em, async () => {
      const complaint = await this.get(input.complaintId, 'input.complaintId');
      this.assertMayWork(complaint);
      if (complaint.status === ComplaintStatus.CLOSED || complaint.status === ComplaintStatus.REJECTED)
        throw conflict(`A ${complaint.status} complaint takes no more responses`, {
          field: 'input.complaintId',
          status: complaint.status,
          params: { status: complaint.status, statusType: 'ComplaintStatus' },
        });
      const response = await this.addResponse(complaint, input.text.trim(), input.isPublic);
      await this.ctx.em.flush();
      return response;
    });
  }

  /** Public and internal responses of a page of complaints (internal ones only for staff, which every caller of this is). */
  async responsesOf(complaintIds: readonly string[]): Promise<ComplaintResponse[][]> {
    const rows = await this.ctx.em.find(
      ComplaintResponse,
      { complaint: { $in: [...complaintIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return complaintIds.map((id) => rows.filter((r) => r.complaint.id === id));
  }

  /** HR: recomputes the realisations fed by surveys and complaints for a period (and its sub-periods). */
  async refreshRealizations(input: RefreshRealizationsInput): Promise<number> {
    return inTransaction(this.ctx.em, async () => {
      const actor = requireActor(this.ctx);
      const period = await new AppraisalPeriodService(this.ctx).get(input.periodId, 'input.periodId');
      if (!isComplaintHandler(actor, period.agency.id)) throw forbidden('Only HR refreshes realisations');
      return refreshFromCommunity(
        this.ctx.em,
        { agencyId: period.agency.id, sources: [DataSource.SURVEY, DataSource.COMPLAINTS], periodId: period.id },
        todayInIndonesia(),
      );
    });
  }

  /**
   * One workflow step: the complaint (NOT_FOUND outside the actor's reach), the
   * actor allowed (FORBIDDEN), the version current and the status one it leaves
   * from (CONFLICT); verifying, rejecting and resolving change what indicators
   * with data source COMPLAINTS count.
   */
  private async step(
    input: ComplaintStepInput,
    from: ComplaintStatus[],
    to: ComplaintStatus,
    change: (complaint: Complaint) => Promise<void>,
  ): Promise<Complaint> {
    return inTransaction(this.ctx.em, async () => {
      const officerStep = to === ComplaintStatus.IN_PROGRESS || to === ComplaintStatus.RESOLVED;
      const complaint = officerStep
        ? await this.get(input.id, 'input.id')
        : await findWritable(this.ctx.em, Complaint, input.id, 'input.id', requireActor(this.ctx), (c) => c.agency.id);
      if (officerStep) this.assertMayWork(complaint);
      else if (!isComplaintHandler(this.ctx.actor, complaint.agency.id))
        throw forbidden('Only the complaint handlers (administrators, HR) do this');
      assertVersion(complaint, input.version);
      if (!from.includes(complaint.status))
        throw conflict(`A ${complaint.status} complaint cannot become ${to} (only from ${from.join(' or ')})`, {
          reason: ErrorReason.STATUS_TRANSITION,
          params: { from: complaint.status, to: to, statusType: 'ComplaintStatus' },
          field: 'input.id',
          status: complaint.status,
        });
      await change(complaint);
      complaint.status = to;
      await this.ctx.em.flush();
      if ([ComplaintStatus.VERIFIED, ComplaintStatus.REJECTED, ComplaintStatus.RESOLVED].includes(to)) {
        await refreshFromCommunity(
          this.ctx.em,
          {
            agencyId: complaint.agency.id,
            sources: [DataSource.COMPLAINTS],
            concerning: { employeeId: complaint.employee?.id ?? null, unitId: complaint.unit?.id ?? null },
          },
          todayInIndonesia(),
        );
      }
      return complaint;
    });
  }

  /** Handlers of the agency, or the officer it is assigned to. */
  private assertMayWork(complaint: Complaint): void {
    const actor = requireActor(this.ctx);
    if (isComplaintHandler(actor, complaint.agency.id)) return;
    if (actor.employeeId && complaint.assignedOfficer?.id === actor.employeeId) return;
    throw forbidden('Only the officer it is assigned to, or the complaint handlers, work on a complaint');
  }

  private async addResponse(complaint: Complaint, text: string, isPublic: boolean): Promise<ComplaintResponse> {
    const actor = requireActor(this.ctx);
    const user = await this.ctx.em.findOne(User, { id: actor.userId });
    return this.ctx.em.create(ComplaintResponse, {
      complaint: ref(complaint),
      text,
      isPublic,
      author: actor.employeeId ? this.ctx.em.getReference(Employee, actor.employeeId) : null,
      authorName: user?.displayName ?? actor.username,
    });
  }

  /** The unit, service and employee a report names, all of the agency (a service implies its unit). */
  private async concerning(
    agencyId: string,
    input: { unitId?: string | null; serviceId?: string | null; employeeId?: string | null },
    prefix: string,
  ): Promise<{ unit: OrgUnit | null; service: PublicService | null; employee: Employee | null }> {
    const { em } = this.ctx;
    let service: PublicService | null = null;
    if (input.serviceId) {
      const parsed = parseGlobalId(input.serviceId);
      service = parsed?.type === 'PublicService' ? await em.findOne(PublicService, { id: parsed.id, agency: agencyId }) : null;
      if (!service) throw badInput(`${prefix}.serviceId`, 'Not a service of this agency', ErrorReason.NOT_A_CHOICE);
    }
    const unit = input.unitId
      ? await this.unitOf(agencyId, input.unitId, `${prefix}.unitId`)
      : service
        ? await em.findOneOrFail(OrgUnit, { id: service.unit.id })
        : null;
    if (service && unit && service.unit.id !== unit.id)
      throw badInput(`${prefix}.serviceId`, 'The service belongs to another unit', ErrorReason.OTHER_AGENCY);
    let employee: Employee | null = null;
    if (input.employeeId) {
      const parsed = parseGlobalId(input.employeeId);
      employee = parsed?.type === 'Employee' ? await em.findOne(Employee, { id: parsed.id, agency: agencyId }) : null;
      if (!employee) throw badInput(`${prefix}.employeeId`, 'Not an employee of this agency', ErrorReason.NOT_A_CHOICE);
    }
    // A complaint about someone concerns their unit too, unless another was named.
    const unitOfEmployee = !unit && employee ? await em.findOneOrFail(OrgUnit, { id: employee.unit.id }) : null;
    return { unit: unit ?? unitOfEmployee, service, employee };
  }

  private async unitOf(agencyId: string, globalId: string, field: string): Promise<OrgUnit> {
    const parsed = parseGlobalId(globalId);
    const unit = parsed?.type === 'OrgUnit' ? await this.ctx.em.findOne(OrgUnit, { id: parsed.id, agency: agencyId }) : null;
    if (!unit) throw badInput(field, 'Not a unit of this agency', ErrorReason.NOT_A_CHOICE);
    return unit;
  }
}
