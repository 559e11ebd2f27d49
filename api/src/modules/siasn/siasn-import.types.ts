import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SiasnImportOutcome {
  CREATED = 'CREATED',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
}

registerEnumType(SiasnImportOutcome, {
  name: 'SiasnImportOutcome',
  description: 'What the import does (or, in a dry run, would do) with one record of the file.',
  valuesConfig: {
    CREATED: { description: 'A new record.' },
    CHANGED: { description: 'An existing record whose fields change.' },
    UNCHANGED: { description: 'An existing record that already agrees with the file.' },
    REFUSED: { description: 'The record has problems; the whole file is refused until they are fixed.' },
  },
});

@InputType('ImportSiasnInput', { description: 'A file exported from SIASN, for one agency.' })
export class ImportSiasnInput {
  @Field(() => ID, { nullable: true, description: "Agency the records belong to; the actor's own agency when omitted." })
  @IsOptional()
  agencyId?: string | null;

  @Field({
    description: 'The file: JSON (an array of records or the SIASN read envelope {code, data}) or CSV with a header row.',
  })
  @MaxLength(60_000_000)
  content!: string;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Date from which changes without their own TMT date take effect; today when omitted.',
  })
  @IsOptional()
  effectiveDate?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Compare and report, but write nothing.' })
  dryRun?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'A UUID the client makes up to follow this import with siasnImportProgress while it runs; no progress is kept without one.',
  })
  @IsOptional()
  @IsUUID()
  progressKey?: string | null;
}

@ObjectType('SiasnFieldChange', { description: 'One field of a record that the import changes: before and after.' })
export class SiasnFieldChange {
  @Field({ description: 'Field, e.g. unit, golongan, name.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Value now; empty for a new record or an empty field.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Value from the file.' })
  after!: string | null;
}

@ObjectType('SiasnRowError', { description: 'A problem in one record of a SIASN file.' })
export class SiasnRowError {
  @Field(() => Int, { description: 'Line of a CSV file (header = 1) or position of a JSON record (from 1).' })
  row!: number;

  @Field({ description: 'Field or column, as SIASN names it.' })
  column!: string;

  @Field({ description: 'What is wrong.' })
  message!: string;
}

@ObjectType('SiasnImportEntry', { description: 'One record of a SIASN file and what the import does with it.' })
export class SiasnImportEntry {
  @Field(() => Int, { description: 'Line of a CSV file (header = 1) or position of a JSON record (from 1).' })
  row!: number;

  @Field({ description: 'SIASN key of the record: the unit Id, or the pnsId of a person.' })
  key!: string;

  @Field({ description: 'What a person reads: the unit name, or NIP and name.' })
  label!: string;

  @Field(() => SiasnImportOutcome, { description: 'Created, changed, unchanged or refused.' })
  outcome!: SiasnImportOutcome;

  @Field(() => [SiasnFieldChange], { description: 'The fields that change (all of them for a new record).' })
  changes!: SiasnFieldChange[];

  @Field(() => [SiasnRowError], { description: 'Why the record is refused.' })
  errors!: SiasnRowError[];
}

@ObjectType('SiasnImportReport', {
  description: 'The difference between a SIASN file and the platform: what was (or, in a dry run, would be) created and changed.',
})
export class SiasnImportReport {
  @Field({ description: 'True when nothing was written because it was a dry run.' })
  dryRun!: boolean;

  @Field({ description: 'JSON or CSV, as read.' })
  format!: string;

  @Field(() => Int, { description: 'Records in the file.' })
  rows!: number;

  @Field(() => Int, { description: 'Records created.' })
  created!: number;

  @Field(() => Int, { description: 'Records changed.' })
  changed!: number;

  @Field(() => Int, { description: 'Records already in agreement with the file.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Records refused (only a dry run reports them; a real import refuses the whole file).' })
  refused!: number;

  @Field(() => [SiasnImportEntry], {
    description: 'The records created, changed and refused, in file order (unchanged ones are only counted), at most 1000.',
  })
  entries!: SiasnImportEntry[];

  @Field({ description: 'True when there were more entries than listed.' })
  truncated!: boolean;
}
