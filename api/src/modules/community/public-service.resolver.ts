import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Public, Allow } from '../../graphql/auth.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { PublicService } from './public-service.entity.js';
import { PublicServiceService } from './public-service.service.js';
import {
  CreatePublicServiceInput,
  DirectoryService,
  PublicServiceConnection,
  PublicServiceListArgs,
  PublicServicePayload,
  UpdatePublicServiceInput,
} from './public-service.types.js';

@Resolver(() => PublicService)
export class PublicServiceResolver {
  @Allow('configuration.read')
  @Query(() => PublicServiceConnection, { description: "Public services of the actor's agency (platform administrators: all)." })
  publicServices(@Args() args: PublicServiceListArgs, @Ctx() ctx: Context) {
    return new PublicServiceService(ctx).list(args);
  }

  @Allow('configuration.read')
  @Query(() => PublicService, { description: 'One public service; NOT_FOUND when unknown or of another agency.' })
  publicService(@Arg('id', () => ID, { description: 'Service ID.' }) id: string, @Ctx() ctx: Context) {
    return new PublicServiceService(ctx).get(id);
  }

  @Public()
  @Query(() => [DirectoryService], {
    description: 'Public, no login: the services an agency offers, for the citizen’s survey and complaint forms.',
  })
  serviceDirectory(
    @Arg('agencyCode', { description: 'The agency’s code, e.g. PEMKOT-PALEMBANG.' }) agencyCode: string,
    @Ctx() ctx: Context,
  ) {
    return new PublicServiceService(ctx).directory(agencyCode.slice(0, 100).trim().toUpperCase());
  }

  @Allow('configuration.manage')
  @Mutation(() => PublicServicePayload, { description: 'Adds a service a unit provides (administrators, HR).' })
  async createPublicService(
    @Arg('input', { description: 'The unit and the service.' }) input: CreatePublicServiceInput,
    @Ctx() ctx: Context,
  ) {
    return { service: await new PublicServiceService(ctx).create(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => PublicServicePayload, { description: 'Changes a public service (administrators, HR).' })
  async updatePublicService(
    @Arg('input', { description: 'The service and the changes.' }) input: UpdatePublicServiceInput,
    @Ctx() ctx: Context,
  ) {
    return { service: await new PublicServiceService(ctx).update(input) };
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit that provides it.' })
  unit(@Root() service: PublicService, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(service.unit.id);
  }
}
