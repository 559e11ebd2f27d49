import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

export interface CsvImportRequest {
  agencyId?: string | null;
  csv: string;
  dryRun?: boolean | null;
}

export interface CsvImportResult {
  rows: number;
  created: number;
  dryRun: boolean;
}

/**
 * The input and payload of one CSV import mutation (`Import<Name>Input`,
 * `Import<Name>Payload`): every import takes a file for an agency and answers counts.
 */
export function CsvImportTypes(name: string, options: { records: string; inputDescription: string; payloadDescription: string }) {
  const Records = options.records[0]!.toUpperCase() + options.records.slice(1);

  @InputType(`Import${name}Input`, { description: options.inputDescription })
  class Input implements CsvImportRequest {
    @Field(() => ID, { nullable: true, description: `Agency of the ${options.records}; the actor's own agency when omitted.` })
    @IsOptional()
    agencyId?: string | null;

    @Field({ description: 'The CSV text (UTF-8, comma-separated, with a header row).' })
    @MaxLength(20_000_000)
    csv!: string;

    @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Check every row and report, but write nothing.' })
    dryRun?: boolean;
  }

  @ObjectType(`Import${name}Payload`, { description: options.payloadDescription })
  class Payload implements CsvImportResult {
    @Field(() => Int, { description: 'Data rows in the file.' })
    rows!: number;

    @Field(() => Int, { description: `${Records} created (0 for a dry run).` })
    created!: number;

    @Field({ description: 'True when nothing was written because it was a dry run.' })
    dryRun!: boolean;
  }

  return { Input, Payload };
}
