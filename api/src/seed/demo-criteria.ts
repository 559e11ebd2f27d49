import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { ServiceContext } from '../context.js';
import { fromGlobalId, toGlobalId } from '../graphql/ids.js';
import type { Actor } from '../access/actor.js';
import { Role } from '../access/role.js';
import { PerformancePlan, PlanStatus } from '../modules/appraisals/performance-plan.entity.js';
import { seedEvaluatedPeriod, seedRealizations } from './demo-evaluations.js';
import { seedDemoWork } from './demo-work.js';
import { seedDemoTraining } from './demo-training.js';
import { PerformancePlanService } from '../modules/appraisals/performance-plan.service.js';
import { BehaviourValueService } from '../modules/indicators/behaviour-value.service.js';
import { CriteriaTemplateService } from '../modules/indicators/criteria-template.service.js';
import { Aggregation, DataSource, Direction, MeasureUnit, Perspective, ResultCategory } from '../modules/indicators/indicator.enums.js';
import { IndicatorService } from '../modules/indicators/indicator.service.js';
import { ScoringSchemeService } from '../modules/indicators/scoring-scheme.service.js';
import { OrgUnit } from '../modules/organization/org-unit.entity.js';
import type { Agency } from '../modules/organization/agency.entity.js';
import { PositionType } from '../modules/organization/position.entity.js';
import { type AppraisalPeriod, PeriodStatus, PeriodType } from '../modules/periods/appraisal-period.entity.js';
import { AppraisalPeriodService } from '../modules/periods/appraisal-period.service.js';
import { DEMO_REGIONS } from './demo-organisation.js';

type IndicatorSeed = [
  code: string,
  name: string,
  perspective: Perspective,
  unit: MeasureUnit,
  direction: Direction,
  aggregation: Aggregation,
  source: DataSource,
];

/** The national catalogue of the demo: the indicators the five regional practices name (docs/domain.md#origins). */
const INDICATORS: IndicatorSeed[] = [
  [
    'WAKTU-LAYANAN',
    'Waktu penyelesaian layanan',
    Perspective.LAYANAN,
    MeasureUnit.MINUTES,
    Direction.LOWER_IS_BETTER,
    Aggregation.AVERAGE,
    DataSource.MANUAL,
  ],
  [
    'IKM',
    'Indeks Kepuasan Masyarakat',
    Perspective.LAYANAN,
    MeasureUnit.SCORE,
    Direction.HIGHER_IS_BETTER,
    Aggregation.AVERAGE,
    DataSource.SURVEY,
  ],
  [
    'PENGADUAN',
    'Jumlah pengaduan diterima',
    Perspective.LAYANAN,
    MeasureUnit.COUNT,
    Direction.LOWER_IS_BETTER,
    Aggregation.SUM,
    DataSource.COMPLAINTS,
  ],
  [
    'AKURASI-DATA',
    'Akurasi data',
    Perspective.HASIL_KERJA,
    MeasureUnit.PERCENT,
    Direction.HIGHER_IS_BETTER,
    Aggregation.AVERAGE,
    DataSource.MANUAL,
  ],
  [
    'KEHADIRAN',
    'Tingkat kehadiran',
    Perspective.PERILAKU,
    MeasureUnit.PERCENT,
    Direction.HIGHER_IS_BETTER,
    Aggregation.AVERAGE,
    DataSource.ATTENDANCE,
  ],
  [
    'KUALITAS-KERJA',
    'Kualitas hasil kerja',
    Perspective.HASIL_KERJA,
    MeasureUnit.SCORE,
    Direction.HIGHER_IS_BETTER,
    Aggregation.AVERAGE,
    DataSource.MANUAL,
  ],
  ['INISIATIF', 'Inisiatif', Perspective.PERILAKU, MeasureUnit.SCORE, Direction.HIGHER_IS_BETTER, Aggregation.AVERAGE, DataSource.MANUAL],
  [
    'CAKUPAN-VAKSINASI',
    'Cakupan vaksinasi',
    Perspective.HASIL_KERJA,
    MeasureUnit.PERCENT,
    Direction.HIGHER_IS_BETTER,
    Aggregation.LAST,
    DataSource.MANUAL,
  ],
  [
    'WAKTU-TUNGGU',
    'Waktu tunggu pasien',
    Perspective.LAYANAN,
    MeasureUnit.MINUTES,
    Direction.LOWER_IS_BETTER,
    Aggregation.AVERAGE,
    DataSource.MANUAL,
  ],
  [
    'DOKUMEN-SELESAI',
    'Dokumen kependudukan diselesaikan',
    Perspective.HASIL_KERJA,
    MeasureUnit.COUNT,
    Direction.HIGHER_IS_BETTER,
    Aggregation.SUM,
    DataSource.MANUAL,
  ],
  [
    'LAPORAN-HARIAN',
    'Laporan kerja harian disetujui',
    Perspective.HASIL_KERJA,
    MeasureUnit.PERCENT,
    Direction.HIGHER_IS_BETTER,
    Aggregation.AVERAGE,
    DataSource.WORK_REPORTS,
  ],
  [
    'JP-PENGEMBANGAN',
    'Jam pelajaran pengembangan kompetensi',
    Perspective.KOMPETENSI,
    MeasureUnit.HOURS,
    Direction.HIGHER_IS_BETTER,
    Aggregation.SUM,
    DataSource.TRAINING,
  ],
];

