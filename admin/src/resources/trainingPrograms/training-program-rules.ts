// Choices of the training catalogue (PermenPANRB / Perlembaga LAN on competence development).

export const COMPETENCY_AREAS = ['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS', 'FUNGSIONAL'] as const;
export const TRAINING_MODES = ['KLASIKAL', 'NONKLASIKAL'] as const;
export const TRAINING_KINDS = [
  'PELATIHAN',
  'WORKSHOP',
  'SEMINAR',
  'KURSUS',
  'BIMTEK',
  'SOSIALISASI',
  'E_LEARNING',
  'COACHING',
  'MENTORING',
  'PEMBELAJARAN_JARAK_JAUH',
  'BIMBINGAN_DI_TEMPAT_KERJA',
  'BELAJAR_MANDIRI',
  'KOMUNITAS_BELAJAR',
  'BENCHMARKING',
  'DETASERING',
  'MAGANG',
] as const;

const choicesOf = (values: readonly string[], group: string) =>
  values.map((id) => ({ id, name: `resources.trainingPrograms.${group}.${id}` }));

export const competencyAreaChoices = choicesOf(COMPETENCY_AREAS, 'competencyAreas');
export const trainingModeChoices = choicesOf(TRAINING_MODES, 'modes');
export const trainingKindChoices = choicesOf(TRAINING_KINDS, 'kinds');
