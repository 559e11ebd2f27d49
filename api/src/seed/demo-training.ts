import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../context.js';
import { toGlobalId } from '../graphql/ids.js';
import { FollowUpAction } from '../modules/discipline/follow-up.entity.js';
import { FollowUpService } from '../modules/discipline/follow-up.service.js';
import { Predicate } from '../modules/indicators/indicator.enums.js';
import { Indicator } from '../modules/indicators/indicator.entity.js';
import type { Agency } from '../modules/organization/agency.entity.js';
import { CompetencyArea, TrainingKind, TrainingMode, TrainingSessionStatus } from '../modules/training/training.entity.js';
import { TrainingService } from '../modules/training/training.service.js';

type ProgramSeed = [
  code: string,
  title: string,
  area: CompetencyArea,
  kind: TrainingKind,
  jp: number,
  indicators: string[],
  values: string[],
];

/** The catalogue of issue 6 and docs/domain.md#origins (Cakranegara, Kertapati). */
const PROGRAMS: ProgramSeed[] = [
  ['PEL-MANAJEMEN-WAKTU', 'Manajemen Waktu', CompetencyArea.MANAJERIAL, TrainingKind.PELATIHAN, 16, ['KEHADIRAN'], ['AKUNTABEL']],
  [
    'PEL-KOMUNIKASI-EFEKTIF',
    'Komunikasi Efektif',
    CompetencyArea.SOSIAL_KULTURAL,
    TrainingKind.WORKSHOP,
    8,
    [],
    ['HARMONIS', 'KOLABORATIF'],
  ],
  [
    'PEL-TIK',
    'Pemanfaatan Teknologi Informasi',
    CompetencyArea.TEKNIS,
    TrainingKind.E_LEARNING,
    12,
    ['AKURASI-DATA', 'LAPORAN-HARIAN'],
    ['ADAPTIF'],
  ],
  [
    'PEL-PELAYANAN-PRIMA',
    'Pelayanan Publik Prima',
    CompetencyArea.TEKNIS,
    TrainingKind.PELATIHAN,
    24,
    ['IKM', 'PENGADUAN'],
    ['BERORIENTASI_PELAYANAN'],
  ],
  [
    'PEL-SOFT-SKILLS',
    'Pengembangan Soft Skills',
    CompetencyArea.SOSIAL_KULTURAL,
    TrainingKind.COACHING,
    6,
    [],
    ['KOMPETEN', 'KOLABORATIF'],
  ],
  [
    'PEL-KECEPATAN-LAYANAN',
    'Percepatan Waktu Layanan',
    CompetencyArea.TEKNIS,
    TrainingKind.BIMTEK,
    8,
    ['WAKTU-LAYANAN', 'WAKTU-TUNGGU'],
    ['BERORIENTASI_PELAYANAN'],
  ],
];

/** A default set of follow-up rules, as an agency would start from (nothing is applied by itself). */
const RULES: [name: string, predicates: Predicate[], consecutive: number, action: FollowUpAction][] = [
  ['Penghargaan predikat Sangat Baik', [Predicate.SANGAT_BAIK], 1, FollowUpAction.REWARD],
  ['Pembinaan kinerja di bawah Baik', [Predicate.BUTUH_PERBAIKAN, Predicate.KURANG, Predicate.SANGAT_KURANG], 1, FollowUpAction.COACHING],
  ['Pelatihan bila Butuh Perbaikan dua periode', [Predicate.BUTUH_PERBAIKAN], 2, FollowUpAction.TRAINING],
  ['Pemeriksaan disiplin bila Kurang dua periode', [Predicate.KURANG, Predicate.SANGAT_KURANG], 2, FollowUpAction.DISCIPLINARY_REVIEW],
];

/**
 * Each regional agency's training catalogue, two sessions (one completed in
 * March with its results, one in December filled past its seats so that the
 * waiting list shows) and the default follow-up rules. Enrolments are written
 * in bulk: a few statements per agency.
 */
