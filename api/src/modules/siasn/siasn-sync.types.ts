import { GraphQLDateTime } from 'graphql-scalars';
import { IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SiasnRecordKind } from './siasn-record.entity.js';

export enum SiasnPushOutcome {
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
  FAILED = 'FAILED',
}

registerEnumType(SiasnPushOutcome, {
  name: 'SiasnPushOutcome',
  description: 'What became of one record sent to SIASN.',
  valuesConfig: {
    ACCEPTED: { description: 'Saved by SIASN; its id is kept so the next push updates it.' },
    REFUSED: { description: 'Refused by SIASN (e.g. a validation message); nothing saved there.' },
    FAILED: { description: 'SIASN did not answer, even after retries; push again later.' },
  },
});

@InputType('PullSiasnUnitsInput', { description: 'Which agency takes the unit tree from the SIASN web service.' })
export class PullSiasnUnitsInput {
  @Field(() => ID, { nullable: true, description: "The agency; the actor's own when omitted." })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Compare and report, but write nothing.' })
  dryRun?: boolean;
}

@InputType('PullSiasnEmployeesInput', { description: 'Whose master data to take from the SIASN web service.' })
export class PullSiasnEmployeesInput extends PullSiasnUnitsInput {
  @Field(() => [String], { nullable: true, description: 'NIPs to pull; every employee of the agency when omitted.' })
  @IsOptional()
  @Matches(/^[\d\s]{18,21}$/, { each: true, message: 'Each NIP has 18 digits' })
  nips?: string[] | null;
}

@InputType('PushToSiasnInput', { description: 'Which records of a closed period to save in SIASN.' })
export class PushToSiasnInput {
  @Field(() => ID, { description: 'The closed period.' })
  periodId!: string;

  @Field(() => SiasnRecordKind, { description: 'Which records.' })
  kind!: SiasnRecordKind;
}

@ObjectType('SiasnPushResult', { description: 'One record sent to SIASN and its answer.' })
export class SiasnPushResult {
  @Field(() => ID, { description: 'ID of our record.' })
  sourceId!: string;

  @Field(() => SiasnPushOutcome, { description: 'Accepted, refused or failed.' })
  outcome!: SiasnPushOutcome;

  @Field(() => String, { nullable: true, description: 'The id SIASN keeps the record under.' })
  siasnId!: string | null;

  @Field({ description: "SIASN's message (why it refused), or what went wrong." })
  message!: string;
}

@ObjectType('SiasnPushReport', { description: 'What SIASN accepted and refused of a push.' })
export class SiasnPushReport {
  @Field({ description: 'The SIASN endpoint, e.g. /kinerjaperiodik/save.' })
  endpoint!: string;

  @Field(() => Int, { description: 'Records accepted.' })
  accepted!: number;

  @Field(() => Int, { description: 'Records refused by SIASN.' })
  refused!: number;

  @Field(() => Int, { description: 'Records SIASN did not answer for.' })
  failed!: number;

  @Field(() => Int, { description: 'Records of the period not sent (e.g. the employee has no pnsId).' })
  skipped!: number;

  @Field(() => [SiasnPushResult], { description: 'Each record sent, in order.' })
  results!: SiasnPushResult[];
}

@ObjectType('SiasnSyncStatus', { description: 'Whether the SIASN web service client is configured, and what it has pushed.' })
export class SiasnSyncStatus {
  @Field({ description: 'True when SIASN_BASE_URL and its credentials are set.' })
  configured!: boolean;

  @Field(() => String, { nullable: true, description: 'Base URL of the SIASN web service.' })
  baseUrl!: string | null;

  @Field(() => Int, { description: "Records of the actor's agency SIASN holds an id for." })
  pushedRecords!: number;

  @Field(() => Int, { description: "Records of the actor's agency SIASN refused on their last push." })
  refusedRecords!: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When a record was last pushed.' })
  lastPushAt!: Date | null;
}
