import { randomUUID } from 'node:crypto';
import {
  ArrayType,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { PositionType } from '../organization/position.entity.js';
import { ResultCategory } from './indicator.enums.js';
import { Indicator } from './indicator.entity.js';

/**
 * A named set of weighted indicators with default targets (templat kriteria),
 * for the position types and/or units it names. Each row is one revision of a
 * lineage; once a running period has adopted it (`frozen`), an edit writes the
 * next revision instead, and the periods that adopted it keep theirs.
 */
@Entity({ tableName: 'criteria_templates' })
@Index({
  name: 'criteria_templates_lineage_revision_unique',
  expression: 'create unique index "criteria_templates_lineage_revision_unique" on "criteria_templates" ("lineage", "revision")',
})
@Index({ properties: ['agency', 'current'] })
@ObjectType({
  implements: [Node, BaseEntity],
  description: 'Criteria template (templat kriteria): weighted indicators with default targets.',
})
export class CriteriaTemplate extends BaseEntity<
  'description' | 'positionTypes' | 'active' | 'revision' | 'current' | 'frozen' | 'lineage' | 'agencyId' | 'lineageId' | 'mainWeight'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  /** Shared by every revision of the template. */
  @Index()
  @Property({ type: 'uuid' })
  lineage: string = randomUUID();

  @Field(() => Int, { description: 'Revision of the template, 1 for the first; an edit after adoption by a period makes the next.' })
  @Property({ type: 'int' })
  revision: number = 1;

  @Field({ description: 'True for the latest revision; earlier ones stay for the periods that used them.' })
  @Property({ type: 'boolean' })
  current: boolean = true;

  @Field({ description: 'True once a period has adopted this revision: it can no longer change in place.' })
  @Property({ type: 'boolean' })
  frozen: boolean = false;

  @Field({ description: 'Name, e.g. Pelaksana pelayanan Disdukcapil.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the template is for.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => [PositionType], { description: 'Position types it applies to; empty: any type.' })
  @Property({ type: ArrayType })
  positionTypes: PositionType[] = [];

  /** Units it applies to, each with the units below; empty: the whole agency. */
  @ManyToMany(() => OrgUnit, undefined, { pivotTable: 'criteria_template_units', owner: true })
  units = new Collection<OrgUnit>(this);

  @OneToMany(() => TemplateItem, (item) => item.template, { orphanRemoval: true, orderBy: { sortOrder: 'asc' } })
  items = new Collection<TemplateItem>(this);

  @Field({ description: 'Templates that are not active are never applied.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { description: 'Identifies the template across its revisions.' })
  get lineageId(): string {
    return this.lineage;
  }
}

/** One indicator of a template with its weight and default target. */
@Entity({ tableName: 'criteria_template_items' })
@ObjectType({ description: 'An indicator of a criteria template, with its weight and default target.' })
export class TemplateItem {
  declare [OptionalProps]?: 'id' | 'target' | 'targetMax' | 'indicatorId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => CriteriaTemplate, { ref: true, deleteRule: 'cascade' })
  template!: Ref<CriteriaTemplate>;

  @Index()
  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'restrict' })
  indicator!: Ref<Indicator>;

  @Field(() => ResultCategory, { description: 'Main (weights sum to 100) or additional result.' })
  @Enum({ items: () => ResultCategory, nativeEnumName: 'result_category' })
  category!: ResultCategory;

  @Field(() => Float, { description: 'Weight in percent for a main result; points at full achievement for an additional one.' })
  @Property({ type: 'double' })
  weight!: number;

  @Field(() => Float, { nullable: true, description: 'Default target; for a target range, its lower bound.' })
  @Property({ type: 'double', nullable: true })
  target: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of a target range.' })
  @Property({ type: 'double', nullable: true })
  targetMax: number | null = null;

  @Field(() => Int, { description: 'Position in the template.' })
  @Property({ type: 'smallint' })
  sortOrder!: number;

  @Field(() => ID, { description: 'ID of the indicator.' })
  get indicatorId(): string {
    return refId('Indicator', this.indicator)!;
  }
}
