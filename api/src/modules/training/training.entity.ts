import { ArrayType, Check, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Sensitive } from '../../access/sensitive.js';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';

/** Competence type a programme develops (PP 11/2017, docs/domain.md#jp). */
export enum CompetencyArea {
  MANAJERIAL = 'MANAJERIAL',
  SOSIAL_KULTURAL = 'SOSIAL_KULTURAL',
  TEKNIS = 'TEKNIS',
  FUNGSIONAL = 'FUNGSIONAL',
}

/** Classroom or not (jalur pengembangan kompetensi). */
export enum TrainingMode {
  KLASIKAL = 'KLASIKAL',
  NONKLASIKAL = 'NONKLASIKAL',
}

/** The form of a programme; each belongs to one mode (`TRAINING_KIND_MODE`). */
export enum TrainingKind {
  PELATIHAN = 'PELATIHAN',
  WORKSHOP = 'WORKSHOP',
  SEMINAR = 'SEMINAR',
  KURSUS = 'KURSUS',
  BIMTEK = 'BIMTEK',
  SOSIALISASI = 'SOSIALISASI',
  E_LEARNING = 'E_LEARNING',
  COACHING = 'COACHING',
  MENTORING = 'MENTORING',
  PEMBELAJARAN_JARAK_JAUH = 'PEMBELAJARAN_JARAK_JAUH',
  DETASERING = 'DETASERING',
  BENCHMARKING = 'BENCHMARKING',
  BELAJAR_MANDIRI = 'BELAJAR_MANDIRI',
  KOMUNITAS_BELAJAR = 'KOMUNITAS_BELAJAR',
  BIMBINGAN_DI_TEMPAT_KERJA = 'BIMBINGAN_DI_TEMPAT_KERJA',
  MAGANG = 'MAGANG',
}

export const TRAINING_KIND_MODE: Record<TrainingKind, TrainingMode> = {
  PELATIHAN: TrainingMode.KLASIKAL,
  WORKSHOP: TrainingMode.KLASIKAL,
  SEMINAR: TrainingMode.KLASIKAL,
  KURSUS: TrainingMode.KLASIKAL,
  BIMTEK: TrainingMode.KLASIKAL,
  SOSIALISASI: TrainingMode.KLASIKAL,
  E_LEARNING: TrainingMode.NONKLASIKAL,
  COACHING: TrainingMode.NONKLASIKAL,
  MENTORING: TrainingMode.NONKLASIKAL,
  PEMBELAJARAN_JARAK_JAUH: TrainingMode.NONKLASIKAL,
  DETASERING: TrainingMode.NONKLASIKAL,
  BENCHMARKING: TrainingMode.NONKLASIKAL,
  BELAJAR_MANDIRI: TrainingMode.NONKLASIKAL,
  KOMUNITAS_BELAJAR: TrainingMode.NONKLASIKAL,
  BIMBINGAN_DI_TEMPAT_KERJA: TrainingMode.NONKLASIKAL,
  MAGANG: TrainingMode.NONKLASIKAL,
};

