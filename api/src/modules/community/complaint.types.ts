import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateFilter, EnumFilter, IDFilter, OrderBy, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { ComplaintCategory, ComplaintChannel, ComplaintStatus } from './community.enums.js';
import { Complaint, ComplaintResponse } from './complaint.entity.js';

export const ComplaintConnection = Connection(Complaint, 'Complaint', 'complaints');

const ComplaintStatusFilter = EnumFilter(ComplaintStatus, 'ComplaintStatus');
const ComplaintCategoryFilter = EnumFilter(ComplaintCategory, 'ComplaintCategory');
const ComplaintChannelFilter = EnumFilter(ComplaintChannel, 'ComplaintChannel');

@InputType({ description: 'Conditions on complaints; all given conditions must hold.' })
export class ComplaintFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' }) id?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By agency (platform administrators).' }) agencyId?: IDFilter;
  @Field(() => ComplaintStatusFilter, { nullable: true, description: 'By status.' }) status?: InstanceType<typeof ComplaintStatusFilter>;
  @Field(() => ComplaintCategoryFilter, { nullable: true, description: 'By classification.' })
  category?: InstanceType<typeof ComplaintCategoryFilter>;
  @Field(() => ComplaintChannelFilter, { nullable: true, description: 'By channel.' }) channel?: InstanceType<
    typeof ComplaintChannelFilter
  >;
  @Field(() => IDFilter, { nullable: true, description: 'By the unit concerned.' }) unitId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By the employee concerned.' }) employeeId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By the unit it is assigned to.' }) assignedUnitId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By the officer it is assigned to.' }) assignedOfficerId?: IDFilter;
  @Field(() => DateFilter, { nullable: true, description: 'By the day received.' }) receivedOn?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: 'By the day the current step is due.' }) dueDate?: DateFilter;
  @Field(() => Boolean, { nullable: true, description: 'True: past its deadline and still open; false: not overdue.' }) overdue?: boolean;
  @Field(() => String, { nullable: true, description: 'Free-text search in the subject and description, or a tracking code.' }) q?: string;
  @Field(() => [ComplaintFilter], { nullable: true, description: 'All of these filters must hold.' }) and?: ComplaintFilter[];
  @Field(() => [ComplaintFilter], { nullable: true, description: 'At least one of these filters must hold.' }) or?: ComplaintFilter[];
}

export const complaintFilterRules: FilterRules = {
  id: { kind: 'id', type: 'Complaint' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  status: { kind: 'value' },
  category: { kind: 'value' },
  channel: { kind: 'value' },
  unitId: { kind: 'id', type: 'OrgUnit', property: 'unit' },
  employeeId: { kind: 'id', type: 'Employee', property: 'employee' },
  assignedUnitId: { kind: 'id', type: 'OrgUnit', property: 'assignedUnit' },
  assignedOfficerId: { kind: 'id', type: 'Employee', property: 'assignedOfficer' },
  receivedOn: { kind: 'value' },
  dueDate: { kind: 'value' },
};

export const ComplaintOrder = OrderBy('Complaint', {
  RECEIVED_ON: { property: 'receivedOn', description: 'Day received.' },
  DUE_DATE: { property: 'dueDate', description: 'Day the current step is due (the queue).' },
  STATUS: { property: 'status', description: 'Status.' },
  CREATED_AT: { property: 'createdAt', description: 'Time received.' },
});

@ArgsType()
export class ComplaintListArgs extends PageArgs {
  @Field(() => ComplaintFilter, { nullable: true, description: 'Which complaints to return.' }) filter?: ComplaintFilter;
  @Field(() => [ComplaintOrder.Input], { nullable: true, description: 'Sort keys (default: earliest deadline first, then oldest).' })
  orderBy?: InstanceType<typeof ComplaintOrder.Input>[];
}

@ObjectType({ description: "The reporter's identity: confidential." })
export class ComplaintContact {
  @Field(() => String, { nullable: true, description: 'Name, when given.' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'Telephone or e-mail, when given.' }) contact!: string | null;
}

@InputType({ description: 'A complaint, suggestion or information request from the public.' })
export class SubmitComplaintInput {
  @Field({ description: 'Code of the agency, e.g. PEMKOT-PALEMBANG.' })
  @MaxLength(100)
  agencyCode!: string;

  @Field(() => ComplaintChannel, {
    nullable: true,
    description: 'How it arrived (default WEB); other channels are recorded by logged-in complaint handlers.',
  })
  @IsOptional()
  channel?: ComplaintChannel | null;

  @Field(() => ComplaintCategory, { description: 'Classification.' }) category!: ComplaintCategory;

  @Field({ description: 'Subject (3-200 characters).' })
  @Length(3, 200)
  @SingleLineText()
  subject!: string;

  @Field({ description: 'What happened (10-4,000 characters).' })
  @Length(10, 4000)
  @MultiLineText()
  description!: string;

  @Field(() => String, { nullable: true, description: 'Where it happened (at most 300 characters).' })
  @IsOptional()
  @MaxLength(300)
  @SingleLineText()
  location?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit concerned (from serviceDirectory).' }) @IsOptional() unitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The service concerned (from serviceDirectory).' }) @IsOptional() serviceId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The employee concerned (e.g. from a survey form’s staff).' }) @IsOptional() employeeId?:
    string | null;

  @Field(() => String, { nullable: true, description: 'Your name (optional, confidential, at most 200 characters).' })
  @IsOptional()
  @MaxLength(200)
  @SingleLineText()
  reporterName?: string | null;

  @Field(() => String, { nullable: true, description: 'Telephone or e-mail to reach you (optional, confidential).' })
  @IsOptional()
  @MaxLength(200)
  @Matches(/^(\+?[0-9][0-9 ()-]{5,19}|[^\s@]+@[^\s@]+\.[^\s@]+)$/, {
    message: 'reporterContact must be a telephone number or an e-mail address',
  })
  reporterContact?: string | null;
}

