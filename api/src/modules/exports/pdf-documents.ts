import { conflict } from '../../errors.js';
import { golonganLabel, golonganPangkat, type Golongan } from '../employees/rank.js';
import { SMALL_GROUP } from '../results/distribution.js';
import { word, type ExportLanguage } from './labels.js';
import { PdfWriter } from './pdf-layout.js';
import type { RunQuery } from './run-query.js';

interface Person {
  fullName: string;
  nip: string;
  golongan: Golongan | null;
  pppkGrade: string | null;
  position: { name: string } | null;
  unit: { name: string };
}

interface PlanDocument {
  status: string;
  period: { name: string; startDate: string; endDate: string; agency: { name: string } };
  position: { name: string } | null;
  unit: { name: string };
  employee: Person;
  appraiser: Person | null;
  appraiserSuperior: Person | null;
  targets: {
    category: string;
    description: string | null;
    target: number | null;
    targetMax: number | null;
    weight: number;
    periodValue: number | null;
    indicator: { code: string; name: string; unit: string };
  }[];
  evaluation: {
    status: string;
    score: number | null;
    resultRating: string | null;
    behaviourRating: string | null;
    predicate: string | null;
    behaviourRatings: { code: string; name: string; rating: string; note: string | null }[];
    breakdown: { lines: { key: string; achievement: number | null }[] } | null;
  } | null;
}

const PERSON = 'fullName nip golongan pppkGrade position { name } unit { name }';

const PLAN_QUERY = `query ($id: ID!) { performancePlan(id: $id) {
  status period { name startDate endDate agency { name } } position { name } unit { name }
  employee { ${PERSON} } appraiser { ${PERSON} } appraiserSuperior { ${PERSON} }
  targets { category description target targetMax weight periodValue indicator { code name unit } }
  evaluation { status score resultRating behaviourRating predicate behaviourRatings { code name rating note }
    breakdown { lines { key achievement } } }
} }`;

const TEXT = {
  id: {
    title: 'EVALUASI KINERJA PEGAWAI',
    subtitle: 'Sasaran Kinerja Pegawai (SKP) dan hasil evaluasinya',
    period: 'Periode penilaian',
    employee: 'PEGAWAI YANG DINILAI',
    appraiser: 'PEJABAT PENILAI KINERJA',
    superior: 'ATASAN PEJABAT PENILAI KINERJA',
    name: 'Nama',
    rank: 'Pangkat/golongan',
    position: 'Jabatan',
    unit: 'Unit kerja',
    results: 'HASIL KERJA',
    no: 'No',
    indicator: 'Indikator kinerja individu',
    category: 'Jenis',
    weight: 'Bobot',
    target: 'Target',
    realization: 'Realisasi',
    achievement: 'Capaian (%)',
    behaviour: 'PERILAKU KERJA (BerAKHLAK)',
    value: 'Nilai dasar',
    rating: 'Penilaian',
    note: 'Catatan',
    outcome: 'HASIL EVALUASI',
    score: 'Nilai hasil kerja',
    resultRating: 'Rating hasil kerja',
    behaviourRating: 'Rating perilaku kerja',
    predicate: 'PREDIKAT KINERJA PEGAWAI',
    status: 'Status evaluasi',
    signatures: 'PENGESAHAN',
    place: '.................., tanggal ..................',
    signEmployee: 'Pegawai yang dinilai',
    signAppraiser: 'Pejabat penilai kinerja',
    signSuperior: 'Atasan pejabat penilai kinerja',
    main: 'Utama',
    additional: 'Tambahan',
    none: '-',
  },
  en: {
    title: 'EMPLOYEE PERFORMANCE EVALUATION',
    subtitle: 'Performance plan (SKP) and its evaluation',
    period: 'Appraisal period',
    employee: 'EMPLOYEE APPRAISED',
    appraiser: 'APPRAISER',
    superior: "APPRAISER'S SUPERIOR",
    name: 'Name',
    rank: 'Rank',
    position: 'Position',
    unit: 'Unit',
    results: 'WORK RESULTS',
    no: 'No',
    indicator: 'Individual performance indicator',
    category: 'Kind',
    weight: 'Weight',
    target: 'Target',
    realization: 'Realization',
    achievement: 'Achievement (%)',
    behaviour: 'WORK BEHAVIOUR (BerAKHLAK)',
    value: 'Core value',
    rating: 'Rating',
    note: 'Note',
    outcome: 'EVALUATION RESULT',
    score: 'Work result score',
    resultRating: 'Result rating',
    behaviourRating: 'Behaviour rating',
    predicate: 'PERFORMANCE PREDICATE',
    status: 'Evaluation status',
    signatures: 'SIGNATURES',
    place: '.................., date ..................',
    signEmployee: 'Employee appraised',
    signAppraiser: 'Appraiser',
    signSuperior: "Appraiser's superior",
    main: 'Main',
    additional: 'Additional',
    none: '-',
  },
};