type Item = [code: string, weight: number, target: number, category?: ResultCategory];

/**
 * The criteria of each regional demo agency (templates from the agency-wide
 * default to the puskesmas), the 2026 year with its quarters at different
 * stages, and a few agency choices: a reworded core value, an own scheme.
 */
export async function seedDemoCriteria(em: EntityManager, config: Config, agencies: Agency[]): Promise<void> {
  const actor: Actor = {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'system',
    roles: [Role.SUPER_ADMIN],
    agencyId: null,
    employeeId: null,
  };
  const ctx: ServiceContext = { em, actor, config };
  const indicatorIds = new Map<string, string>();
  for (const [code, name, perspective, unit, direction, aggregation, dataSource] of INDICATORS) {
    const indicator = await new IndicatorService(ctx).create({
      agencyId: null,
      code,
      name,
      perspective,
      unit,
      direction,
      aggregation,
      dataSource,
    });
    indicatorIds.set(code, toGlobalId('Indicator', indicator.id));
  }
  const items = (list: Item[]) =>
    list.map(([code, weight, target, category]) => ({
      indicatorId: indicatorIds.get(code)!,
      weight,
      target,
      category: category ?? ResultCategory.UTAMA,
    }));
  const templates = new CriteriaTemplateService(ctx);
  const periods = new AppraisalPeriodService(ctx);
  const plans = new PerformancePlanService(ctx);

  for (const agency of agencies) {
    const region = DEMO_REGIONS[agency.code];
    if (!region) continue;
    const agencyId = toGlobalId('Agency', agency.id);
    const unitId = async (code: string) => toGlobalId('OrgUnit', (await em.findOneOrFail(OrgUnit, { agency, code })).id);

    await templates.create({
      agencyId,
      name: 'Kriteria Umum',
      description: 'Berlaku bagi semua pegawai yang tidak memiliki templat lebih khusus.',
      items: items([
        ['KUALITAS-KERJA', 40, 85],
        ['AKURASI-DATA', 30, 95],
        ['KEHADIRAN', 30, 95],
        ['INISIATIF', 5, 80, ResultCategory.TAMBAHAN],
      ]),
    });
    await templates.create({
      agencyId,
      name: 'Pejabat Struktural',
      positionTypes: [PositionType.JPT_PRATAMA, PositionType.ADMINISTRATOR, PositionType.PENGAWAS],
      items: items([
        ['KUALITAS-KERJA', 40, 85],
        ['IKM', 30, 82],
        ['LAPORAN-HARIAN', 30, 90],
      ]),
    });
    await templates.create({
      agencyId,
      name: 'Pelayanan Kependudukan',
      unitIds: [await unitId('DISDUKCAPIL')],
      items: items([
        ['WAKTU-LAYANAN', 40, 30],
        ['AKURASI-DATA', 35, 95],
        ['DOKUMEN-SELESAI', 25, 400],
        ['PENGADUAN', 5, 3, ResultCategory.TAMBAHAN],
      ]),
    });
    await templates.create({
      agencyId,
      name: `Pelayanan Puskesmas ${region[0]}`,
      unitIds: [await unitId(`PKM-${region[0].toUpperCase()}`)],
      items: items([
        ['WAKTU-TUNGGU', 30, 30],
        ['IKM', 30, 82],
        ['CAKUPAN-VAKSINASI', 40, 95],
      ]),
    });

    // 2026: the year under way, its first two quarters closed, the third being evaluated, the last running.
    const year = await periods.create({
      agencyId,
      name: 'Tahun 2026',
      type: PeriodType.ANNUAL,
      startDate: new Date('2026-01-01'),
      endDate: new Date('2026-12-31'),
      planDueDate: new Date('2026-01-31'),
      evaluationDueDate: new Date('2027-01-31'),
    });
    const { periods: quarters } = await periods.generateSubPeriods({
      id: toGlobalId('AppraisalPeriod', year.id),
      type: PeriodType.QUARTERLY,
    });
    const advance = async (period: AppraisalPeriod, to: PeriodStatus) => {
      const order = [PeriodStatus.PLANNING, PeriodStatus.MONITORING, PeriodStatus.EVALUATION, PeriodStatus.CLOSED];
      let current = period;
      for (const status of order.slice(0, order.indexOf(to) + 1)) {
        const id = toGlobalId('AppraisalPeriod', current.id);
        if (status === PeriodStatus.MONITORING) {
          if (current === year) await approvedPlans(em, plans, id);
          else await copiedPlans(em, year.id, current.id);
        }
        // Closing needs every plan evaluated; a quarter under evaluation has its realisations in.
        if (status === PeriodStatus.EVALUATION) await seedRealizations(em, current.id, current.name);
        if (status === PeriodStatus.CLOSED) await seedEvaluatedPeriod(ctx, current.id, current.name);
        current = await periods.transition({ id, version: current.version }, status);
      }
    };
    await advance(year, PeriodStatus.MONITORING);
    const stages = [PeriodStatus.CLOSED, PeriodStatus.CLOSED, PeriodStatus.EVALUATION, PeriodStatus.MONITORING];
    for (const [index, quarter] of quarters.entries()) await advance(quarter, stages[index]!);
    // The running quarter: daily reports in the supervisors' queues, feedback on the plans.
    await seedDemoWork(em, quarters[3]!.id);
  }

  // Training catalogue, sessions and follow-up rules of the regions.
  await seedDemoTraining(
    ctx,
    agencies.filter((agency) => DEMO_REGIONS[agency.code]),
  );

  // Tebing Tinggi words accountability around attendance and daily reports (docs/domain.md#origins).
  const tebingtinggi = agencies.find((agency) => agency.code === 'PEMKOT-TEBINGTINGGI');
  if (tebingtinggi) {
    await new BehaviourValueService(ctx).create({
      agencyId: toGlobalId('Agency', tebingtinggi.id),
      code: 'AKUNTABEL',
      name: 'Akuntabel',
      description: 'Bertanggung jawab atas kepercayaan yang diberikan, dibuktikan dengan kehadiran dan laporan kerja.',
      guides: [
        'Hadir dan pulang tepat waktu sesuai jam kerja',
        'Melaporkan hasil kerja harian dengan jujur dan disertai bukti',
        'Tidak menyalahgunakan kewenangan jabatan',
      ],
    });
  }
  // Palangka Raya sets a stricter bar for "above expectation".
  const palangkaraya = agencies.find((agency) => agency.code === 'PEMKOT-PALANGKARAYA');
  if (palangkaraya) {
    await new ScoringSchemeService(ctx).create({
      agencyId: toGlobalId('Agency', palangkaraya.id),
      name: 'Skema Kota Palangka Raya',
      description: 'Di atas ekspektasi mulai skor 115.',
      aboveFrom: 115,
    });
  }
}