export async function seedDemoTraining(ctx: ServiceContext, agencies: Agency[]): Promise<void> {
  const { em } = ctx;
  const indicators = await em.find(Indicator, { agency: null });
  const indicatorId = new Map(indicators.map((indicator) => [indicator.code, toGlobalId('Indicator', indicator.id)]));
  const training = new TrainingService(ctx);
  for (const agency of agencies) {
    const agencyId = toGlobalId('Agency', agency.id);
    const programs = new Map<string, string>();
    for (const [code, title, competencyArea, kind, jpHours, linked, values] of PROGRAMS) {
      const program = await training.createProgram({
        agencyId,
        code,
        title,
        competencyArea,
        kind,
        mode: kind === TrainingKind.E_LEARNING || kind === TrainingKind.COACHING ? TrainingMode.NONKLASIKAL : TrainingMode.KLASIKAL,
        jpHours,
        provider: 'BPSDM Provinsi',
        indicatorIds: linked.flatMap((c) => indicatorId.get(c) ?? []),
        behaviourValueCodes: values,
      });
      programs.set(code, toGlobalId('TrainingProgram', program.id));
    }
    const past = await training.createSession({
      programId: programs.get('PEL-MANAJEMEN-WAKTU')!,
      name: 'Manajemen Waktu Angkatan I 2026',
      startDate: new Date('2026-03-10'),
      endDate: new Date('2026-03-12'),
      location: 'Aula BKPSDM',
      capacity: 30,
      trainer: 'Widyaiswara BPSDM Provinsi',
    });
    past.status = TrainingSessionStatus.COMPLETED;
    const upcoming = await training.createSession({
      programId: programs.get('PEL-PELAYANAN-PRIMA')!,
      name: 'Pelayanan Publik Prima Angkatan I 2026',
      startDate: new Date('2026-12-08'),
      endDate: new Date('2026-12-10'),
      location: 'Ruang Rapat Dinas Kesehatan',
      capacity: 5,
      trainer: 'Tim Ombudsman Perwakilan',
    });
    await em.flush();
    await enrolInBulk(em, agency.id, past.id, 12, 'done');
    await enrolInBulk(em, agency.id, upcoming.id, 7, 'queue', 5);
    const followUp = new FollowUpService(ctx);
    for (const [name, predicates, consecutivePeriods, action] of RULES) {
      await followUp.createRule({ agencyId, name, predicates, consecutivePeriods, action });
    }
  }
}

/**
 * The first active PNS of the agency by NIP: `done` completes them all (the
 * programme's JP, one in six failed); `queue` registers up to `seats`, the rest waitlisted.
 */
async function enrolInBulk(em: EntityManager, agencyId: string, sessionId: string, count: number, mode: 'done' | 'queue', seats = 0) {
  await em.execute(
    `insert into enrollments (id, created_at, updated_at, version, agency_id, employee_id, session_id, status, enrolled_at,
                              score, certificate_number, jp_earned, completed_at)
     select gen_random_uuid(), now(), now(), 1, e.agency_id, e.id, s.id,
            (case when ? = 'queue' then (case when e.n <= ? then 'REGISTERED' else 'WAITLISTED' end)
                  when e.n % 6 = 0 then 'FAILED' else 'COMPLETED' end)::enrollment_status,
            s.start_date - interval '14 days' + e.n * interval '1 minute',
            case when ? = 'done' then 70 + (e.n * 7) % 30 end,
            case when ? = 'done' and e.n % 6 <> 0 then 'STTPP/' || to_char(s.end_date, 'YYYY') || '/' || lpad(e.n::text, 3, '0') end,
            case when ? = 'done' then (case when e.n % 6 = 0 then 0 else p.jp_hours end) end,
            case when ? = 'done' then s.end_date + interval '1 day' end
       from training_sessions s
       join training_programs p on p.id = s.program_id
       cross join lateral (
         select id, agency_id, row_number() over (order by nip) as n from employees
          where agency_id = ? and status = 'AKTIF' and employment_type = 'PNS' order by nip limit ?) e
      where s.id = ?`,
    [mode, seats, mode, mode, mode, mode, agencyId, count, sessionId],
  );
}
