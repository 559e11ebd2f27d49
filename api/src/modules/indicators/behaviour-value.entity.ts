import { ArrayType, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Agency } from '../organization/agency.entity.js';

/**
 * A core value appraised as work behaviour (perilaku kerja). The national
 * BerAKHLAK values have no agency; an agency row with the same code replaces
 * the national one for that agency, and an agency may add values of its own.
 */
@Entity({ tableName: 'behaviour_values' })
@Index({
  name: 'behaviour_values_national_code_unique',
  expression: 'create unique index "behaviour_values_national_code_unique" on "behaviour_values" ("code") where "agency_id" is null',
})
@Index({
  name: 'behaviour_values_agency_code_unique',
  expression:
    'create unique index "behaviour_values_agency_code_unique" on "behaviour_values" ("agency_id", "code") where "agency_id" is not null',
})
@ObjectType({
  implements: [Node, BaseEntity],
  description: 'Core value appraised as work behaviour (nilai dasar BerAKHLAK, perilaku kerja), with its behaviour guides.',
})
export class BehaviourValue extends BaseEntity<'agency' | 'active' | 'agencyId' | 'isNational'> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, nullable: true, deleteRule: 'cascade' })
  agency: Ref<Agency> | null = null;

  @Field({ description: 'Code, e.g. BERORIENTASI_PELAYANAN; an agency value with a national code replaces it.' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: 'Name, e.g. Berorientasi Pelayanan.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'What the value means (guidance text).' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => [String], { description: 'Behaviour guides (panduan perilaku), usually three.' })
  @Property({ type: ArrayType })
  guides!: string[];

  @Field(() => Int, { description: 'Position in lists.' })
  @Property({ type: 'smallint' })
  sortOrder!: number;

  @Field({ description: 'Inactive agency values are not appraised.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => ID, { nullable: true, description: 'ID of the agency; empty for a national value.' })
  get agencyId(): string | null {
    return refId('Agency', this.agency);
  }

  @Field({ description: 'True for the national BerAKHLAK values (SE MenPANRB 20/2021).' })
  get isNational(): boolean {
    return this.agency === null;
  }
}