export enum TrainingSessionStatus {
  SCHEDULED = 'SCHEDULED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export enum EnrollmentStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  ATTENDED = 'ATTENDED',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

/** Statuses that hold a seat of the session. */
export const SEAT_HOLDING = [EnrollmentStatus.REGISTERED, EnrollmentStatus.ATTENDED, EnrollmentStatus.COMPLETED, EnrollmentStatus.FAILED];

registerEnumType(CompetencyArea, {
  name: 'CompetencyArea',
  description: 'Competence a training programme develops (jenis kompetensi).',
  valuesConfig: {
    MANAJERIAL: { description: 'Managerial (kompetensi manajerial), leadership included.' },
    SOSIAL_KULTURAL: { description: 'Socio-cultural (kompetensi sosial kultural).' },
    TEKNIS: { description: 'Technical (kompetensi teknis).' },
    FUNGSIONAL: { description: 'Functional, for functional positions (kompetensi fungsional).' },
  },
});
registerEnumType(TrainingMode, {
  name: 'TrainingMode',
  description: 'Route of competence development (jalur pengembangan kompetensi).',
  valuesConfig: {
    KLASIKAL: { description: 'Classroom (klasikal): training, workshops, seminars, courses, technical guidance.' },
    NONKLASIKAL: { description: 'Non-classroom (nonklasikal): e-learning, coaching, mentoring, distance learning, secondment...' },
  },
});
registerEnumType(TrainingKind, {
  name: 'TrainingKind',
  description: 'Form of a training programme; each belongs to one mode.',
  valuesConfig: {
    PELATIHAN: { description: 'Training course (pelatihan/diklat), classroom.' },
    WORKSHOP: { description: 'Workshop (lokakarya), classroom.' },
    SEMINAR: { description: 'Seminar, classroom.' },
    KURSUS: { description: 'Course (kursus), classroom.' },
    BIMTEK: { description: 'Technical guidance (bimbingan teknis), classroom.' },
    SOSIALISASI: { description: 'Socialisation of standards (sosialisasi), classroom.' },
    E_LEARNING: { description: 'E-learning, non-classroom.' },
    COACHING: { description: 'Coaching, non-classroom.' },
    MENTORING: { description: 'Mentoring, non-classroom.' },
    PEMBELAJARAN_JARAK_JAUH: { description: 'Distance learning, non-classroom.' },
    DETASERING: { description: 'Secondment (detasering), non-classroom.' },
    BENCHMARKING: { description: 'Benchmarking (studi banding), non-classroom.' },
    BELAJAR_MANDIRI: { description: 'Self-learning (belajar mandiri), non-classroom.' },
    KOMUNITAS_BELAJAR: { description: 'Community of practice (komunitas belajar), non-classroom.' },
    BIMBINGAN_DI_TEMPAT_KERJA: { description: 'On-the-job guidance, non-classroom.' },
    MAGANG: { description: 'Internship (magang/praktik kerja), non-classroom.' },
  },
});
registerEnumType(TrainingSessionStatus, {
  name: 'TrainingSessionStatus',
  description: 'Stage of a training session: SCHEDULED -> ONGOING -> COMPLETED, or CANCELLED before it completes.',
  valuesConfig: {
    SCHEDULED: { description: 'Planned; enrolments are open.' },
    ONGOING: { description: 'Running; enrolments still accepted, attendance recorded.' },
    COMPLETED: { description: 'Ended; results recorded.' },
    CANCELLED: { description: 'Called off; its open enrolments were cancelled.' },
  },
});
registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description:
    'Stage of an enrolment: REGISTERED (a seat) or WAITLISTED (promoted in order when a seat frees) -> ATTENDED -> COMPLETED or FAILED; CANCELLED at any point before a result.',
  valuesConfig: {
    REGISTERED: { description: 'Holds a seat.' },
    WAITLISTED: { description: 'Waiting for a seat; promoted in order of enrolment when one frees.' },
    ATTENDED: { description: 'Attended; waiting for the result.' },
    COMPLETED: { description: 'Completed: the JP earned count toward the yearly minimum.' },
    FAILED: { description: 'Did not complete (no JP).' },
    CANCELLED: { description: 'Withdrawn; the seat went to the next on the waiting list.' },
  },
});

/**
 * A programme of the agency's training catalogue: what it develops, in which
 * form, how many JP (jam pelajaran, 45 minutes) it is worth, and the indicators
 * and core values it improves, which is what recommendations follow.
 */
