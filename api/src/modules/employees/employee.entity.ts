import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Position } from '../organization/position.entity.js';
import { formatNip } from './nip.js';
import { EmployeeStatus, EmploymentType, Gender, Golongan, PppkGrade } from './rank.js';

/**
 * A civil servant (pegawai ASN). Birth date, gender and start of service are
 * derived from the NIP when the record is written, and stored for queries.
 */
@Entity({ tableName: 'employees' })
// The employee list's default order within an agency: a page is read from the index, not sorted.
@Index({ properties: ['agency', 'name', 'id'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Civil servant (pegawai ASN): PNS or PPPK.' })
export class Employee extends BaseEntity<
  | 'position'
  | 'supervisorOverride'
  | 'frontTitle'
  | 'backTitle'
  | 'golongan'
  | 'pppkGrade'
  | 'status'
  | 'email'
  | 'bankAccount'
  | 'phone'
  | 'tmtCpns'
  | 'appointmentYear'
  | 'pnsId'
  | 'fullName'
  | 'nipFormatted'
  | 'agencyId'
  | 'unitId'
  | 'positionId'
  | 'supervisorOverrideId'
> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Index()
  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<OrgUnit>;

  @Index()
  @ManyToOne(() => Position, { ref: true, nullable: true, deleteRule: 'restrict' })
  position: Ref<Position> | null = null;

  /** Set when the direct supervisor is not the holder of the superior position (acting officials, PLT/PLH). */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'set null' })
  supervisorOverride: Ref<Employee> | null = null;

  @Field({ description: 'NIP (PNS) or NI PPPK: 18 digits, unique.' })
  @Property({ type: 'text', unique: true })
  nip!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ID of the person in SIASN (pnsId), the key of its records there; set by the SIASN import.',
  })
  @Property({ type: 'text', nullable: true, unique: true })
  pnsId: string | null = null;

  @Field(() => EmploymentType, { description: 'PNS or PPPK.' })
  @Enum({ items: () => EmploymentType, nativeEnumName: 'employment_type' })
  employmentType!: EmploymentType;

  @Field(() => String, { nullable: true, description: 'Academic or other titles before the name (gelar depan), e.g. dr. or Ir.' })
  @Property({ type: 'text', nullable: true })
  frontTitle: string | null = null;

  @Field({ description: 'Name without titles.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Titles after the name (gelar belakang), e.g. S.Kom., M.Si.' })
  @Property({ type: 'text', nullable: true })
  backTitle: string | null = null;

  @Field(() => Golongan, { nullable: true, description: 'Rank (golongan/ruang) of a PNS.' })
  @Enum({ items: () => Golongan, nativeEnumName: 'golongan', nullable: true })
  golongan: Golongan | null = null;

  @Field(() => PppkGrade, { nullable: true, description: 'Grade of a PPPK (I-XVII).' })
  @Enum({ items: () => PppkGrade, nativeEnumName: 'pppk_grade', nullable: true })
  pppkGrade: PppkGrade | null = null;

  @Field(() => EmployeeStatus, { description: 'Employment status.' })
  @Enum({ items: () => EmployeeStatus, nativeEnumName: 'employee_status' })
  status: EmployeeStatus = EmployeeStatus.AKTIF;

  @Field(() => String, { nullable: true, description: 'Work e-mail address.' })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  /** Where the allowance is paid (bank and account number); read through `EmployeeResolver.bankAccount` only. */
  @Property({ type: 'text', nullable: true })
  bankAccount: string | null = null;

  @Field(() => GraphQLDate, { description: 'Birth date, from the NIP.' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => Gender, { description: 'Gender, from the NIP.' })
  @Enum({ items: () => Gender, nativeEnumName: 'gender' })
  gender!: Gender;

  @Field(() => String, { nullable: true, description: 'Start of CPNS service (TMT CPNS) as YYYY-MM, from the NIP of a PNS.' })
  @Property({ type: 'text', nullable: true })
  tmtCpns: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Year of appointment, from the NI PPPK of a PPPK.' })
  @Property({ type: 'smallint', nullable: true })
  appointmentYear: number | null = null;

  @Field({ description: 'Name with titles, as written on documents, e.g. "dr. Siti Rahma, M.Kes."' })
  get fullName(): string {
    const front = this.frontTitle ? `${this.frontTitle} ` : '';
    const back = this.backTitle ? `, ${this.backTitle}` : '';
    return `${front}${this.name}${back}`;
  }

  @Field({ description: 'The NIP grouped for reading: 19800117 200501 2 003.' })
  get nipFormatted(): string {
    return formatNip(this.nip);
  }

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { description: 'ID of the unit.' })
  get unitId(): string {
    return refId('OrgUnit', this.unit)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the position.' })
  get positionId(): string | null {
    return refId('Position', this.position);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the supervisor set by hand, when it overrides the position tree.' })
  get supervisorOverrideId(): string | null {
    return refId('Employee', this.supervisorOverride);
  }
}
