import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../graphql/node.js';
import { Agency } from '../organization/agency.entity.js';
import { ComplaintCategory } from './community.enums.js';

/**
 * An agency's own rules for surveys and complaints; without a row the defaults
 * below apply. The regulation sets no fixed minimum sample (PermenPANRB 14/2017
 * sizes it from the population served, Krejcie-Morgan), so it is a setting.
 */
export const COMMUNITY_DEFAULTS = {
  minimumSample: 30,
  submissionsPerHour: 20,
  /** SP4N-LAPOR! (PermenPANRB 62/2018): verify and forward within 3 working days. */
  verificationDays: 3,
  /** The unit formulates its follow-up within 5 working days, whatever the classification by default. */
  followUpDays: {
    [ComplaintCategory.ASPIRASI]: 5,
    [ComplaintCategory.PENGADUAN]: 5,
    [ComplaintCategory.PERMINTAAN_INFORMASI]: 5,
  } as Record<ComplaintCategory, number>,
  /** A resolved report closes 10 working days after the follow-up when nobody replies. */
  autoCloseDays: 10,
};

@Entity({ tableName: 'community_settings' })
@Unique({ properties: ['agency'] })
export class CommunitySettings extends BaseEntity {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  /** Respondents below which an IKM is flagged as based on too small a sample (a survey may set its own). */
  @Property({ type: 'integer' })
  minimumSample!: number;

  /** Public submissions accepted per client address and hour: per survey, and for complaints per agency. */
  @Property({ type: 'integer' })
  submissionsPerHour!: number;

  @Property({ type: 'smallint' })
  verificationDays!: number;

  @Property({ type: 'jsonb' })
  followUpDays!: Record<ComplaintCategory, number>;

  @Property({ type: 'smallint' })
  autoCloseDays!: number;
}

/**
 * Counters of public submissions per key (what was submitted to, and a keyed
 * hash of the client address) and hour, shared by every API process through
 * PostgreSQL. Written with plain SQL (no audit entries); old windows are pruned.
 */
@Entity({ tableName: 'public_rate_limits' })
export class PublicRateLimit {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @PrimaryKey({ type: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  count!: number;
}
