import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Agency } from './agency.entity.js';

export enum OrgUnitKind {
  SEKRETARIAT = 'SEKRETARIAT',
  INSPEKTORAT = 'INSPEKTORAT',
  DINAS = 'DINAS',
  BADAN = 'BADAN',
  BAGIAN = 'BAGIAN',
  BIDANG = 'BIDANG',
  SUBBAGIAN = 'SUBBAGIAN',
  SEKSI = 'SEKSI',
  UPT = 'UPT',
  KECAMATAN = 'KECAMATAN',
  KELURAHAN = 'KELURAHAN',
  PUSKESMAS = 'PUSKESMAS',
  SEKOLAH = 'SEKOLAH',
  TIM_KERJA = 'TIM_KERJA',
  OTHER = 'OTHER',
}

registerEnumType(OrgUnitKind, {
  name: 'OrgUnitKind',
  description: 'Kind of organisational unit (unit kerja).',
  valuesConfig: {
    SEKRETARIAT: { description: 'Secretariat (sekretariat daerah, sekretariat DPRD, or a dinas secretariat).' },
    INSPEKTORAT: { description: 'Inspectorate (inspektorat).' },
    DINAS: { description: 'Regional office (dinas).' },
    BADAN: { description: 'Regional agency (badan).' },
    BAGIAN: { description: 'Section of a secretariat (bagian).' },
    BIDANG: { description: 'Division of a dinas or badan (bidang).' },
    SUBBAGIAN: { description: 'Sub-section (subbagian).' },
    SEKSI: { description: 'Section of a division (seksi).' },
    UPT: { description: 'Technical implementation unit (UPT/UPTD).' },
    KECAMATAN: { description: 'District (kecamatan).' },
    KELURAHAN: { description: 'Urban village (kelurahan), under a kecamatan.' },
    PUSKESMAS: { description: 'Community health centre (puskesmas), usually a UPT of the health office.' },
    SEKOLAH: { description: 'School (sekolah).' },
    TIM_KERJA: { description: 'Functional working team (tim kerja).' },
    OTHER: { description: 'Any other kind of unit.' },
  },
});

/**
 * A unit in an agency's tree. `path` is the materialised path of row ids from the
 * root to this unit (`/root/…/self/`): a subtree is one indexed prefix match.
 */
@Entity({ tableName: 'org_units' })
@Unique({ properties: ['agency', 'code'] })
// text_pattern_ops: prefix LIKE uses the index whatever the database collation.
@Index({ name: 'org_units_path_index', expression: 'create index "org_units_path_index" on "org_units" ("path" text_pattern_ops)' })
@ObjectType({ implements: [Node, BaseEntity], description: "Organisational unit (unit kerja) in an agency's tree." })
@Unique({ properties: ['agency', 'siasnId'] })
export class OrgUnit extends BaseEntity<'parent' | 'active' | 'path' | 'depth' | 'siasnId' | 'agencyId' | 'parentId' | 'pathIds'> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Index()
  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, deleteRule: 'restrict' })
  parent: Ref<OrgUnit> | null = null;

  @Field({ description: 'Code, unique within the agency, e.g. DINKES or PKM-KERTAPATI.' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: 'Name, e.g. Dinas Kesehatan.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => OrgUnitKind, { description: 'Kind of unit.' })
  @Enum({ items: () => OrgUnitKind, nativeEnumName: 'org_unit_kind' })
  kind!: OrgUnitKind;

  @Field({ description: 'Inactive units are kept for history but take no new positions.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => String, { nullable: true, description: 'ID of the unit in SIASN (ref-unor `Id`), kept by the SIASN import.' })
  @Property({ type: 'text', nullable: true })
  siasnId: string | null = null;

  /** Materialised path, maintained by the service; indexed with text_pattern_ops in the migration. */
  @Property({ type: 'text' })
  path!: string;

  @Field(() => Int, { description: 'Level in the tree: 0 for a top unit.' })
  @Property({ type: 'integer' })
  depth: number = 0;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the parent unit; empty for a top unit.' })
  get parentId(): string | null {
    return refId('OrgUnit', this.parent);
  }

  /** Row ids from the root down to this unit. */
  get pathIds(): string[] {
    return this.path.split('/').filter(Boolean);
  }
}
