import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { Employee } from '../employees/employee.entity.js';
import { AllowanceScheme, AllowanceSheet } from './allowance.entity.js';
import { AllowanceService } from './allowance.service.js';
import {
  AddAllowanceAdjustmentInput,
  AllowanceBreakdownArgs,
  AllowancePreview,
  AllowancePreviewArgs,
  AllowanceSchemeConnection,
  AllowanceSchemeListArgs,
  AllowanceSchemePayload,
  AllowanceSheetConnection,
  AllowanceSheetListArgs,
  AllowanceSheetPayload,
  AllowanceSheetRow,
  AllowanceSheetTransitionInput,
  ComputeAllowancesInput,
  CreateAllowanceSchemeInput,
  DeleteAllowanceSchemeInput,
  DeletedAllowanceSchemePayload,
  UpdateAllowanceSchemeInput,
} from './allowance.types.js';

@Resolver(() => AllowanceScheme)
export class AllowanceSchemeResolver {
  @Allow('allowance.read')
  @Query(() => AllowanceSchemeConnection, { description: 'Allowance scheme versions of the agency, newest first.' })
  allowanceSchemes(@Args() args: AllowanceSchemeListArgs, @Ctx() ctx: Context) {
    return new AllowanceService(ctx).schemes(args);
  }

  @Allow('allowance.read')
  @Query(() => AllowanceScheme, { description: "One scheme version; NOT_FOUND when unknown or another agency's." })
  allowanceScheme(@Arg('id', () => ID, { description: 'Scheme ID.' }) id: string, @Ctx() ctx: Context) {
    return new AllowanceService(ctx).getScheme(id);
  }

  @Allow('allowance.read')
  @Query(() => AllowanceScheme, { nullable: true, description: 'The scheme version valid in a month; empty when none is.' })
  allowanceSchemeAt(
    @Arg('month', { description: 'The month, YYYY-MM.' }) month: string,
    @Arg('agencyId', () => ID, { nullable: true, description: "The agency; the actor's own when omitted." }) agencyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AllowanceService(ctx).validScheme(agencyId, month);
  }

  @Allow('allowance.manage')
  @Mutation(() => AllowanceSchemePayload, { description: 'Adds a scheme version valid from a month (HR, administrators); audited.' })
  async createAllowanceScheme(@Arg('input', { description: 'The version.' }) input: CreateAllowanceSchemeInput, @Ctx() ctx: Context) {
    return { scheme: await new AllowanceService(ctx).createScheme(input) };
  }

  @Allow('allowance.manage')
  @Mutation(() => AllowanceSchemePayload, {
    description: 'Replaces the rules of a version no verified sheet uses (else CONFLICT); audited.',
  })
  async updateAllowanceScheme(
    @Arg('input', { description: 'The version and its rules.' }) input: UpdateAllowanceSchemeInput,
    @Ctx() ctx: Context,
  ) {
    return { scheme: await new AllowanceService(ctx).updateScheme(input) };
  }

  @Allow('allowance.manage')
  @Mutation(() => DeletedAllowanceSchemePayload, { description: 'Removes a version no sheet uses (else CONFLICT); audited.' })
  async deleteAllowanceScheme(@Arg('input', { description: 'The version.' }) input: DeleteAllowanceSchemeInput, @Ctx() ctx: Context) {
    return { id: await new AllowanceService(ctx).deleteScheme(input) };
  }
}

@Resolver(() => AllowanceSheet)
export class AllowanceSheetResolver {
  // Everyone else reads their own rows through allowanceBreakdown (the console's myAllowance page).
  @Allow('allowance.readAgency')
  @Query(() => AllowanceSheetConnection, { description: 'Monthly allowance sheets of the agency, newest first (HR, administrators).' })
  allowanceSheets(@Args() args: AllowanceSheetListArgs, @Ctx() ctx: Context) {
    return new AllowanceService(ctx).sheets(args);
  }

  @Allow('allowance.read')
  @Query(() => AllowanceSheet, { description: "One sheet; NOT_FOUND when unknown, another agency's or not the actor's to read." })
  allowanceSheet(@Arg('id', () => ID, { description: 'Sheet ID.' }) id: string, @Ctx() ctx: Context) {
    return new AllowanceService(ctx).getSheet(id);
  }

