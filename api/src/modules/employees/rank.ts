import { registerEnumType } from 'type-graphql';

/** PNS rank (golongan/ruang with its pangkat), PP 99/2000. */
export enum Golongan {
  I_A = 'I_A',
  I_B = 'I_B',
  I_C = 'I_C',
  I_D = 'I_D',
  II_A = 'II_A',
  II_B = 'II_B',
  II_C = 'II_C',
  II_D = 'II_D',
  III_A = 'III_A',
  III_B = 'III_B',
  III_C = 'III_C',
  III_D = 'III_D',
  IV_A = 'IV_A',
  IV_B = 'IV_B',
  IV_C = 'IV_C',
  IV_D = 'IV_D',
  IV_E = 'IV_E',
}

interface GolonganInfo {
  label: string;
  pangkat: string;
  siasnCode: number;
}

/** In rank order, lowest first. */
const GOLONGAN: Record<Golongan, GolonganInfo> = {
  I_A: { label: 'I/a', pangkat: 'Juru Muda', siasnCode: 11 },
  I_B: { label: 'I/b', pangkat: 'Juru Muda Tingkat I', siasnCode: 12 },
  I_C: { label: 'I/c', pangkat: 'Juru', siasnCode: 13 },
  I_D: { label: 'I/d', pangkat: 'Juru Tingkat I', siasnCode: 14 },
  II_A: { label: 'II/a', pangkat: 'Pengatur Muda', siasnCode: 21 },
  II_B: { label: 'II/b', pangkat: 'Pengatur Muda Tingkat I', siasnCode: 22 },
  II_C: { label: 'II/c', pangkat: 'Pengatur', siasnCode: 23 },
  II_D: { label: 'II/d', pangkat: 'Pengatur Tingkat I', siasnCode: 24 },
  III_A: { label: 'III/a', pangkat: 'Penata Muda', siasnCode: 31 },
  III_B: { label: 'III/b', pangkat: 'Penata Muda Tingkat I', siasnCode: 32 },
  III_C: { label: 'III/c', pangkat: 'Penata', siasnCode: 33 },
  III_D: { label: 'III/d', pangkat: 'Penata Tingkat I', siasnCode: 34 },
  IV_A: { label: 'IV/a', pangkat: 'Pembina', siasnCode: 41 },
  IV_B: { label: 'IV/b', pangkat: 'Pembina Tingkat I', siasnCode: 42 },
  IV_C: { label: 'IV/c', pangkat: 'Pembina Utama Muda', siasnCode: 43 },
  IV_D: { label: 'IV/d', pangkat: 'Pembina Utama Madya', siasnCode: 44 },
  IV_E: { label: 'IV/e', pangkat: 'Pembina Utama', siasnCode: 45 },
};

const GOLONGAN_ORDER: readonly Golongan[] = Object.keys(GOLONGAN) as Golongan[];

const GOLONGAN_BY_SIASN_CODE = new Map<number, Golongan>(GOLONGAN_ORDER.map((g) => [GOLONGAN[g].siasnCode, g]));

registerEnumType(Golongan, {
  name: 'Golongan',
  description: 'Rank of a PNS (golongan/ruang and pangkat), PP 99/2000.',
  valuesConfig: Object.fromEntries(
    GOLONGAN_ORDER.map((g) => [g, { description: `${GOLONGAN[g].label} — ${GOLONGAN[g].pangkat}` }]),
  ) as Record<Golongan, { description: string }>,
});

/** "III/a" */
export function golonganLabel(g: Golongan): string {
  return GOLONGAN[g].label;
}

/** "Penata Muda" */
export function golonganPangkat(g: Golongan): string {
  return GOLONGAN[g].pangkat;
}

/** SIASN `golRuangAkhirId` / `gol_akhir_id`: 11-14 I/a-I/d, 21-24 II/a-II/d, 31-34 III/a-III/d, 41-45 IV/a-IV/e. */
export function golonganToSiasnCode(g: Golongan): number {
  return GOLONGAN[g].siasnCode;
}

/** The rank for a SIASN golongan code (number, or digits as a string, surrounding whitespace allowed); null when unknown. */
export function golonganFromSiasnCode(code: number | string): Golongan | null {
  let n: number;
  if (typeof code === 'number') {
    n = code;
  } else {
    const text = code.trim();
    if (!/^\d+$/.test(text)) return null;
    n = Number(text);
  }
  return GOLONGAN_BY_SIASN_CODE.get(n) ?? null;
}

/** Position in rank order, 1 (I/a) to 17 (IV/e), for sorting and comparison. */
export function golonganOrder(g: Golongan): number {
  return GOLONGAN_ORDER.indexOf(g) + 1;
}

/** PPPK grade (golongan PPPK), I to XVII. */
export enum PppkGrade {
  I = 'I',
  II = 'II',
  III = 'III',
  IV = 'IV',
  V = 'V',
  VI = 'VI',
  VII = 'VII',
  VIII = 'VIII',
  IX = 'IX',
  X = 'X',
  XI = 'XI',
  XII = 'XII',
  XIII = 'XIII',
  XIV = 'XIV',
  XV = 'XV',
  XVI = 'XVI',
  XVII = 'XVII',
}

registerEnumType(PppkGrade, {
  name: 'PppkGrade',
  description: 'Grade of a PPPK (golongan PPPK), I to XVII.',
  valuesConfig: Object.fromEntries(
    Object.values(PppkGrade).map((grade) => [grade, { description: `PPPK grade ${grade} (golongan ${grade} PPPK).` }]),
  ) as Record<PppkGrade, { description: string }>,
});

/** Kind of ASN. */
export enum EmploymentType {
  PNS = 'PNS',
  PPPK = 'PPPK',
}

registerEnumType(EmploymentType, {
  name: 'EmploymentType',
  description: 'Kind of civil servant (ASN): PNS or PPPK.',
  valuesConfig: {
    PNS: { description: 'Permanent civil servant (Pegawai Negeri Sipil), including a CPNS on probation.' },
    PPPK: { description: 'Government employee on contract (Pegawai Pemerintah dengan Perjanjian Kerja), including part-time PPPK.' },
  },
});

/** Service status of an employee. */
export enum EmployeeStatus {
  AKTIF = 'AKTIF',
  CUTI = 'CUTI',
  TUGAS_BELAJAR = 'TUGAS_BELAJAR',
  PENSIUN = 'PENSIUN',
  BERHENTI = 'BERHENTI',
}

registerEnumType(EmployeeStatus, {
  name: 'EmployeeStatus',
  description: 'Service status (kedudukan) of an employee.',
  valuesConfig: {
    AKTIF: { description: 'Active in service (aktif).' },
    CUTI: { description: 'On leave (cuti).' },
    TUGAS_BELAJAR: { description: 'Released for full-time study (tugas belajar).' },
    PENSIUN: { description: 'Retired (pensiun).' },
    BERHENTI: { description: 'No longer in service for another reason: resigned or dismissed (berhenti/diberhentikan).' },
  },
});

/** Gender, as recorded in the NIP (digit 15: 1 male, 2 female). */
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

registerEnumType(Gender, {
  name: 'Gender',
  description: 'Gender (jenis kelamin).',
  valuesConfig: {
    MALE: { description: 'Male (laki-laki); NIP gender digit 1.' },
    FEMALE: { description: 'Female (perempuan); NIP gender digit 2.' },
  },
});