@ObjectType({ description: 'Receipt of a complaint: keep the tracking code to follow it.' })
export class SubmitComplaintPayload {
  @Field({ description: 'Tracking code, e.g. ADU-7K3M-9QXR-2HTB.' }) trackingCode!: string;
  @Field(() => ComplaintStatus, { description: 'Status (RECEIVED).' }) status!: ComplaintStatus;
  @Field(() => GraphQLDate, { description: 'Verification is due by this working day.' }) dueDate!: string;
}

@ObjectType({ description: 'A public answer to a complaint.' })
export class PublicComplaintResponse {
  @Field({ description: 'The text.' }) text!: string;
  @Field(() => GraphQLDateTime, { description: 'When.' }) createdAt!: Date;
}

@ObjectType({
  description: 'What the public sees of a complaint by its tracking code: never the reporter, the people concerned or internal notes.',
})
export class ComplaintStatusView {
  @Field({ description: 'Tracking code.' }) trackingCode!: string;
  @Field(() => ComplaintStatus, { description: 'Status.' }) status!: ComplaintStatus;
  @Field(() => ComplaintCategory, { description: 'Classification.' }) category!: ComplaintCategory;
  @Field({ description: 'Subject.' }) subject!: string;
  @Field({ description: 'The agency.' }) agencyName!: string;
  @Field(() => GraphQLDate, { description: 'Day received.' }) receivedOn!: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'The current step is due by this working day.' }) dueDate!: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was verified.' }) verifiedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was resolved.' }) resolvedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was closed.' }) closedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was rejected.' }) rejectedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected.' }) rejectionReason!: string | null;
  @Field(() => [PublicComplaintResponse], { description: 'The public answers, oldest first.' }) responses!: PublicComplaintResponse[];
}

@InputType({ description: 'A complaint and the version a step is based on.' })
export class ComplaintStepInput {
  @Field(() => ID, { description: 'The complaint.' }) id!: string;
  @Field(() => Int, { description: 'The version the step is based on.' }) version!: number;
}

@InputType({ description: 'Verifying a complaint, correcting what it is about when needed.' })
export class VerifyComplaintInput extends ComplaintStepInput {
  @Field(() => ComplaintCategory, { nullable: true, description: 'The classification, when the reporter chose wrongly.' })
  @IsOptional()
  category?: ComplaintCategory | null;
  @Field(() => ID, { nullable: true, description: 'The unit concerned, when it was not (correctly) named.' }) @IsOptional() unitId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The employee concerned, when it was not (correctly) named.' })
  @IsOptional()
  employeeId?: string | null;
}

@InputType({ description: 'Forwarding a complaint to a unit, optionally to one of its officers.' })
export class AssignComplaintInput extends ComplaintStepInput {
  @Field(() => ID, { description: 'The unit that follows it up.' }) unitId!: string;
  @Field(() => ID, { nullable: true, description: 'The officer (an employee of that unit or below).' }) @IsOptional() officerId?:
    string | null;
}

@InputType({ description: 'An answer or note on a complaint.' })
export class RespondToComplaintInput {
  @Field(() => ID, { description: 'The complaint.' }) complaintId!: string;

  @Field({ description: 'The text (2-4,000 characters).' })
  @Length(2, 4000)
  @MultiLineText()
  text!: string;

  @Field({ description: 'True: shown to the reporter with the tracking code; false: an internal note.' }) isPublic!: boolean;
}

@InputType({ description: 'Resolving a complaint: the answer the reporter reads.' })
export class ResolveComplaintInput extends ComplaintStepInput {
  @Field({ description: 'The resolution, shown to the reporter (2-4,000 characters).' })
  @Length(2, 4000)
  @MultiLineText()
  resolution!: string;
}

@InputType({ description: 'Rejecting a complaint: why, shown to the reporter.' })
export class RejectComplaintInput extends ComplaintStepInput {
  @Field({ description: 'The reason (3-2,000 characters).' })
  @Length(3, 2000)
  @MultiLineText()
  reason!: string;
}

@ObjectType({ description: 'Result of a step on a complaint.' })
export class ComplaintPayload {
  @Field(() => Complaint, { description: 'The complaint as stored.' }) complaint!: Complaint;
}

@ObjectType({ description: 'Result of responding to a complaint.' })
export class ComplaintResponsePayload {
  @Field(() => ComplaintResponse, { description: 'The response as stored.' }) response!: ComplaintResponse;
}

@InputType({ description: 'The period whose community-fed realisations to recompute.' })
export class RefreshRealizationsInput {
  @Field(() => ID, { description: 'The period (MONITORING or EVALUATION); a year includes its sub-periods.' }) periodId!: string;
}

@ObjectType({ description: 'Result of recomputing realisations from surveys and complaints.' })
export class RefreshRealizationsPayload {
  @Field(() => Int, { description: 'Realisations written or changed.' }) realizationsUpdated!: number;
}