@Entity({ tableName: 'training_programs' })
@Unique({ properties: ['agency', 'code'] })
@Check({ name: 'training_programs_jp_check', expression: 'jp_hours > 0' })
@ObjectType({ implements: [Node, BaseEntity], description: 'Training programme of the catalogue (program pengembangan kompetensi).' })
export class TrainingProgram extends BaseEntity<
  'description' | 'provider' | 'indicatorIds' | 'behaviourValueCodes' | 'active' | 'agencyId'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Field({ description: 'Code, unique within the agency, e.g. PEL-MANAJEMEN-WAKTU.' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: 'Title, e.g. Manajemen Waktu.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What it teaches.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => CompetencyArea, { description: 'Competence it develops.' })
  @Enum({ items: () => CompetencyArea, nativeEnumName: 'competency_area' })
  competencyArea!: CompetencyArea;

  @Field(() => TrainingMode, { description: 'Classroom or not.' })
  @Enum({ items: () => TrainingMode, nativeEnumName: 'training_mode' })
  mode!: TrainingMode;

  @Field(() => TrainingKind, { description: 'Form (e-learning, coaching, workshop, seminar...).' })
  @Enum({ items: () => TrainingKind, nativeEnumName: 'training_kind' })
  kind!: TrainingKind;

  @Field(() => Int, { description: 'Hours of lessons (JP, jam pelajaran of 45 minutes) a completion earns.' })
  @Property({ type: 'int' })
  jpHours!: number;

  @Field(() => String, { nullable: true, description: 'Who delivers it (penyelenggara), e.g. BPSDM Provinsi.' })
  @Property({ type: 'text', nullable: true })
  provider: string | null = null;

  /** Row ids of the indicators (national or the agency's) it improves. */
  @Property({ type: ArrayType })
  indicatorIds: string[] = [];

  @Field(() => [String], { description: 'Codes of the core values (behaviour, e.g. BERORIENTASI_PELAYANAN) it improves.' })
  @Property({ type: ArrayType })
  behaviourValueCodes: string[] = [];

  @Field({ description: 'Inactive programmes stay for history but get no new sessions and are not recommended.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }
}

/** One run of a programme (kelas): dates, place or online, seats and trainer. */
@Entity({ tableName: 'training_sessions' })
@Check({ name: 'training_sessions_dates_check', expression: 'end_date >= start_date' })
@Check({ name: 'training_sessions_capacity_check', expression: 'capacity > 0' })
@Index({ properties: ['agency', 'startDate'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'A session (kelas) of a training programme.' })
export class TrainingSession extends BaseEntity<'location' | 'online' | 'trainer' | 'status' | 'programId' | 'agencyId'> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Index()
  @ManyToOne(() => TrainingProgram, { ref: true, deleteRule: 'restrict' })
  program!: Ref<TrainingProgram>;

  @Field({ description: 'Name of the class, e.g. Angkatan I 2026.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => GraphQLDate, { description: 'First day.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => GraphQLDate, { description: 'Last day.' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => String, { nullable: true, description: 'Where it takes place (empty for an online session).' })
  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  @Field({ description: 'True when it takes place online.' })
  @Property({ type: 'boolean' })
  online: boolean = false;

  @Field(() => Int, { description: 'Seats; the next enrolments are waitlisted.' })
  @Property({ type: 'int' })
  capacity!: number;

  @Field(() => String, { nullable: true, description: 'Trainer or facilitator (widyaiswara, coach, mentor).' })
  @Property({ type: 'text', nullable: true })
  trainer: string | null = null;

  @Field(() => TrainingSessionStatus, { description: 'Stage of the session.' })
  @Enum({ items: () => TrainingSessionStatus, nativeEnumName: 'training_session_status' })
  status: TrainingSessionStatus = TrainingSessionStatus.SCHEDULED;

  @Field(() => ID, { description: 'ID of the programme.' })
  get programId(): string {
    return refId('TrainingProgram', this.program)!;
  }

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }
}

/**
 * An employee's place in a session. At most one enrolment that is not
 * cancelled per employee and session (a partial unique index backs the check).
 */
@Entity({ tableName: 'enrollments' })
@Index({
  name: 'enrollments_session_employee_unique',
  expression:
    'create unique index "enrollments_session_employee_unique" on "enrollments" ("session_id", "employee_id") where "status" <> \'CANCELLED\'',
})
@Index({ properties: ['session', 'status', 'enrolledAt'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Enrolment (peserta) of an employee in a training session.' })
export class Enrollment extends BaseEntity<
  'status' | 'enrolledAt' | 'score' | 'certificateNumber' | 'jpEarned' | 'completedAt' | 'cancelReason' | 'employeeId' | 'sessionId'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Index()
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  @ManyToOne(() => TrainingSession, { ref: true, deleteRule: 'restrict' })
  session!: Ref<TrainingSession>;

  @Field(() => EnrollmentStatus, { description: 'Stage of the enrolment.' })
  @Enum({ items: () => EnrollmentStatus, nativeEnumName: 'enrollment_status' })
  status: EnrollmentStatus = EnrollmentStatus.REGISTERED;

  @Field(() => GraphQLDateTime, { description: 'When the employee was enrolled: the order of the waiting list.' })
  @Property({ type: 'timestamptz' })
  enrolledAt: Date = new Date();

  @Sensitive('training', (enrollment: Enrollment) => ({ employeeId: enrollment.employee.id, agencyId: enrollment.agency.id }))
  @Field(() => Float, {
    nullable: true,
    description:
      'Final score (0-100), when the programme scores; null for whoever may not read the employee’s training results (the employee, the supervisors above them, HR, evaluators and administrators of the agency).',
  })
  @Property({ type: 'double', nullable: true })
  score: number | null = null;

  @Field(() => String, { nullable: true, description: 'Certificate number (nomor sertifikat/STTPP).' })
  @Property({ type: 'text', nullable: true })
  certificateNumber: string | null = null;

  @Field(() => Int, { nullable: true, description: 'JP earned: set on completion (the programme’s JP unless stated), 0 when failed.' })
  @Property({ type: 'int', nullable: true })
  jpEarned: number | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the result was recorded.' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }

  @Field(() => ID, { description: 'ID of the session.' })
  get sessionId(): string {
    return refId('TrainingSession', this.session)!;
  }
}
