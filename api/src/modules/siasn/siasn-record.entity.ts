import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../graphql/node.js';
import { Agency } from '../organization/agency.entity.js';

/** The kinds of record the platform hands to SIASN, each with its save endpoint. */
export enum SiasnRecordKind {
  SKP_TAHUNAN = 'SKP_TAHUNAN',
  KINERJA_PERIODIK = 'KINERJA_PERIODIK',
  PENGHARGAAN = 'PENGHARGAAN',
  HUKDIS = 'HUKDIS',
  KURSUS = 'KURSUS',
}

registerEnumType(SiasnRecordKind, {
  name: 'SiasnRecordKind',
  description: 'Kind of record exported to SIASN, named after its save endpoint.',
  valuesConfig: {
    SKP_TAHUNAN: { description: 'Annual performance summary (POST /skp22/save).' },
    KINERJA_PERIODIK: { description: 'Monthly or quarterly performance summary (POST /kinerjaperiodik/save).' },
    PENGHARGAAN: { description: 'Reward (POST /penghargaan/save).' },
    HUKDIS: { description: 'Disciplinary sanction (POST /hukdis/save).' },
    KURSUS: { description: 'Training course with its hours (POST /kursus/save).' },
  },
});

/**
 * What SIASN knows of one of our records: the id its save answered
 * (`mapData`), so that exporting the record again updates it instead of
 * creating a duplicate. One row per exported record.
 */
@Entity({ tableName: 'siasn_records' })
@Unique({ properties: ['kind', 'sourceId'] })
export class SiasnRecord extends BaseEntity<'siasnId' | 'pushedAt' | 'lastMessage'> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  @Enum({ items: () => SiasnRecordKind, nativeEnumName: 'siasn_record_kind' })
  kind!: SiasnRecordKind;

  /** Row id of our record: an evaluation, reward, disciplinary case or enrolment. */
  @Property({ type: 'uuid' })
  sourceId!: string;

  /** The id SIASN gave the record (rwXxxId); empty until a push is accepted. */
  @Property({ type: 'text', nullable: true })
  siasnId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  pushedAt: Date | null = null;

  /** SIASN's message on the last push (why it was refused, or its confirmation). */
  @Property({ type: 'text', nullable: true })
  lastMessage: string | null = null;
}
