/** Golongan values (the API's enum), lowest first. Labels are the usual written form: III_A -> "III/a". */
export const GOLONGAN = [
  'I_A',
  'I_B',
  'I_C',
  'I_D',
  'II_A',
  'II_B',
  'II_C',
  'II_D',
  'III_A',
  'III_B',
  'III_C',
  'III_D',
  'IV_A',
  'IV_B',
  'IV_C',
  'IV_D',
  'IV_E',
] as const;

export const golonganLabel = (value: string): string => {
  const [room, letter] = value.split('_');
  return letter ? `${room}/${letter.toLowerCase()}` : value;
};

/** Choices whose names are the labels themselves (use with translateChoice={false}). */
export const golonganChoices = GOLONGAN.map((value) => ({ id: value, name: golonganLabel(value) }));

/** PppkGrade values, I to XVII, shown as they are. */
export const PPPK_GRADES = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

export const pppkGradeChoices = PPPK_GRADES.map((value) => ({ id: value, name: value }));

/** The rank of either kind of employee: "III/a" for a PNS, "IX" for a PPPK. */
export const rankLabel = (record: Record<string, unknown> | undefined): string => {
  if (record?.golongan) return golonganLabel(String(record.golongan));
  if (record?.pppkGrade) return String(record.pppkGrade);
  return '';
};

export const EMPLOYMENT_TYPES = ['PNS', 'PPPK'] as const;
export const employmentTypeChoices = EMPLOYMENT_TYPES.map((value) => ({ id: value, name: `resources.employees.employmentTypes.${value}` }));

export const EMPLOYEE_STATUSES = ['AKTIF', 'CUTI', 'TUGAS_BELAJAR', 'PENSIUN', 'BERHENTI'] as const;
export const statusChoices = EMPLOYEE_STATUSES.map((value) => ({ id: value, name: `resources.employees.statuses.${value}` }));

export const genderChoices = ['MALE', 'FEMALE'].map((value) => ({ id: value, name: `resources.employees.genders.${value}` }));
