import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Agency } from './agency.entity.js';
import { AgencyService } from './agency.service.js';
import {
  AgencyConnection,
  AgencyListArgs,
  AgencyPayload,
  CreateAgencyInput,
  DeleteAgencyInput,
  DeleteAgencyPayload,
  UpdateAgencyInput,
} from './agency.types.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Allow('organization.read')
  @Query(() => AgencyConnection, { description: "Agencies (instansi) within the actor's access." })
  agencies(@Args() args: AgencyListArgs, @Ctx() ctx: Context) {
    return new AgencyService(ctx).list(args);
  }

  @Allow('organization.read')
  @Query(() => Agency, { description: "One agency; NOT_FOUND when it does not exist or is outside the actor's access." })
  agency(@Arg('id', () => ID, { description: 'Agency ID.' }) id: string, @Ctx() ctx: Context) {
    return new AgencyService(ctx).get(id);
  }

  @Allow('agencies.create')
  @Mutation(() => AgencyPayload, { description: 'Registers an agency (platform administrators).' })
  async createAgency(@Arg('input', { description: 'The new agency.' }) input: CreateAgencyInput, @Ctx() ctx: Context) {
    return { agency: await new AgencyService(ctx).create(input) };
  }

  @Allow('agencies.update')
  @Mutation(() => AgencyPayload, { description: "Changes an agency (platform administrators, or the agency's own administrators)." })
  async updateAgency(@Arg('input', { description: 'The changes.' }) input: UpdateAgencyInput, @Ctx() ctx: Context) {
    return { agency: await new AgencyService(ctx).update(input) };
  }

  @Allow('agencies.create')
  @Mutation(() => DeleteAgencyPayload, { description: 'Deletes an agency that nothing refers to any more (platform administrators).' })
  async deleteAgency(@Arg('input', { description: 'The agency to delete.' }) input: DeleteAgencyInput, @Ctx() ctx: Context) {
    return { id: await new AgencyService(ctx).delete(input) };
  }
}
