import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node } from '../../graphql/node.js';

export enum AgencyKind {
  PUSAT = 'PUSAT',
  DAERAH = 'DAERAH',
}

registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'Level of government of an agency (instansi).',
  valuesConfig: {
    PUSAT: { description: 'Central agency (instansi pusat): ministry or national agency.' },
    DAERAH: { description: 'Regional government (instansi daerah): province, regency or city.' },
  },
});

@Entity({ tableName: 'agencies' })
@ObjectType({ implements: [Node, BaseEntity], description: 'Government agency (instansi) whose civil servants the platform manages.' })
export class Agency extends BaseEntity<'region'> {
  @Field({ description: 'Short unique code, e.g. PEMKOT-TEBINGTINGGI.' })
  @Property({ type: 'text' })
  @Unique()
  code!: string;

  @Field({ description: 'Official name, e.g. Pemerintah Kota Tebingtinggi.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => AgencyKind, { description: 'Central (PUSAT) or regional (DAERAH).' })
  @Enum({ items: () => AgencyKind, nativeEnumName: 'agency_kind' })
  kind!: AgencyKind;

  @Field(() => String, { nullable: true, description: 'Province or region the agency belongs to, e.g. Sumatera Utara.' })
  @Property({ type: 'text', nullable: true })
  region: string | null = null;
}
