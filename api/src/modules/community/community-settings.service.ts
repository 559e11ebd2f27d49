import { ref } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertSettingVersion, UNSAVED_VERSION } from '../../db/optimistic-lock.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, ErrorReason } from '../../errors.js';
import { toGlobalId } from '../../graphql/ids.js';
import { assertAgencyWritable } from '../../access/scope.js';
import { Agency } from '../organization/agency.entity.js';
import { AgencyService } from '../organization/agency.service.js';
import { ComplaintCategory } from './community.enums.js';
import { COMMUNITY_DEFAULTS, CommunitySettings } from './community-settings.entity.js';
import type { EffectiveCommunitySettings, SetCommunitySettingsInput } from './community-settings.types.js';

export type CommunityRules = Omit<EffectiveCommunitySettings, 'agencyId' | 'defaults' | 'followUpDays'> & {
  followUpDays: Record<ComplaintCategory, number>;
};

/** The rules that apply to an agency (no actor needed: public submissions use them too). */
export async function communityRules(ctx: Pick<ServiceContext, 'em'>, agencyId: string): Promise<CommunityRules & { own: boolean }> {
  const own = await ctx.em.findOne(CommunitySettings, { agency: agencyId });
  const source = own ?? COMMUNITY_DEFAULTS;
  return {
    own: own !== null,
    version: own?.version ?? UNSAVED_VERSION,
    minimumSample: source.minimumSample,
    submissionsPerHour: source.submissionsPerHour,
    verificationDays: source.verificationDays,
    followUpDays: { ...COMMUNITY_DEFAULTS.followUpDays, ...source.followUpDays },
    autoCloseDays: source.autoCloseDays,
  };
}

export class CommunitySettingsService {
  constructor(private readonly ctx: ServiceContext) {}

  async get(agencyGlobalId: string | null | undefined, field = 'agencyId'): Promise<EffectiveCommunitySettings> {
    return this.effective(await this.agencyId(agencyGlobalId, field));
  }

  async set(input: SetCommunitySettingsInput): Promise<EffectiveCommunitySettings> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const agencyId = await this.agencyId(input.agencyId, 'input.agencyId');
      assertAgencyWritable(requireActor(this.ctx), agencyId);
      const existing = await em.findOne(CommunitySettings, { agency: agencyId });
      assertSettingVersion('CommunitySettings', existing, input.version);
      const current = await communityRules(this.ctx, agencyId);
      const followUpDays = { ...current.followUpDays };
      for (const deadline of input.followUpDays ?? []) followUpDays[deadline.category] = deadline.days;
      const values = {
        minimumSample: input.minimumSample ?? current.minimumSample,
        submissionsPerHour: input.submissionsPerHour ?? current.submissionsPerHour,
        verificationDays: input.verificationDays ?? current.verificationDays,
        followUpDays,
        autoCloseDays: input.autoCloseDays ?? current.autoCloseDays,
      };
      if (existing) Object.assign(existing, values);
      else em.create(CommunitySettings, { agency: ref(Agency, agencyId), ...values });
      await em.flush();
      return this.effective(agencyId);
    });
  }

  private async effective(agencyId: string): Promise<EffectiveCommunitySettings> {
    const rules = await communityRules(this.ctx, agencyId);
    return {
      agencyId: toGlobalId('Agency', agencyId),
      defaults: !rules.own,
      version: rules.version,
      minimumSample: rules.minimumSample,
      submissionsPerHour: rules.submissionsPerHour,
      verificationDays: rules.verificationDays,
      followUpDays: Object.values(ComplaintCategory).map((category) => ({ category, days: rules.followUpDays[category] })),
      autoCloseDays: rules.autoCloseDays,
    };
  }

  private async agencyId(globalId: string | null | undefined, field: string): Promise<string> {
    const actor = requireActor(this.ctx);
    const agencyId = globalId ? (await new AgencyService(this.ctx).get(globalId, field)).id : actor.agencyId;
    if (!agencyId) throw badInput(field, 'Name the agency', ErrorReason.REQUIRED);
    return agencyId;
  }
}
