import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';

export enum CeremonyKind {
  UPACARA_BENDERA = 'UPACARA_BENDERA',
  APEL_PAGI = 'APEL_PAGI',
  APEL_SORE = 'APEL_SORE',
  HARI_BESAR = 'HARI_BESAR',
  LAINNYA = 'LAINNYA',
}

registerEnumType(CeremonyKind, {
  name: 'CeremonyKind',
  description: 'Kind of ceremony (apel / upacara).',
  valuesConfig: {
    UPACARA_BENDERA: { description: 'Flag ceremony (upacara bendera), e.g. on the 17th of each month.' },
    APEL_PAGI: { description: 'Morning assembly (apel pagi).' },
    APEL_SORE: { description: 'Afternoon assembly (apel sore).' },
    HARI_BESAR: { description: 'Ceremony of a national or regional day (upacara hari besar), possibly on a holiday.' },
    LAINNYA: { description: 'Another ceremony.' },
  },
});

export enum CeremonyAttendanceStatus {
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

registerEnumType(CeremonyAttendanceStatus, {
  name: 'CeremonyAttendanceStatus',
  description: 'Whether an employee took part in a ceremony.',
  valuesConfig: {
    ATTENDED: { description: 'Took part.' },
    ABSENT: { description: 'Missed it without excuse; a required ceremony deducts from the allowance.' },
    EXCUSED: { description: 'Missed it with an excuse (duty, leave, sickness); no deduction.' },
  },
});

export enum CeremonyAttendanceSource {
  MANUAL = 'MANUAL',
  IMPORT = 'IMPORT',
}

registerEnumType(CeremonyAttendanceSource, {
  name: 'CeremonyAttendanceSource',
  description: 'Where a ceremony attendance came from.',
  valuesConfig: {
    MANUAL: { description: 'Entered by HR.' },
    IMPORT: { description: 'Imported from a CSV list.' },
  },
});

/**
 * A ceremony an agency holds (apel / upacara), for the whole agency or a unit
 * and everything below it. Missing a required one without excuse deducts from
 * the allowance (the scheme's UPACARA rule).
 */
@Entity({ tableName: 'ceremonies' })
@Index({ properties: ['agency', 'date'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Ceremony (apel / upacara) of an agency or a unit subtree.' })
export class Ceremony extends BaseEntity<'unit' | 'note' | 'required' | 'agencyId' | 'unitId'> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  /** Empty: the whole agency takes part; else the unit and every unit below it. */
  @Index()
  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, deleteRule: 'cascade' })
  unit: Ref<OrgUnit> | null = null;

  @Field(() => GraphQLDate, { description: 'The day.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => CeremonyKind, { description: 'Kind of ceremony.' })
  @Enum({ items: () => CeremonyKind, nativeEnumName: 'ceremony_kind' })
  kind!: CeremonyKind;

  @Field({ description: 'Name, e.g. Upacara Hari Kesadaran Nasional.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'Whether attendance is required: only a required ceremony missed without excuse deducts from the allowance.' })
  @Property({ type: 'boolean' })
  required: boolean = true;

  @Field(() => String, { nullable: true, description: 'Remark, e.g. the place or the letter that called it.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the unit whose subtree takes part; empty for the whole agency.' })
  get unitId(): string | null {
    return refId('OrgUnit', this.unit);
  }
}

/** Whether one employee took part in one ceremony. */
@Entity({ tableName: 'ceremony_attendances' })
@Unique({ properties: ['ceremony', 'employee'] })
@ObjectType({ implements: [Node, BaseEntity], description: "An employee's attendance at a ceremony." })
export class CeremonyAttendance extends BaseEntity<'note' | 'ceremonyId' | 'employeeId'> {
  @ManyToOne(() => Ceremony, { ref: true, deleteRule: 'cascade' })
  ceremony!: Ref<Ceremony>;

  @Index()
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => CeremonyAttendanceStatus, { description: 'Attended, absent or excused.' })
  @Enum({ items: () => CeremonyAttendanceStatus, nativeEnumName: 'ceremony_attendance_status' })
  status!: CeremonyAttendanceStatus;

  @Field(() => CeremonyAttendanceSource, { description: 'Entered by hand or imported.' })
  @Enum({ items: () => CeremonyAttendanceSource, nativeEnumName: 'ceremony_attendance_source' })
  source!: CeremonyAttendanceSource;

  @Field(() => String, { nullable: true, description: 'Remark, e.g. the excuse.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { description: 'ID of the ceremony.' })
  get ceremonyId(): string {
    return refId('Ceremony', this.ceremony)!;
  }

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }
}
