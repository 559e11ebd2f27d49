import { registerEnumType } from 'type-graphql';

/** What an indicator measures (perspektif). */
export enum Perspective {
  HASIL_KERJA = 'HASIL_KERJA',
  PERILAKU = 'PERILAKU',
  KOMPETENSI = 'KOMPETENSI',
  LAYANAN = 'LAYANAN',
}

/** Unit of measure (satuan) of an indicator's targets and realisations. */
export enum MeasureUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  MINUTES = 'MINUTES',
  HOURS = 'HOURS',
  DAYS = 'DAYS',
  SCORE = 'SCORE',
  CURRENCY = 'CURRENCY',
  RATIO = 'RATIO',
}

/** Which way is good. */
export enum Direction {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
  TARGET_RANGE = 'TARGET_RANGE',
}

/** How the values of sub-periods combine into the value of the period. */
export enum Aggregation {
  SUM = 'SUM',
  AVERAGE = 'AVERAGE',
  LAST = 'LAST',
  MIN = 'MIN',
  MAX = 'MAX',
}

/** Where realisations come from. */
export enum DataSource {
  MANUAL = 'MANUAL',
  SURVEY = 'SURVEY',
  COMPLAINTS = 'COMPLAINTS',
  ATTENDANCE = 'ATTENDANCE',
  TRAINING = 'TRAINING',
  WORK_REPORTS = 'WORK_REPORTS',
}

/** A main result (weighted, weights sum to 100) or an additional one (adds a few points at most). */
export enum ResultCategory {
  UTAMA = 'UTAMA',
  TAMBAHAN = 'TAMBAHAN',
}

/** The three-level rating of results and of behaviour, PermenPANRB 6/2022. */
export enum Rating {
  DI_ATAS_EKSPEKTASI = 'DI_ATAS_EKSPEKTASI',
  SESUAI_EKSPEKTASI = 'SESUAI_EKSPEKTASI',
  DI_BAWAH_EKSPEKTASI = 'DI_BAWAH_EKSPEKTASI',
}

/** Performance predicate (predikat kinerja), PermenPANRB 6/2022. */
export enum Predicate {
  SANGAT_BAIK = 'SANGAT_BAIK',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}

/** How achievement (capaian) is computed from target and realisation. */
export enum AchievementFormula {
  /** realisation / target x 100 (higher is better). */
  RATIO = 'RATIO',
  /** (2 - realisation / target) x 100 (lower is better, PermenPANRB 8/2021). */
  TWO_MINUS_RATIO = 'TWO_MINUS_RATIO',
  /** target / realisation x 100 (lower is better, an alternative some agencies use). */
  INVERSE_RATIO = 'INVERSE_RATIO',
  /** 100 inside the range; outside, computed against the bound crossed (target range). */
  RANGE_BOUNDS = 'RANGE_BOUNDS',
}

registerEnumType(Perspective, {
  name: 'Perspective',
  description: 'What an indicator measures (perspektif).',
  valuesConfig: {
    HASIL_KERJA: { description: 'Work results (hasil kerja).' },
    PERILAKU: { description: 'Work behaviour (perilaku kerja).' },
    KOMPETENSI: { description: 'Competence (kompetensi).' },
    LAYANAN: { description: 'Public service quality (layanan).' },
  },
});
registerEnumType(MeasureUnit, {
  name: 'MeasureUnit',
  description: 'Unit of measure (satuan) of targets and realisations.',
  valuesConfig: {
    PERCENT: { description: 'Percent.' },
    COUNT: { description: 'A number of things (documents, cases, people).' },
    MINUTES: { description: 'Minutes.' },
    HOURS: { description: 'Hours.' },
    DAYS: { description: 'Days.' },
    SCORE: { description: 'A score on a scale (e.g. IKM 25-100, quality 1-100).' },
    CURRENCY: { description: 'Rupiah.' },
    RATIO: { description: 'A ratio.' },
  },
});
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way is good for an indicator.',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'More is better (e.g. coverage, satisfaction).' },
    LOWER_IS_BETTER: { description: 'Less is better (e.g. completion time, complaints).' },
    TARGET_RANGE: { description: 'A value inside a range is on target; outside it is not.' },
  },
});
registerEnumType(Aggregation, {
  name: 'Aggregation',
  description: 'How the values of sub-periods combine into the value of the period.',
  valuesConfig: {
    SUM: { description: 'The sum (e.g. documents completed).' },
    AVERAGE: { description: 'The mean (e.g. completion time, satisfaction).' },
    LAST: { description: 'The latest value (e.g. cumulative coverage).' },
    MIN: { description: 'The lowest value.' },
    MAX: { description: 'The highest value.' },
  },
});
registerEnumType(DataSource, {
  name: 'DataSource',
  description: 'Where the realisations of an indicator come from.',
  valuesConfig: {
    MANUAL: { description: 'Entered by the employee or HR.' },
    SURVEY: { description: 'Community satisfaction surveys (IKM).' },
    COMPLAINTS: { description: 'Complaints received and handled.' },
    ATTENDANCE: { description: 'Attendance records.' },
    TRAINING: { description: 'Training hours (JP).' },
    WORK_REPORTS: { description: 'Daily work reports.' },
  },
});
registerEnumType(ResultCategory, {
  name: 'ResultCategory',
  description: 'Main (utama) or additional (tambahan) result.',
  valuesConfig: {
    UTAMA: { description: 'Main result: weighted, the weights of main results sum to 100.' },
    TAMBAHAN: { description: "Additional result: adds points, at most the scheme's maximum." },
  },
});
registerEnumType(Rating, {
  name: 'Rating',
  description: 'Rating of results or of behaviour (rating hasil kerja / perilaku kerja), PermenPANRB 6/2022.',
  valuesConfig: {
    DI_ATAS_EKSPEKTASI: { description: 'Above expectation.' },
    SESUAI_EKSPEKTASI: { description: 'As expected.' },
    DI_BAWAH_EKSPEKTASI: { description: 'Below expectation.' },
  },
});
registerEnumType(Predicate, {
  name: 'Predicate',
  description: 'Predikat kinerja (performance predicate), PermenPANRB 6/2022.',
  valuesConfig: {
    SANGAT_BAIK: { description: 'Very good.' },
    BAIK: { description: 'Good.' },
    BUTUH_PERBAIKAN: { description: 'Needs improvement ("cukup" in some documents).' },
    KURANG: { description: 'Poor ("Kurang/Misconduct").' },
    SANGAT_KURANG: { description: 'Very poor.' },
  },
});
registerEnumType(AchievementFormula, {
  name: 'AchievementFormula',
  description: 'How achievement (capaian) is computed from target and realisation.',
  valuesConfig: {
    RATIO: { description: 'realisation / target x 100.' },
    TWO_MINUS_RATIO: { description: '(2 - realisation / target) x 100 (PermenPANRB 8/2021, lower is better).' },
    INVERSE_RATIO: { description: 'target / realisation x 100 (lower is better).' },
    RANGE_BOUNDS: { description: '100 inside the range; outside, computed against the bound crossed.' },
  },
});
