import { ArrayType, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Role } from '../../access/role.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { AppealKind } from './sanction-rules.js';

/** PP 94/2021 art. 8: the three levels of disciplinary sanction. */
export enum SanctionLevel {
  RINGAN = 'RINGAN',
  SEDANG = 'SEDANG',
  BERAT = 'BERAT',
}

export enum CaseStatus {
  PROPOSED = 'PROPOSED',
  EXAMINED = 'EXAMINED',
  DECIDED = 'DECIDED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  REVOKED = 'REVOKED',
  ANNULLED = 'ANNULLED',
}

export enum AppealOutcome {
  UPHELD = 'UPHELD',
  CHANGED = 'CHANGED',
  ANNULLED = 'ANNULLED',
}

registerEnumType(SanctionLevel, {
  name: 'SanctionLevel',
  description: 'Level of a disciplinary sanction (tingkat hukuman disiplin), PP 94/2021 art. 8.',
  valuesConfig: {
    RINGAN: { description: 'Light (ringan): reprimands and the statement of dissatisfaction.' },
    SEDANG: { description: 'Moderate (sedang): a 25 % cut of the performance allowance for 6, 9 or 12 months.' },
    BERAT: { description: 'Severe (berat): demotion or release to an implementing position for 12 months, or dismissal.' },
  },
});
registerEnumType(CaseStatus, {
  name: 'DisciplinaryCaseStatus',
  description:
    'Stage of a disciplinary case: PROPOSED -> EXAMINED -> DECIDED -> ACTIVE -> COMPLETED; REVOKED (objection granted) or ANNULLED (administrative appeal granted).',
  valuesConfig: {
    PROPOSED: { description: 'Reported; the examination is to come.' },
    EXAMINED: { description: 'Examined (berita acara pemeriksaan recorded); waiting for the decision.' },
    DECIDED: { description: 'Sanction decided by decree (SK); in force from its effective date.' },
    ACTIVE: { description: 'The sanction runs.' },
    COMPLETED: { description: 'The sanction has run its course.' },
    REVOKED: { description: 'Withdrawn after an objection (keberatan) was granted.' },
    ANNULLED: { description: 'Annulled after an administrative appeal (banding administratif) was granted.' },
  },
});
registerEnumType(AppealKind, {
  name: 'AppealKind',
  description: 'Remedy against a sanction (upaya administratif), PP 79/2021.',
  valuesConfig: {
    KEBERATAN: { description: 'Objection, against any sanction but dismissal.' },
    BANDING_ADMINISTRATIF: { description: 'Administrative appeal to the ASN appeals board, against dismissal.' },
  },
});
registerEnumType(AppealOutcome, {
  name: 'AppealOutcome',
  description: 'What became of an objection or appeal.',
  valuesConfig: {
    UPHELD: { description: 'The sanction stands (the objection or appeal is rejected).' },
    CHANGED: { description: 'The sanction is replaced by another type.' },
    ANNULLED: { description: 'The sanction is withdrawn or annulled.' },
  },
});

/**
 * A type of sanction of PP 94/2021 art. 8, national reference data seeded by
 * the migration (with the SIASN code, jenisHukumanId): its level, duration and
 * the allowance cut it carries.
 */
