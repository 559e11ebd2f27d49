import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SiasnRecordKind } from './siasn-record.entity.js';

export enum SiasnExportFormat {
  JSON_LINES = 'JSON_LINES',
  CSV = 'CSV',
}

registerEnumType(SiasnExportFormat, {
  name: 'SiasnExportFormat',
  description: 'Text format of an export.',
  valuesConfig: {
    JSON_LINES: { description: 'One JSON object per line, each the body of one SIASN save request.' },
    CSV: { description: 'Comma-separated, a header row with the SIASN field names, one record per line.' },
  },
});

@ObjectType('SiasnExportRecord', { description: 'One record of an export: the body of its SIASN save request.' })
export class SiasnExportRecord {
  @Field(() => ID, { description: 'ID of our record: the evaluation, reward, disciplinary case or enrolment.' })
  sourceId!: string;

  @Field(() => String, { nullable: true, description: 'The id SIASN gave it on an earlier push; empty when it is new there.' })
  siasnId!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The request body, with SIASN field names and codes.' })
  body!: Record<string, unknown>;
}

@ObjectType('SiasnExportSkip', { description: 'A record of the period that cannot be exported, and why.' })
export class SiasnExportSkip {
  @Field(() => ID, { description: 'ID of our record.' })
  sourceId!: string;

  @Field({ description: 'NIP and name of the employee.' })
  label!: string;

  @Field({ description: 'Why, e.g. the employee has no pnsId (import them from SIASN first).' })
  reason!: string;
}

@ObjectType('SiasnExport', { description: 'The records of a closed period in the shape SIASN saves them.' })
export class SiasnExport {
  @Field(() => SiasnRecordKind, { description: 'Kind of record.' })
  kind!: SiasnRecordKind;

  @Field({ description: 'The SIASN endpoint the records go to, e.g. /kinerjaperiodik/save.' })
  endpoint!: string;

  @Field({ description: 'A file name for the content, e.g. kinerjaperiodik-triwulan-i-2026.jsonl.' })
  fileName!: string;

  @Field(() => Int, { description: 'Records exported.' })
  count!: number;

  @Field({ description: 'The file: JSON lines or CSV, as asked.' })
  content!: string;

  @Field(() => [SiasnExportRecord], { description: 'The same records one by one, with the id of our record behind each.' })
  records!: SiasnExportRecord[];

  @Field(() => [SiasnExportSkip], { description: 'Records of the period left out, and why.' })
  skipped!: SiasnExportSkip[];
}

@InputType('SiasnIdEntry', { description: 'The id SIASN gave one of our records.' })
export class SiasnIdEntry {
  @Field(() => ID, { description: 'ID of our record (SiasnExportRecord.sourceId).' })
  sourceId!: string;

  @Field({ description: 'The id from the answer of the SIASN save (mapData).' })
  @MinLength(1)
  @MaxLength(100)
  siasnId!: string;
}

@InputType('RecordSiasnIdsInput', { description: 'Ids SIASN gave records that were uploaded to it by hand.' })
export class RecordSiasnIdsInput {
  @Field(() => SiasnRecordKind, { description: 'Kind of the records.' })
  kind!: SiasnRecordKind;

  @Field(() => [SiasnIdEntry], { description: 'One entry per record.' })
  @ArrayMaxSize(50_000)
  entries!: SiasnIdEntry[];
}

@ObjectType('RecordSiasnIdsPayload', { description: 'How many ids were recorded.' })
export class RecordSiasnIdsPayload {
  @Field(() => Int, { description: 'Records whose SIASN id was stored.' })
  recorded!: number;
}
