import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Agency } from './agency.entity.js';
import { OrgUnit } from './org-unit.entity.js';

export enum PositionType {
  JPT_UTAMA = 'JPT_UTAMA',
  JPT_MADYA = 'JPT_MADYA',
  JPT_PRATAMA = 'JPT_PRATAMA',
  ADMINISTRATOR = 'ADMINISTRATOR',
  PENGAWAS = 'PENGAWAS',
  PELAKSANA = 'PELAKSANA',
  FUNGSIONAL = 'FUNGSIONAL',
}

registerEnumType(PositionType, {
  name: 'PositionType',
  description: 'Type of position (jenis jabatan), UU 20/2023.',
  valuesConfig: {
    JPT_UTAMA: { description: 'Senior executive, highest level (Jabatan Pimpinan Tinggi Utama).' },
    JPT_MADYA: { description: 'Senior executive, middle level (Jabatan Pimpinan Tinggi Madya).' },
    JPT_PRATAMA: { description: 'Senior executive, first level (Jabatan Pimpinan Tinggi Pratama), e.g. head of a dinas.' },
    ADMINISTRATOR: { description: 'Administrator (jabatan administrator), e.g. head of a bidang.' },
    PENGAWAS: { description: 'Supervisor (jabatan pengawas), e.g. head of a seksi.' },
    PELAKSANA: { description: 'Implementing staff (jabatan pelaksana).' },
    FUNGSIONAL: { description: 'Functional position (jabatan fungsional), expert or skilled levels.' },
  },
});

/** A position (jabatan) in a unit; `superior` is the position its holder reports to (atasan). */
@Entity({ tableName: 'positions' })
@ObjectType({ implements: [Node, BaseEntity], description: 'Position (jabatan) in a unit, with the position it reports to.' })
export class Position extends BaseEntity<'superior' | 'active' | 'agencyId' | 'unitId' | 'superiorId'> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Index()
  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<OrgUnit>;

  @Index()
  @ManyToOne(() => Position, { ref: true, nullable: true, deleteRule: 'restrict' })
  superior: Ref<Position> | null = null;

  @Field({ description: 'Name of the position, e.g. Kepala Seksi Imunisasi.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PositionType, { description: 'Type of position.' })
  @Enum({ items: () => PositionType, nativeEnumName: 'position_type' })
  type!: PositionType;

  @Field(() => Int, { description: 'Position class (kelas jabatan), 1-17; the base of the performance allowance.' })
  @Property({ type: 'smallint' })
  grade!: number;

  @Field({ description: 'Inactive positions are kept for history but take no new holders.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { description: 'ID of the unit.' })
  get unitId(): string {
    return refId('OrgUnit', this.unit)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the superior position; empty for the top of the chain.' })
  get superiorId(): string | null {
    return refId('Position', this.superior);
  }
}