@Entity({ tableName: 'sanction_types' })
@ObjectType({ implements: [Node, BaseEntity], description: 'Type of disciplinary sanction (jenis hukuman disiplin), PP 94/2021.' })
export class SanctionType extends BaseEntity<'durationMonths' | 'allowanceCutPercent' | 'permanent' | 'siasnCode'> {
  @Field({ description: 'Code, e.g. POTONGAN_TUKIN_25_6.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => SanctionLevel, { description: 'Level.' })
  @Enum({ items: () => SanctionLevel, nativeEnumName: 'sanction_level' })
  level!: SanctionLevel;

  @Field({ description: 'Name, e.g. Teguran lisan.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'What the sanction does.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Months it runs from its effective date; empty when it has no duration.' })
  @Property({ type: 'smallint', nullable: true })
  durationMonths: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Cut of the performance allowance in percent while it runs.' })
  @Property({ type: 'smallint', nullable: true })
  allowanceCutPercent: number | null = null;

  @Field({ description: 'True for dismissal: it never ends, and the remedy is the administrative appeal.' })
  @Property({ type: 'boolean' })
  permanent: boolean = false;

  @Field(() => String, { nullable: true, description: 'SIASN code (jenisHukumanId).' })
  @Property({ type: 'text', nullable: true })
  siasnCode: string | null = null;

  @Field(() => Int, { description: 'Position in lists, lightest first.' })
  @Property({ type: 'smallint' })
  sortOrder!: number;
}

/**
 * Who decides sanctions of one level in an agency: holders of any of `roles`,
 * and the employee's supervisors up to `supervisorLevels` levels up the chain.
 * Without a row the defaults apply (`DEFAULT_AUTHORITIES`).
 */
@Entity({ tableName: 'discipline_authorities' })
@Unique({ properties: ['agency', 'level'] })
export class DisciplineAuthority extends BaseEntity<'supervisorLevels'> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  @Enum({ items: () => SanctionLevel, nativeEnumName: 'sanction_level' })
  level!: SanctionLevel;

  @Property({ type: ArrayType })
  roles!: Role[];

  @Property({ type: 'smallint', nullable: true })
  supervisorLevels: number | null = null;
}

/**
 * A disciplinary case (kasus disiplin) against an employee, from the report to
 * the end of the sanction, with its examination, decree and any objection or
 * appeal. The sanction's end is computed from its type.
 */
@Entity({ tableName: 'disciplinary_cases' })
@Index({ properties: ['employee', 'status'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Disciplinary case (kasus disiplin, PP 94/2021) against an employee.' })
export class DisciplinaryCase extends BaseEntity<
  | 'status'
  | 'proposedAt'
  | 'examinedOn'
  | 'examiners'
  | 'examinationRecord'
  | 'sanctionType'
  | 'decreeNumber'
  | 'decreeDate'
  | 'effectiveFrom'
  | 'endDate'
  | 'decidedBy'
  | 'appealKind'
  | 'appealFiledOn'
  | 'appealReason'
  | 'appealOutcome'
  | 'appealDecidedOn'
  | 'appealNote'
  | 'originalSanctionType'
  | 'closedAt'
  | 'employeeId'
  | 'sanctionTypeId'
> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  @Field(() => CaseStatus, { description: 'Stage of the case.' })
  @Enum({ items: () => CaseStatus, nativeEnumName: 'disciplinary_case_status' })
  status: CaseStatus = CaseStatus.PROPOSED;

  @Field({ description: 'What happened (the violation).' })
  @Property({ type: 'text' })
  violation!: string;

  @Field(() => GraphQLDate, { description: 'When it happened.' })
  @Property({ type: 'date' })
  violationDate!: string;

  @Field({ description: 'The obligation or prohibition violated, e.g. PP 94/2021 art. 4 letter f (performance targets).' })
  @Property({ type: 'text' })
  article!: string;

  @Field({ description: 'Who reported it (account name).' })
  @Property({ type: 'text' })
  proposedBy!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was reported.' })
  @Property({ type: 'timestamptz' })
  proposedAt: Date = new Date();

  @Field(() => GraphQLDate, { nullable: true, description: 'Day of the examination.' })
  @Property({ type: 'date', nullable: true })
  examinedOn: string | null = null;

  @Field(() => [String], { description: 'Examiner(s): the direct supervisor, or the examination team (tim pemeriksa).' })
  @Property({ type: ArrayType })
  examiners: string[] = [];

  @Field(() => String, { nullable: true, description: 'Examination record (berita acara pemeriksaan, BAP).' })
  @Property({ type: 'text', nullable: true })
  examinationRecord: string | null = null;

  @ManyToOne(() => SanctionType, { ref: true, nullable: true, deleteRule: 'restrict' })
  sanctionType: Ref<SanctionType> | null = null;

  @Field(() => String, { nullable: true, description: 'Number of the decree (SK).' })
  @Property({ type: 'text', nullable: true })
  decreeNumber: string | null = null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Date of the decree.' })
  @Property({ type: 'date', nullable: true })
  decreeDate: string | null = null;

  @Field(() => GraphQLDate, { nullable: true, description: 'First day the sanction is in force.' })
  @Property({ type: 'date', nullable: true })
  effectiveFrom: string | null = null;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: "Last day in force, computed from the type's duration (the effective day for a reprimand; empty for dismissal).",
  })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who recorded the decision (account name).' })
  @Property({ type: 'text', nullable: true })
  decidedBy: string | null = null;

  @Field(() => AppealKind, { nullable: true, description: 'Objection or administrative appeal, when filed.' })
  @Enum({ items: () => AppealKind, nativeEnumName: 'appeal_kind', nullable: true })
  appealKind: AppealKind | null = null;

  @Field(() => GraphQLDate, { nullable: true, description: 'When it was filed.' })
  @Property({ type: 'date', nullable: true })
  appealFiledOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Grounds of the objection or appeal.' })
  @Property({ type: 'text', nullable: true })
  appealReason: string | null = null;

  @Field(() => AppealOutcome, { nullable: true, description: 'Its outcome, once decided.' })
  @Enum({ items: () => AppealOutcome, nativeEnumName: 'appeal_outcome', nullable: true })
  appealOutcome: AppealOutcome | null = null;

  @Field(() => GraphQLDate, { nullable: true, description: 'When it was decided.' })
  @Property({ type: 'date', nullable: true })
  appealDecidedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'The decision on it.' })
  @Property({ type: 'text', nullable: true })
  appealNote: string | null = null;

  /** The decided type, when an appeal changed it. */
  @ManyToOne(() => SanctionType, { ref: true, nullable: true, deleteRule: 'restrict' })
  originalSanctionType: Ref<SanctionType> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was completed, revoked or annulled.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the sanction type, once decided.' })
  get sanctionTypeId(): string | null {
    return refId('SanctionType', this.sanctionType);
  }
}
