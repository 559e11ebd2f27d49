import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { CommunitySettingsService } from './community-settings.service.js';
import { EffectiveCommunitySettings, SetCommunitySettingsInput } from './community-settings.types.js';

@Resolver()
export class CommunitySettingsResolver {
  @Allow('configuration.read')
  @Query(() => EffectiveCommunitySettings, {
    description: "An agency's rules for surveys and complaints (minimum sample, submission limit, deadlines).",
  })
  communitySettings(
    @Arg('agencyId', () => ID, { nullable: true, description: "The agency; default the actor's own." }) agencyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new CommunitySettingsService(ctx).get(agencyId);
  }

  @Allow('configuration.manage')
  @Mutation(() => EffectiveCommunitySettings, { description: "Sets an agency's rules for surveys and complaints (administrators, HR)." })
  setCommunitySettings(@Arg('input', { description: 'The rules to change.' }) input: SetCommunitySettingsInput, @Ctx() ctx: Context) {
    return new CommunitySettingsService(ctx).set(input);
  }
}
