import { IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ComplaintCategory } from './community.enums.js';

@ObjectType({ description: 'Working days a complaint of one classification gives the unit for its follow-up.' })
export class CategoryDeadline {
  @Field(() => ComplaintCategory, { description: 'Classification.' }) category!: ComplaintCategory;
  @Field(() => Int, { description: 'Working days from verification.' }) days!: number;
}

@ObjectType({ description: "The rules an agency's surveys and complaints follow: its own, or the defaults." })
export class EffectiveCommunitySettings {
  @Field(() => ID, { description: 'ID of the agency.' }) agencyId!: string;
  @Field({ description: 'True when the agency has set none of its own: the defaults apply.' }) defaults!: boolean;
  @Field(() => Int, {
    description: 'Revision of the saved rules, 0 while the defaults apply; send it back with setCommunitySettings (CONFLICT when stale).',
  })
  version!: number;
  @Field(() => Int, {
    description:
      'Respondents below which an IKM is flagged as too small a sample (default 30; PermenPANRB 14/2017 sizes the sample from the population served). A survey may set its own.',
  })
  minimumSample!: number;
  @Field(() => Int, {
    description: 'Public submissions accepted per client address and hour: per survey, and for complaints per agency (default 20).',
  })
  submissionsPerHour!: number;
  @Field(() => Int, { description: 'Working days to verify and forward a complaint (SP4N-LAPOR!: 3).' }) verificationDays!: number;
  @Field(() => [CategoryDeadline], {
    description: 'Working days for the follow-up after verification, per classification (SP4N-LAPOR!: 5).',
  })
  followUpDays!: CategoryDeadline[];
  @Field(() => Int, { description: 'Working days after which a resolved complaint closes when nobody replies (SP4N-LAPOR!: 10).' })
  autoCloseDays!: number;
}

@InputType({ description: 'A follow-up deadline for one classification.' })
export class CategoryDeadlineInput {
  @Field(() => ComplaintCategory, { description: 'Classification.' }) category!: ComplaintCategory;
  @Field(() => Int, { description: 'Working days (1-60).' })
  @Min(1)
  @Max(60)
  days!: number;
}

@InputType({ description: "An agency's rules for surveys and complaints; fields left out keep their current value." })
export class SetCommunitySettingsInput {
  @Field(() => ID, { nullable: true, description: "The agency; default the actor's own." })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Minimum sample (1-100,000).' })
  @IsOptional()
  @Min(1)
  @Max(100_000)
  minimumSample?: number | null;

  @Field(() => Int, { nullable: true, description: 'Submissions per client address and hour (1-10,000).' })
  @IsOptional()
  @Min(1)
  @Max(10_000)
  submissionsPerHour?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days to verify (1-60).' })
  @IsOptional()
  @Min(1)
  @Max(60)
  verificationDays?: number | null;

  @Field(() => [CategoryDeadlineInput], { nullable: true, description: 'Follow-up deadlines of the classifications named.' })
  @IsOptional()
  followUpDays?: CategoryDeadlineInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Working days before a resolved complaint closes by itself (1-60).' })
  @IsOptional()
  @Min(1)
  @Max(60)
  autoCloseDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the change is based on (0: the defaults were read); CONFLICT when someone saved since. Omitted: not checked.',
  })
  @IsOptional()
  version?: number | null;
}
