import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';

/** A service a unit provides to the public (e.g. KTP issuance at Disdukcapil, outpatient care at a puskesmas). */
@Entity({ tableName: 'public_services' })
@Unique({ properties: ['unit', 'name'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'A public service (jenis pelayanan) a unit provides.' })
export class PublicService extends BaseEntity<'description' | 'active' | 'agencyId' | 'unitId'> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<OrgUnit>;

  @Field({ description: 'Name, e.g. Penerbitan KTP-el.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the service is, for the public.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field({ description: 'False: no longer offered (kept for its surveys and complaints).' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { description: 'ID of the unit that provides it.' })
  get unitId(): string {
    return refId('OrgUnit', this.unit)!;
  }
}