/** How a target's measure reads after the number. */
const MEASURES: Record<string, { id: string; en: string }> = {
  PERCENT: { id: '%', en: '%' },
  COUNT: { id: '', en: '' },
  CURRENCY: { id: 'rupiah', en: 'rupiah' },
  DAYS: { id: 'hari', en: 'days' },
  HOURS: { id: 'jam', en: 'hours' },
  MINUTES: { id: 'menit', en: 'minutes' },
  RATIO: { id: '', en: '' },
  SCORE: { id: 'poin', en: 'points' },
};

/** Numbers and dates in the document's language. */
const formatNumber = (value: number | null | undefined, lang: ExportLanguage, digits = 2) =>
  value === null || value === undefined ? '-' : value.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits });
const formatDate = (iso: string, lang: ExportLanguage) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const rankOf = (person: Person | null) =>
  person?.golongan ? `${golonganPangkat(person.golongan)} (${golonganLabel(person.golongan)})` : (person?.pppkGrade ?? '-');

/** The SKP evaluation document of one plan (Permenpan-RB 6/2022 layout), as the actor may read it. */
export async function planEvaluationPdf(
  run: RunQuery,
  planId: string,
  lang: ExportLanguage,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { performancePlan: plan } = await run<{ performancePlan: PlanDocument }>(PLAN_QUERY, { id: planId });
  const evaluation = plan.evaluation;
  if (!evaluation || evaluation.status === 'DRAFT') throw conflict('The plan has no confirmed evaluation yet');
  const t = TEXT[lang];
  const pdf = await PdfWriter.create(`${t.title} - ${plan.employee.fullName}`);

  pdf.heading(t.title);
  pdf.heading(plan.period.agency.name.toUpperCase(), 11);
  pdf.paragraph(
    `${t.subtitle}. ${t.period}: ${plan.period.name} (${formatDate(plan.period.startDate, lang)} - ${formatDate(plan.period.endDate, lang)})`,
  );

  const identity = (title: string, person: Person | null, position?: string | null, unit?: string) => {
    pdf.section(title);
    pdf.pairs([
      [t.name, person?.fullName ?? t.none],
      ['NIP', person?.nip ?? t.none],
      [t.rank, rankOf(person)],
      [t.position, position ?? person?.position?.name ?? t.none],
      [t.unit, unit ?? person?.unit.name ?? t.none],
    ]);
  };
  identity(t.employee, plan.employee, plan.position?.name ?? plan.employee.position?.name, plan.unit.name);
  identity(t.appraiser, plan.appraiser);
  identity(t.superior, plan.appraiserSuperior);

  pdf.section(t.results);
  const achievement = new Map((evaluation.breakdown?.lines ?? []).map((line) => [line.key, line.achievement]));
  const targetText = (target: PlanDocument['targets'][number]) =>
    target.target === null
      ? t.none
      : `${formatNumber(target.target, lang)}${target.targetMax !== null ? ` - ${formatNumber(target.targetMax, lang)}` : ''} ${MEASURES[target.indicator.unit]?.[lang] ?? ''}`.trim();
  pdf.table(
    [
      { title: t.no, width: 4 },
      { title: t.indicator, width: 34 },
      { title: t.category, width: 10 },
      { title: t.weight, width: 8, align: 'right' },
      { title: t.target, width: 14, align: 'right' },
      { title: t.realization, width: 12, align: 'right' },
      { title: t.achievement, width: 12, align: 'right' },
    ],
    plan.targets.map((target, index) => [
      String(index + 1),
      `${target.indicator.name} (${target.indicator.code})${target.description ? `: ${target.description}` : ''}`,
      target.category === 'MAIN' ? t.main : target.category === 'ADDITIONAL' ? t.additional : word(target.category, lang),
      formatNumber(target.weight, lang),
      targetText(target),
      formatNumber(target.periodValue, lang),
      formatNumber(achievement.get(target.indicator.code), lang),
    ]),
  );

  pdf.section(t.behaviour);
  pdf.table(
    [
      { title: t.no, width: 4 },
      { title: t.value, width: 36 },
      { title: t.rating, width: 24 },
      { title: t.note, width: 36 },
    ],
    evaluation.behaviourRatings.map((entry, index) => [String(index + 1), entry.name, word(entry.rating, lang), entry.note ?? '']),
  );

  pdf.section(t.outcome);
  pdf.pairs([
    [t.score, formatNumber(evaluation.score, lang)],
    [t.resultRating, word(evaluation.resultRating, lang) || t.none],
    [t.behaviourRating, word(evaluation.behaviourRating, lang) || t.none],
    [t.predicate, (word(evaluation.predicate, lang) || t.none).toUpperCase()],
    [t.status, word(evaluation.status, lang)],
  ]);

  pdf.section(t.signatures);
  pdf.signatures(
    [
      { role: t.signEmployee, name: plan.employee.fullName, nip: plan.employee.nip },
      { role: t.signAppraiser, name: plan.appraiser?.fullName ?? '', nip: plan.appraiser?.nip ?? '' },
      { role: t.signSuperior, name: plan.appraiserSuperior?.fullName ?? '', nip: plan.appraiserSuperior?.nip ?? '' },
    ],
    t.place,
  );
  return { bytes: await pdf.bytes(), fileName: `skp-${plan.employee.nip}-${slug(plan.period.name)}.pdf` };
}

