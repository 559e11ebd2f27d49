import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node, refId } from '../../graphql/node.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Position } from '../organization/position.entity.js';
import { Employee } from './employee.entity.js';
import { Golongan, PppkGrade } from './rank.js';

/**
 * One period of an employee's placement: unit, position, supervisor and rank as
 * they were from `validFrom` until `validTo` (open while current). Appraisals read
 * the organisation as it was through these rows.
 */
@Entity({ tableName: 'employee_assignments' })
@Index({ properties: ['employee', 'validFrom'] })
@ObjectType({
  implements: Node,
  description: "A period of an employee's placement (riwayat penempatan): unit, position, supervisor and rank.",
})
export class Assignment extends Node {
  declare [OptionalProps]?:
    | 'id'
    | 'createdAt'
    | 'nodeId'
    | 'validTo'
    | 'position'
    | 'supervisor'
    | 'golongan'
    | 'pppkGrade'
    | 'reason'
    | 'unitId'
    | 'positionId'
    | 'supervisorId';

  @PrimaryKey({ type: 'uuid' })
  override id: string = randomUUID();

  @ManyToOne(() => Employee, { ref: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => GraphQLDate, { description: 'First day of this placement.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'Last day of this placement; empty while it is current.' })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<OrgUnit>;

  @ManyToOne(() => Position, { ref: true, nullable: true, deleteRule: 'restrict' })
  position: Ref<Position> | null = null;

  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'set null' })
  supervisor: Ref<Employee> | null = null;

  @Field(() => Golongan, { nullable: true, description: 'Rank of a PNS during this period.' })
  @Enum({ items: () => Golongan, nativeEnumName: 'golongan', nullable: true })
  golongan: Golongan | null = null;

  @Field(() => PppkGrade, { nullable: true, description: 'Grade of a PPPK during this period.' })
  @Enum({ items: () => PppkGrade, nativeEnumName: 'pppk_grade', nullable: true })
  pppkGrade: PppkGrade | null = null;

  @Field(() => String, { nullable: true, description: 'Why the placement changed (e.g. mutasi, promotion, decree number).' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => GraphQLDateTime, { description: 'When the record was written.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => ID, { description: 'ID of the unit.' })
  get unitId(): string {
    return refId('OrgUnit', this.unit)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the position.' })
  get positionId(): string | null {
    return refId('Position', this.position);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the direct supervisor during this period.' })
  get supervisorId(): string | null {
    return refId('Employee', this.supervisor);
  }
}