  @Allow('allowance.read')
  @Query(() => [AllowanceSheetRow], {
    description:
      'Why an employee got what they got in a month: their row (and adjustment rows) with every line. Employees their own, supervisors those below them, HR the agency; NOT_FOUND outside. Empty when the month has no sheet.',
  })
  allowanceBreakdown(@Args() args: AllowanceBreakdownArgs, @Ctx() ctx: Context) {
    return new AllowanceService(ctx).breakdown(args);
  }

  @Allow('allowance.readAgency')
  @Query(() => AllowancePreview, {
    nullable: true,
    description:
      "What an employee would get in a month under scheme rules not saved yet (the scheme editor's preview): the sheet's computation, writing nothing. HR and administrators; NOT_FOUND outside their agency; BAD_USER_INPUT naming the field of wrong rules (scheme.*); empty when the employee is not paid in the month.",
  })
  allowancePreview(@Args() args: AllowancePreviewArgs, @Ctx() ctx: Context) {
    return new AllowanceService(ctx).preview(args);
  }

  @Allow('allowance.manage')
  @Mutation(() => AllowanceSheetPayload, {
    description:
      "Computes an agency's month with the scheme version valid then (HR, administrators): a DRAFT sheet, recomputed idempotently; CONFLICT past DRAFT.",
  })
  async computeAllowances(@Arg('input', { description: 'Agency and month.' }) input: ComputeAllowancesInput, @Ctx() ctx: Context) {
    return { sheet: await new AllowanceService(ctx).compute(input) };
  }

  @Allow('allowance.verify')
  @Mutation(() => AllowanceSheetPayload, { description: 'DRAFT -> VERIFIED (HR); audited.' })
  async verifyAllowanceSheet(@Arg('input', { description: 'The sheet.' }) input: AllowanceSheetTransitionInput, @Ctx() ctx: Context) {
    return { sheet: await new AllowanceService(ctx).transition('verify', input) };
  }

  @Allow('allowance.approve')
  @Mutation(() => AllowanceSheetPayload, { description: 'VERIFIED -> APPROVED (head of agency, as agency administrator); audited.' })
  async approveAllowanceSheet(@Arg('input', { description: 'The sheet.' }) input: AllowanceSheetTransitionInput, @Ctx() ctx: Context) {
    return { sheet: await new AllowanceService(ctx).transition('approve', input) };
  }

  @Allow('allowance.lock')
  @Mutation(() => AllowanceSheetPayload, { description: 'APPROVED -> LOCKED: the sheet never changes again; audited.' })
  async lockAllowanceSheet(@Arg('input', { description: 'The sheet.' }) input: AllowanceSheetTransitionInput, @Ctx() ctx: Context) {
    return { sheet: await new AllowanceService(ctx).transition('lock', input) };
  }

  @Allow('allowance.manage')
  @Mutation(() => AllowanceSheetPayload, {
    description: 'Adds an adjustment row correcting a LOCKED month to a later DRAFT sheet (HR, administrators); audited.',
  })
  async addAllowanceAdjustment(@Arg('input', { description: 'The correction.' }) input: AddAllowanceAdjustmentInput, @Ctx() ctx: Context) {
    return { sheet: await new AllowanceService(ctx).addAdjustment(input) };
  }

  @FieldResolver(() => [AllowanceSheetRow], { description: 'The rows, by unit and name; optionally one unit only.' })
  rows(
    @Root() sheet: AllowanceSheet,
    @Arg('unitId', () => ID, { nullable: true, description: 'Only rows of this unit.' }) unitId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AllowanceService(ctx).rowsOf([sheet], unitId).then(([rows]) => rows!);
  }

  @FieldResolver(() => AllowanceScheme, { description: 'The scheme version the sheet was computed with.' })
  scheme(@Root() sheet: AllowanceSheet, @Ctx() ctx: Context) {
    return ctx.loaders.byId(AllowanceScheme).load(sheet.scheme.id);
  }
}

@Resolver(() => AllowanceSheetRow)
export class AllowanceSheetRowResolver {
  @FieldResolver(() => Employee, {
    nullable: true,
    description: "The employee as now recorded (rank and position for the sheet's exports); empty once removed.",
  })
  employee(@Root() row: AllowanceSheetRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(fromGlobalId(row.employeeId, 'Employee', 'employeeId'));
  }
}