/** The plans of a period, generated from its templates and agreed, as appraisers would have done in the console. */
async function approvedPlans(em: EntityManager, plans: PerformancePlanService, periodId: string): Promise<void> {
  await plans.generate({ periodId });
  const now = new Date();
  await em.nativeUpdate(
    PerformancePlan,
    { period: fromGlobalId(periodId, 'AppraisalPeriod', 'periodId') },
    { status: PlanStatus.APPROVED, submittedAt: now, approvedAt: now },
  );
  // Thousands of plans and targets: a unit of work that keeps them all makes every later flush slower.
  em.clear();
}

/**
 * A quarter's plans as generating them would give (the same employees, criteria
 * and appraisers as the year's, since nothing they depend on changes in
 * between) and agreed: the year's plans and targets copied in a few statements,
 * with the audit entries their creation writes.
 */
async function copiedPlans(em: EntityManager, yearId: string, periodId: string): Promise<void> {
  await em.flush();
  const now = new Date();
  await em.execute(
    `create temporary table seed_plans on commit drop as
       select id as old_id, gen_random_uuid() as new_id from performance_plans where period_id = ?`,
    [yearId],
  );
  await em.execute(
    `create temporary table seed_targets on commit drop as
       select t.id as old_id, gen_random_uuid() as new_id, m.new_id as plan_id from plan_targets t join seed_plans m on m.old_id = t.plan_id`,
  );
  await copyRows(em, 'performance_plans', 'performance_plans s join seed_plans m on m.old_id = s.id', {
    id: 'm.new_id',
    period_id: [periodId, 'uuid'],
    created_at: 'clock_timestamp()',
    updated_at: 'clock_timestamp()',
    submitted_at: [now, 'timestamptz'],
    approved_at: [now, 'timestamptz'],
  });
  await copyRows(em, 'plan_targets', 'plan_targets s join seed_targets m on m.old_id = s.id', {
    id: 'm.new_id',
    plan_id: 'm.plan_id',
    created_at: 'clock_timestamp()',
    updated_at: 'clock_timestamp()',
  });
  // The year's creation entries, pointed at the new rows; found through the index by their ids (a plain join
  // reads every entry of the type, and the trail grows with each quarter).
  const entries = (type: string, map: string) =>
    `audit_entries s join ${map} m on m.old_id = s.entity_id
      where s.entity_type = '${type}' and s.action = 'CREATE' and s.entity_id = any(array(select old_id from ${map}))`;
  const entry = { id: 'gen_random_uuid()', occurred_at: 'clock_timestamp()', entity_id: 'm.new_id' };
  await copyRows(em, 'audit_entries', entries('PerformancePlan', 'seed_plans'), {
    ...entry,
    changes: `jsonb_set(s.changes, '{period,after}', to_jsonb('${periodId}'::text))`,
  });
  await copyRows(em, 'audit_entries', entries('PlanTarget', 'seed_targets'), {
    ...entry,
    changes: `jsonb_set(s.changes, '{plan,after}', to_jsonb(m.plan_id::text))`,
  });
  await em.execute(`drop table seed_targets; drop table seed_plans`);
}

/**
 * Inserts into `table` the rows of `from` (aliased `s`), every column as it is
 * but those `set` gives an SQL expression or a value (with its type) for.
 */
async function copyRows(em: EntityManager, table: string, from: string, set: Record<string, string | [unknown, string]>) {
  const columns = (
    await em.execute<{ name: string }[]>(
      `select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ?
        order by ordinal_position`,
      [table],
    )
  ).map((row) => row.name);
  const params: unknown[] = [];
  const values = columns.map((column) => {
    const value = set[column];
    if (value === undefined) return `s.${column}`;
    if (typeof value === 'string') return value;
    params.push(value[0]);
    return `?::${value[1]}`;
  });
  await em.execute(`insert into ${table} (${columns.join(', ')}) select ${values.join(', ')} from ${from}`, params);
}
