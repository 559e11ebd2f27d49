import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Agency } from '../organization/agency.entity.js';
import { Aggregation, DataSource, Direction, MeasureUnit, Perspective } from './indicator.enums.js';

/**
 * A performance indicator of the catalogue (indikator kinerja). Without an
 * agency it is national and every agency may use it; codes are unique within
 * an agency and among national indicators (partial unique indexes in the migration).
 */
@Entity({ tableName: 'indicators' })
@Index({
  name: 'indicators_national_code_unique',
  expression: 'create unique index "indicators_national_code_unique" on "indicators" ("code") where "agency_id" is null',
})
@Index({
  name: 'indicators_agency_code_unique',
  expression: 'create unique index "indicators_agency_code_unique" on "indicators" ("agency_id", "code") where "agency_id" is not null',
})
@ObjectType({ implements: [Node, BaseEntity], description: 'Performance indicator (indikator kinerja) of the catalogue.' })
export class Indicator extends BaseEntity<'agency' | 'description' | 'cap' | 'active' | 'agencyId'> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, nullable: true, deleteRule: 'restrict' })
  agency: Ref<Agency> | null = null;

  @Field({ description: 'Code, unique within the agency (or among national indicators), e.g. WAKTU-LAYANAN.' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: 'Name, e.g. Waktu penyelesaian layanan.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What is measured and how.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => Perspective, { description: 'What the indicator measures.' })
  @Enum({ items: () => Perspective, nativeEnumName: 'perspective' })
  perspective!: Perspective;

  @Field(() => MeasureUnit, { description: 'Unit of measure of targets and realisations.' })
  @Enum({ items: () => MeasureUnit, nativeEnumName: 'measure_unit' })
  unit!: MeasureUnit;

  @Field(() => Direction, { description: 'Which way is good.' })
  @Enum({ items: () => Direction, nativeEnumName: 'direction' })
  direction!: Direction;

  @Field(() => Aggregation, { description: 'How sub-period values combine into the period value.' })
  @Enum({ items: () => Aggregation, nativeEnumName: 'aggregation' })
  aggregation!: Aggregation;

  @Field(() => DataSource, { description: 'Where realisations come from.' })
  @Enum({ items: () => DataSource, nativeEnumName: 'data_source' })
  dataSource!: DataSource;

  @Field(() => Float, { nullable: true, description: "Achievement cap in percent (e.g. 120); empty: the scoring scheme's cap." })
  @Property({ type: 'double', nullable: true })
  cap: number | null = null;

  @Field({ description: 'Inactive indicators stay for history but are not offered for new templates.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => ID, { nullable: true, description: 'ID of the agency; empty for a national indicator.' })
  get agencyId(): string | null {
    return refId('Agency', this.agency);
  }
}
