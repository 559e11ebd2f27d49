import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import type { CsvImportRequest } from '../../import/import.types.js';
import { Agency } from './agency.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { OrgUnitImportService } from './org-unit-import.service.js';
import { OrgUnitService } from './org-unit.service.js';
import {
  CreateOrgUnitInput,
  DeleteOrgUnitInput,
  DeleteOrgUnitPayload,
  DescendantArgs,
  ImportOrgUnits,
  MoveOrgUnitInput,
  OrgUnitConnection,
  OrgUnitListArgs,
  OrgUnitPayload,
  UpdateOrgUnitInput,
} from './org-unit.types.js';

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Allow('organization.read')
  @Query(() => OrgUnitConnection, {
    description: "Organisational units within the actor's agency (all agencies for platform administrators).",
  })
  orgUnits(@Args() args: OrgUnitListArgs, @Ctx() ctx: Context) {
    return new OrgUnitService(ctx).list(args);
  }

  @Allow('organization.read')
  @Query(() => OrgUnit, { description: "One unit; NOT_FOUND when it does not exist or is outside the actor's access." })
  orgUnit(@Arg('id', () => ID, { description: 'Unit ID.' }) id: string, @Ctx() ctx: Context) {
    return new OrgUnitService(ctx).get(id);
  }

  @Allow('organization.manage')
  @Mutation(() => OrgUnitPayload, { description: 'Creates a unit, at the top of an agency or under a parent.' })
  async createOrgUnit(@Arg('input', { description: 'The new unit.' }) input: CreateOrgUnitInput, @Ctx() ctx: Context) {
    return { orgUnit: await new OrgUnitService(ctx).create(input) };
  }

  @Allow('organization.manage')
  @Mutation(() => OrgUnitPayload, { description: 'Changes code, name, kind or active state of a unit.' })
  async updateOrgUnit(@Arg('input', { description: 'The changes.' }) input: UpdateOrgUnitInput, @Ctx() ctx: Context) {
    return { orgUnit: await new OrgUnitService(ctx).update(input) };
  }

  @Allow('organization.manage')
  @Mutation(() => OrgUnitPayload, {
    description: 'Moves a unit with its whole subtree under another parent; a move that would create a cycle is refused.',
  })
  async moveOrgUnit(@Arg('input', { description: 'The unit and its new parent.' }) input: MoveOrgUnitInput, @Ctx() ctx: Context) {
    return { orgUnit: await new OrgUnitService(ctx).move(input) };
  }

  @Allow('organization.manage')
  @Mutation(() => DeleteOrgUnitPayload, { description: 'Deletes a unit that has no sub-units and nothing referring to it.' })
  async deleteOrgUnit(@Arg('input', { description: 'The unit to delete.' }) input: DeleteOrgUnitInput, @Ctx() ctx: Context) {
    return { id: await new OrgUnitService(ctx).delete(input) };
  }

  @Allow('organization.manage')
  @Mutation(() => ImportOrgUnits.Payload, {
    description: 'Imports units from CSV, all or nothing, with a row-by-row report of every problem.',
  })
  importOrgUnits(
    @Arg('input', () => ImportOrgUnits.Input, { description: 'The file and its agency.' }) input: CsvImportRequest,
    @Ctx() ctx: Context,
  ) {
    return new OrgUnitImportService(ctx).import(input);
  }

  @FieldResolver(() => Agency, { description: 'The agency of the unit.' })
  agency(@Root() unit: OrgUnit, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Agency).load(unit.agency.id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The parent unit; empty for a top unit.' })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: Context) {
    return unit.parent ? ctx.loaders.byId(OrgUnit).load(unit.parent.id) : null;
  }

  @FieldResolver(() => [OrgUnit], { description: 'Direct sub-units, by name.' })
  children(@Root() unit: OrgUnit, @Ctx() ctx: Context) {
    return ctx.loaders.byForeignKey(OrgUnit, 'parent', { name: 'asc' }).load(unit.id);
  }

  @FieldResolver(() => [OrgUnit], { description: 'The units above this one, from the top down (breadcrumb).' })
  ancestors(@Root() unit: OrgUnit, @Ctx() ctx: Context) {
    return new OrgUnitService(ctx).ancestors(unit);
  }

  @FieldResolver(() => OrgUnitConnection, { description: 'Every unit below this one, at any depth.' })
  descendants(@Root() unit: OrgUnit, @Args() args: DescendantArgs, @Ctx() ctx: Context) {
    return new OrgUnitService(ctx).list(args, unit);
  }
}
