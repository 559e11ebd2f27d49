import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NO_EMPLOYEE, Sensitive } from '../../access/sensitive.js';
import type { Context } from '../../context.js';
import { Public, Allow } from '../../graphql/auth.js';
import { Employee } from '../employees/employee.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Complaint, ComplaintResponse } from './complaint.entity.js';
import { ComplaintService } from './complaint.service.js';
import {
  AssignComplaintInput,
  ComplaintConnection,
  ComplaintContact,
  ComplaintListArgs,
  ComplaintPayload,
  ComplaintResponsePayload,
  ComplaintStatusView,
  ComplaintStepInput,
  RefreshRealizationsInput,
  RefreshRealizationsPayload,
  RejectComplaintInput,
  ResolveComplaintInput,
  RespondToComplaintInput,
  SubmitComplaintInput,
  SubmitComplaintPayload,
  VerifyComplaintInput,
} from './complaint.types.js';
import { PublicService } from './public-service.entity.js';

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Allow('complaints.read')
  @Query(() => ComplaintConnection, {
    description:
      "Complaints the actor may see: the agency's (handlers, evaluators), those concerning or assigned to their unit's subtree or their staff (supervisors), those concerning or assigned to themselves. Default order: earliest deadline first.",
  })
  complaints(@Args() args: ComplaintListArgs, @Ctx() ctx: Context) {
    return new ComplaintService(ctx).list(args);
  }

  @Allow('complaints.read')
  @Query(() => Complaint, { description: "One complaint; NOT_FOUND when unknown or outside the actor's access." })
  complaint(@Arg('id', () => ID, { description: 'Complaint ID.' }) id: string, @Ctx() ctx: Context) {
    return new ComplaintService(ctx).get(id);
  }

  @Public()
  @Query(() => ComplaintStatusView, {
    description: 'Public, no login: where a complaint stands, by its tracking code, with the public answers only.',
  })
  complaintStatus(
    @Arg('trackingCode', { description: 'The tracking code, e.g. ADU-7K3M-9QXR-2HTB (case and dashes do not matter).' })
    trackingCode: string,
    @Ctx() ctx: Context,
  ) {
    return new ComplaintService(ctx).publicStatus(trackingCode);
  }

  @Public()
  @Mutation(() => SubmitComplaintPayload, {
    description:
      'Public, no login: files a complaint, suggestion or information request and returns its tracking code. Refused with nothing stored: BAD_USER_INPUT, CONFLICT (reason DUPLICATE: the same report from this address within a day), TOO_MANY_REQUESTS. Handlers of the agency, logged in, record SMS, PHONE, IN_PERSON and LAPOR reports with it.',
  })
  submitComplaint(@Arg('input', { description: 'The report.' }) input: SubmitComplaintInput, @Ctx() ctx: Context) {
    return new ComplaintService(ctx).submit(input, ctx.clientAddress);
  }

  @Allow('complaints.handle')
  @Mutation(() => ComplaintPayload, {
    description: 'RECEIVED -> VERIFIED (handlers), optionally correcting the classification, unit or employee concerned.',
  })
  async verifyComplaint(@Arg('input', { description: 'The complaint.' }) input: VerifyComplaintInput, @Ctx() ctx: Context) {
    return { complaint: await new ComplaintService(ctx).verify(input) };
  }

  @Allow('complaints.handle')
  @Mutation(() => ComplaintPayload, {
    description: 'Forwards a VERIFIED (or reassigns an ASSIGNED or IN_PROGRESS) complaint to a unit and optionally an officer (handlers).',
  })
  async assignComplaint(
    @Arg('input', { description: 'The complaint, the unit and the officer.' }) input: AssignComplaintInput,
    @Ctx() ctx: Context,
  ) {
    return { complaint: await new ComplaintService(ctx).assign(input) };
  }

  @Allow('complaints.write')
  @Mutation(() => ComplaintPayload, { description: 'ASSIGNED -> IN_PROGRESS, by the assigned officer or a handler.' })
  async startComplaint(@Arg('input', { description: 'The complaint.' }) input: ComplaintStepInput, @Ctx() ctx: Context) {
    return { complaint: await new ComplaintService(ctx).start(input) };
  }

  @Allow('complaints.write')
  @Mutation(() => ComplaintPayload, {
    description: 'ASSIGNED or IN_PROGRESS -> RESOLVED with the answer the reporter reads, by the assigned officer or a handler.',
  })
  async resolveComplaint(
    @Arg('input', { description: 'The complaint and its resolution.' }) input: ResolveComplaintInput,
    @Ctx() ctx: Context,
  ) {
    return { complaint: await new ComplaintService(ctx).resolve(input) };
  }

  @Allow('complaints.handle')
  @Mutation(() => ComplaintPayload, { description: 'RESOLVED -> CLOSED (handlers).' })
  async closeComplaint(@Arg('input', { description: 'The complaint.' }) input: ComplaintStepInput, @Ctx() ctx: Context) {
    return { complaint: await new ComplaintService(ctx).close(input) };
  }

  @Allow('complaints.handle')
  @Mutation(() => ComplaintPayload, { description: 'RECEIVED or VERIFIED -> REJECTED with the reason the reporter reads (handlers).' })
  async rejectComplaint(@Arg('input', { description: 'The complaint and the reason.' }) input: RejectComplaintInput, @Ctx() ctx: Context) {
    return { complaint: await new ComplaintService(ctx).reject(input) };
  }

  @Allow('complaints.write')
  @Mutation(() => ComplaintResponsePayload, {
    description: 'A public answer or internal note on an open or resolved complaint, by the assigned officer or a handler.',
  })
  async respondToComplaint(
    @Arg('input', { description: 'The complaint and the text.' }) input: RespondToComplaintInput,
    @Ctx() ctx: Context,
  ) {
    return { response: await new ComplaintService(ctx).respond(input) };
  }

  @Allow('complaints.handle')
  @Mutation(() => RefreshRealizationsPayload, {
    description: 'Recomputes the realisations of indicators with data source SURVEY or COMPLAINTS for a period and its sub-periods (HR).',
  })
  async refreshRealizations(@Arg('input', { description: 'The period.' }) input: RefreshRealizationsInput, @Ctx() ctx: Context) {
    return { realizationsUpdated: await new ComplaintService(ctx).refreshRealizations(input) };
  }

  // Nobody's own record: only the agency rule (the handlers) applies.
  @Sensitive('complaintContact', (complaint: Complaint) => ({ employeeId: NO_EMPLOYEE, agencyId: complaint.agency.id }))
  @FieldResolver(() => ComplaintContact, {
    nullable: true,
    description: "The reporter's name and contact: only for the agency's complaint handlers (administrators, HR); null for everyone else.",
  })
  contact(@Root() complaint: Complaint, @Ctx() ctx: Context) {
    return new ComplaintService(ctx).contactFor(complaint);
  }

  @FieldResolver(() => [ComplaintResponse], { description: 'Public answers and internal notes, oldest first.' })
  responses(@Root() complaint: Complaint, @Ctx() ctx: Context) {
    return ctx.loaders.byForeignKey(ComplaintResponse, 'complaint', { createdAt: 'asc' }).load(complaint.id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit concerned.' })
  unit(@Root() complaint: Complaint, @Ctx() ctx: Context) {
    return complaint.unit ? ctx.loaders.byId(OrgUnit).load(complaint.unit.id) : null;
  }

  @FieldResolver(() => PublicService, { nullable: true, description: 'The service concerned.' })
  service(@Root() complaint: Complaint, @Ctx() ctx: Context) {
    return complaint.service ? ctx.loaders.byId(PublicService).load(complaint.service.id) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee concerned.' })
  employee(@Root() complaint: Complaint, @Ctx() ctx: Context) {
    return complaint.employee ? ctx.loaders.byId(Employee).load(complaint.employee.id) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit it is assigned to.' })
  assignedUnit(@Root() complaint: Complaint, @Ctx() ctx: Context) {
    return complaint.assignedUnit ? ctx.loaders.byId(OrgUnit).load(complaint.assignedUnit.id) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The officer it is assigned to.' })
  assignedOfficer(@Root() complaint: Complaint, @Ctx() ctx: Context) {
    return complaint.assignedOfficer ? ctx.loaders.byId(Employee).load(complaint.assignedOfficer.id) : null;
  }
}
