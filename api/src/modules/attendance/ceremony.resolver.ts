import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Employee } from '../employees/employee.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Ceremony, CeremonyAttendance } from './ceremony.entity.js';
import { CeremonyService } from './ceremony.service.js';
import {
  CeremonyAttendanceConnection,
  CeremonyAttendanceListArgs,
  CeremonyAttendancePayload,
  CeremonyConnection,
  CeremonyListArgs,
  CeremonyPayload,
  CreateCeremonyInput,
  DeleteCeremonyInput,
  DeletedCeremonyPayload,
  ImportCeremonyAttendanceInput,
  RecordCeremonyAttendanceInput,
  UpdateCeremonyInput,
} from './ceremony.types.js';

@Resolver(() => Ceremony)
export class CeremonyResolver {
  @Allow('attendance.read')
  @Query(() => CeremonyConnection, { description: "Ceremonies (apel / upacara) of the actor's agency, newest first." })
  ceremonies(@Args() args: CeremonyListArgs, @Ctx() ctx: Context) {
    return new CeremonyService(ctx).list(args);
  }

  @Allow('attendance.read')
  @Query(() => Ceremony, { description: "One ceremony; NOT_FOUND when unknown or another agency's." })
  ceremony(@Arg('id', () => ID, { description: 'Ceremony ID.' }) id: string, @Ctx() ctx: Context) {
    return new CeremonyService(ctx).get(id);
  }

  @Allow('attendance.read')
  @Query(() => CeremonyAttendanceConnection, {
    description: 'Attendances at a ceremony, by name: HR the whole list, others the employees they see (themselves, those below them).',
  })
  ceremonyAttendances(@Args() args: CeremonyAttendanceListArgs, @Ctx() ctx: Context) {
    return new CeremonyService(ctx).attendances(args);
  }

  @Allow('attendance.write')
  @Mutation(() => CeremonyPayload, { description: 'Adds a ceremony of the agency or a unit subtree (HR, administrators); audited.' })
  async createCeremony(@Arg('input', { description: 'The ceremony.' }) input: CreateCeremonyInput, @Ctx() ctx: Context) {
    return { ceremony: await new CeremonyService(ctx).create(input) };
  }

  @Allow('attendance.write')
  @Mutation(() => CeremonyPayload, { description: 'Changes a ceremony; audited. A sheet already computed changes only when recomputed.' })
  async updateCeremony(@Arg('input', { description: 'The ceremony and the changes.' }) input: UpdateCeremonyInput, @Ctx() ctx: Context) {
    return { ceremony: await new CeremonyService(ctx).update(input) };
  }

  @Allow('attendance.write')
  @Mutation(() => DeletedCeremonyPayload, { description: 'Removes a ceremony and its attendances; audited.' })
  async deleteCeremony(@Arg('input', { description: 'The ceremony.' }) input: DeleteCeremonyInput, @Ctx() ctx: Context) {
    return { id: await new CeremonyService(ctx).delete(input) };
  }

  @Allow('attendance.write')
  @Mutation(() => CeremonyAttendancePayload, {
    description:
      'Records who attended a ceremony that has taken place (HR, administrators): all entries or none (BAD_USER_INPUT names each wrong one); audited.',
  })
  async recordCeremonyAttendance(
    @Arg('input', { description: 'The ceremony and the entries.' }) input: RecordCeremonyAttendanceInput,
    @Ctx() ctx: Context,
  ) {
    return new CeremonyService(ctx).record(input);
  }

  @Allow('attendance.write')
  @Mutation(() => CeremonyAttendancePayload, {
    description:
      'Imports a CSV list of attendances at a ceremony (nip,status[,note]): all rows or none, with a row-by-row error report; the same file twice changes nothing; audited.',
  })
  async importCeremonyAttendance(
    @Arg('input', { description: 'The ceremony and the file.' }) input: ImportCeremonyAttendanceInput,
    @Ctx() ctx: Context,
  ) {
    return new CeremonyService(ctx).import(input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit whose subtree takes part; empty for the whole agency.' })
  unit(@Root() ceremony: Ceremony, @Ctx() ctx: Context) {
    return ceremony.unit ? ctx.loaders.byId(OrgUnit).load(ceremony.unit.id) : null;
  }
}

@Resolver(() => CeremonyAttendance)
export class CeremonyAttendanceResolver {
  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() attendance: CeremonyAttendance, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(attendance.employee.id);
  }
}