const slug = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

interface ReportData {
  appraisalPeriod: { name: string; startDate: string; endDate: string; agency: { name: string } };
  me: { permissions: string[] };
  predicateDistribution: { employeeCount: number; suppressed: boolean; counts: { predicate: string; count: number; share: number }[] };
  performancePlans: {
    nodes: {
      evaluation: {
        status: string;
        breakdown: { lines: { key: string; label: string | null; achievement: number | null }[] } | null;
      } | null;
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface Compliance {
  employeeCount: number;
  compliantCount: number;
  compliantShare: number;
  averageJp: number;
  requiredJp: number;
  units: { unit: { name: string }; employeeCount: number; compliantCount: number; compliantShare: number; averageJp: number }[];
}

const REPORT = {
  id: {
    title: 'LAPORAN KINERJA UNIT',
    unit: 'Unit kerja',
    wholeAgency: 'Seluruh instansi',
    period: 'Periode',
    employees: 'Pegawai dinilai',
    headcount: 'Pegawai',
    distribution: 'SEBARAN PREDIKAT KINERJA',
    predicate: 'Predikat',
    count: 'Jumlah',
    share: 'Persentase',
    indicators: 'RATA-RATA CAPAIAN PER INDIKATOR',
    indicator: 'Indikator',
    evaluations: 'Penilaian',
    average: 'Rata-rata capaian (%)',
    training: 'KEPATUHAN PENGEMBANGAN KOMPETENSI (20 JP)',
    compliant: 'Memenuhi',
    averageJp: 'Rata-rata JP',
    trainingHidden: 'Data pelatihan hanya tersedia bagi pengelola SDM dan tim penilai.',
    none: 'Belum ada data.',
    suppressed: 'Tidak ditampilkan: kelompok kurang dari 5 pegawai.',
    printed: 'Dicetak',
  },
  en: {
    title: 'UNIT PERFORMANCE REPORT',
    unit: 'Unit',
    wholeAgency: 'Whole agency',
    period: 'Period',
    employees: 'Employees evaluated',
    headcount: 'Employees',
    distribution: 'PREDICATE DISTRIBUTION',
    predicate: 'Predicate',
    count: 'Count',
    share: 'Share',
    indicators: 'AVERAGE ACHIEVEMENT PER INDICATOR',
    indicator: 'Indicator',
    evaluations: 'Evaluations',
    average: 'Average achievement (%)',
    training: 'COMPETENCE DEVELOPMENT COMPLIANCE (20 JP)',
    compliant: 'Compliant',
    averageJp: 'Average JP',
    trainingHidden: 'Training data is available to HR officers and the evaluation team only.',
    none: 'No data yet.',
    suppressed: 'Not shown: a group of fewer than 5 employees.',
    printed: 'Printed',
  },
};

const REPORT_QUERY = `query ($periodId: ID!, $unitId: ID, $filter: PerformancePlanFilter, $after: String) {
  appraisalPeriod(id: $periodId) { name startDate endDate agency { name } }
  me { permissions }
  predicateDistribution(periodId: $periodId, unitId: $unitId) { employeeCount suppressed counts { predicate count share } }
  performancePlans(filter: $filter, first: 500, after: $after) {
    nodes { evaluation { status breakdown { lines { key label achievement } } } }
    pageInfo { hasNextPage endCursor } } }`;

const COMPLIANCE_QUERY = `query ($year: Int!, $unitId: ID) { trainingCompliance(year: $year, unitId: $unitId, first: 0) {
  employeeCount compliantCount compliantShare averageJp requiredJp
  units { unit { name } employeeCount compliantCount compliantShare averageJp } } }`;

/**
 * A period's report for a unit subtree (or the agency): the predicate distribution, the average
 * achievement per indicator over the settled evaluations, and training compliance in the period's year.
 */
export async function unitReportPdf(
  run: RunQuery,
  periodId: string,
  unitId: string | null,
  lang: ExportLanguage,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const t = REPORT[lang];
  const filter = { periodId: { eq: periodId }, ...(unitId ? { inUnitSubtree: unitId } : {}) };
  const first = await run<ReportData>(REPORT_QUERY, { periodId, unitId, filter, after: null });
  const plans = [...first.performancePlans.nodes];
  let pageInfo = first.performancePlans.pageInfo;
  while (pageInfo.hasNextPage && pageInfo.endCursor) {
    const next = await run<ReportData>(REPORT_QUERY, { periodId, unitId, filter, after: pageInfo.endCursor });
    plans.push(...next.performancePlans.nodes);
    pageInfo = next.performancePlans.pageInfo;
  }
  const unitName = unitId
    ? (await run<{ orgUnit: { name: string } }>(`query ($id: ID!) { orgUnit(id: $id) { name } }`, { id: unitId })).orgUnit.name
    : null;
  let compliance: Compliance | null = null;
  try {
    compliance = (
      await run<{ trainingCompliance: Compliance }>(COMPLIANCE_QUERY, { year: Number(first.appraisalPeriod.startDate.slice(0, 4)), unitId })
    ).trainingCompliance;
  } catch (error) {
    // Training compliance is for HR and evaluators; a supervisor's report says so instead.
    if (!(error instanceof Error && 'code' in error && error.code === 'FORBIDDEN')) throw error;
  }

  const period = first.appraisalPeriod;
  const pdf = await PdfWriter.create(`${t.title} - ${period.name}`);
  pdf.heading(t.title);
  pdf.heading(period.agency.name.toUpperCase(), 11);
  pdf.pairs([
    [t.unit, unitName ?? t.wholeAgency],
    [t.period, `${period.name} (${formatDate(period.startDate, lang)} - ${formatDate(period.endDate, lang)})`],
    [t.employees, String(first.predicateDistribution.employeeCount)],
    [t.printed, formatDate(new Date().toISOString().slice(0, 10), lang)],
  ]);

  pdf.section(t.distribution);
  if (first.predicateDistribution.suppressed) pdf.paragraph(t.suppressed);
  else
    pdf.table(
      [
        { title: t.predicate, width: 50 },
        { title: t.count, width: 25, align: 'right' },
        { title: t.share, width: 25, align: 'right' },
      ],
      first.predicateDistribution.counts.map((entry) => [
        word(entry.predicate, lang),
        String(entry.count),
        `${formatNumber(entry.share * 100, lang, 1)} %`,
      ]),
    );

  pdf.section(t.indicators);
  const byIndicator = new Map<string, { label: string; sum: number; count: number }>();
  for (const plan of plans) {
    if (!plan.evaluation || plan.evaluation.status === 'DRAFT') continue;
    for (const line of plan.evaluation.breakdown?.lines ?? []) {
      if (line.achievement === null) continue;
      const entry = byIndicator.get(line.key) ?? { label: line.label ?? line.key, sum: 0, count: 0 };
      entry.sum += line.achievement;
      entry.count += 1;
      byIndicator.set(line.key, entry);
    }
  }
  // The group-size rule of the distribution holds for averages too: below HR, one over few plans is someone's own.
  if (!first.me.permissions.includes('analytics.readSmallGroups'))
    for (const [key, entry] of byIndicator) if (entry.count < SMALL_GROUP) byIndicator.delete(key);
  if (byIndicator.size === 0) pdf.paragraph(t.none);
  else
    pdf.table(
      [
        { title: t.indicator, width: 56 },
        { title: t.evaluations, width: 20, align: 'right' },
        { title: t.average, width: 24, align: 'right' },
      ],
      [...byIndicator.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, entry]) => [`${entry.label} (${code})`, String(entry.count), formatNumber(entry.sum / entry.count, lang)]),
    );

  pdf.section(t.training);
  if (!compliance) pdf.paragraph(t.trainingHidden);
  else
    pdf.table(
      [
        { title: t.unit, width: 40 },
        { title: t.headcount, width: 15, align: 'right' },
        { title: t.compliant, width: 15, align: 'right' },
        { title: t.share, width: 15, align: 'right' },
        { title: t.averageJp, width: 15, align: 'right' },
      ],
      [
        ...compliance.units.map((entry) => [
          entry.unit.name,
          String(entry.employeeCount),
          String(entry.compliantCount),
          `${formatNumber(entry.compliantShare * 100, lang, 1)} %`,
          formatNumber(entry.averageJp, lang, 1),
        ]),
        [
          unitName ?? t.wholeAgency,
          String(compliance.employeeCount),
          String(compliance.compliantCount),
          `${formatNumber(compliance.compliantShare * 100, lang, 1)} %`,
          formatNumber(compliance.averageJp, lang, 1),
        ],
      ],
    );
  return { bytes: await pdf.bytes(), fileName: `laporan-kinerja-${slug(period.name)}.pdf` };
}
