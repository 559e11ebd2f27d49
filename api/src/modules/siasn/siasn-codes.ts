import { Gender, Golongan, golonganToSiasnCode } from '../employees/rank.js';
import { Predicate, Rating } from '../indicators/indicator.enums.js';
import { OrgUnitKind } from '../organization/org-unit.entity.js';
import { PositionType } from '../organization/position.entity.js';
import { PeriodType } from '../periods/appraisal-period.entity.js';
import { CompetencyArea, TrainingKind } from '../training/training.entity.js';

/**
 * Every code list exchanged with SIASN (docs/domain.md#siasn), as data: one
 * table per list, read both ways. Nothing else in the platform spells a SIASN
 * code. A table may map several SIASN codes to one of ours (older or finer
 * codes); the first row for a value of ours is the code we send.
 */
export class CodeTable<Ours extends string, Code extends string | number> {
  private readonly byOurs = new Map<Ours, Code>();
  private readonly byCode = new Map<string, Ours>();

  constructor(
    readonly name: string,
    readonly rows: readonly (readonly [Ours, Code])[],
  ) {
    for (const [ours, code] of rows) {
      if (!this.byOurs.has(ours)) this.byOurs.set(ours, code);
      if (!this.byCode.has(String(code))) this.byCode.set(String(code), ours);
    }
  }

  /** The SIASN code we send for our value; null when the register has none. */
  toSiasn(ours: Ours): Code | null {
    return this.byOurs.get(ours) ?? null;
  }

  /** Our value for a SIASN code (number or its digits as text); null when unknown. */
  fromSiasn(code: string | number | null | undefined): Ours | null {
    if (code === null || code === undefined) return null;
    return this.byCode.get(String(code).trim()) ?? null;
  }
}

/** Golongan (`golRuangAkhirId`, `gol_akhir_id`, `penilaiGolongan`): 11-14 I/a-I/d ... 41-45 IV/e; the codes live with the ranks. */
export const GOLONGAN = new CodeTable<Golongan, number>(
  'golongan',
  Object.values(Golongan).map((g) => [g, golonganToSiasnCode(g)] as const),
);

/** Gender (`jenisKelamin`). */
export const GENDER = new CodeTable<Gender, string>('jenisKelamin', [
  [Gender.MALE, 'M'],
  [Gender.FEMALE, 'F'],
]);

/** Kind of position (`jenisJabatanId`). */
export enum JenisJabatan {
  STRUKTURAL = 'STRUKTURAL',
  FUNGSIONAL_TERTENTU = 'FUNGSIONAL_TERTENTU',
  RANGKAP = 'RANGKAP',
  FUNGSIONAL_UMUM = 'FUNGSIONAL_UMUM',
}

export const JENIS_JABATAN = new CodeTable<JenisJabatan, number>('jenisJabatanId', [
  [JenisJabatan.STRUKTURAL, 1],
  [JenisJabatan.FUNGSIONAL_TERTENTU, 2],
  [JenisJabatan.RANGKAP, 3],
  [JenisJabatan.FUNGSIONAL_UMUM, 4],
]);

/** Eselon (`eselonId`) of a structural position; eselon V (51, 52) no longer exists and is read as Pengawas. 99: none. */
export const ESELON = new CodeTable<PositionType, number>('eselonId', [
  [PositionType.JPT_UTAMA, 10],
  [PositionType.JPT_MADYA, 11],
  [PositionType.JPT_MADYA, 12],
  [PositionType.JPT_PRATAMA, 21],
  [PositionType.JPT_PRATAMA, 22],
  [PositionType.ADMINISTRATOR, 31],
  [PositionType.ADMINISTRATOR, 32],
  [PositionType.PENGAWAS, 41],
  [PositionType.PENGAWAS, 42],
  [PositionType.PENGAWAS, 51],
  [PositionType.PENGAWAS, 52],
]);
export const NO_ESELON = 99;

/** Our position type from `jenisJabatanId` and `eselonId`; null when they do not say. */
export function positionTypeFromSiasn(jenisJabatanId: string | number | null, eselonId: string | number | null): PositionType | null {
  const jenis = JENIS_JABATAN.fromSiasn(jenisJabatanId);
  const byEselon = ESELON.fromSiasn(eselonId);
  if (jenis === JenisJabatan.FUNGSIONAL_TERTENTU) return PositionType.FUNGSIONAL;
  if (jenis === JenisJabatan.FUNGSIONAL_UMUM) return PositionType.PELAKSANA;
  // Struktural, or a functional official holding a structural post too (rangkap): the eselon decides.
  if (jenis === JenisJabatan.STRUKTURAL || jenis === JenisJabatan.RANGKAP) return byEselon;
  return null;
}

/** `jenisJabatanId` and `eselonId` for our position type. */
export function positionTypeToSiasn(type: PositionType): { jenisJabatanId: number; eselonId: number } {
  if (type === PositionType.FUNGSIONAL) return { jenisJabatanId: 2, eselonId: NO_ESELON };
  if (type === PositionType.PELAKSANA) return { jenisJabatanId: 4, eselonId: NO_ESELON };
  return { jenisJabatanId: 1, eselonId: ESELON.toSiasn(type)! };
}

/** How a position is held (jenis penugasan). */
export enum AssignmentKind {
  DEFINITIF = 'DEFINITIF',
  TUGAS_TAMBAHAN = 'TUGAS_TAMBAHAN',
  PLT = 'PLT',
  PLH = 'PLH',
  PJ = 'PJ',
}

export const ASSIGNMENT_KIND = new CodeTable<AssignmentKind, string>('jenisPenugasan', [
  [AssignmentKind.DEFINITIF, 'D'],
  [AssignmentKind.TUGAS_TAMBAHAN, 'TT'],
  [AssignmentKind.PLT, 'PLT'],
  [AssignmentKind.PLH, 'PLH'],
  [AssignmentKind.PJ, 'PJ'],
]);

/** Result and behaviour rating (`hasilKinerjaNilai`, `perilakuKerjaNilai`). */
export const RATING = new CodeTable<Rating, number>('rating', [
  [Rating.DI_ATAS_EKSPEKTASI, 1],
  [Rating.SESUAI_EKSPEKTASI, 2],
  [Rating.DI_BAWAH_EKSPEKTASI, 3],
]);

/** Predicate (`kuadranKinerjaNilai`). */
export const PREDICATE = new CodeTable<Predicate, number>('kuadranKinerjaNilai', [
  [Predicate.SANGAT_BAIK, 1],
  [Predicate.BAIK, 2],
  [Predicate.BUTUH_PERBAIKAN, 3],
  [Predicate.KURANG, 4],
  [Predicate.SANGAT_KURANG, 5],
]);

/** Periodic evaluation cycle (`periodikId`); annual evaluations go to `skp22/save` instead. */
export const PERIODIK = new CodeTable<PeriodType, number>('periodikId', [
  [PeriodType.MONTHLY, 1],
  [PeriodType.QUARTERLY, 2],
]);

/** Level of a functional position (jenjang jabatan fungsional). */
export enum FunctionalLevel {
  AHLI_PERTAMA = 'AHLI_PERTAMA',
  AHLI_MUDA = 'AHLI_MUDA',
  AHLI_MADYA = 'AHLI_MADYA',
  AHLI_UTAMA = 'AHLI_UTAMA',
  PEMULA = 'PEMULA',
  TERAMPIL = 'TERAMPIL',
  MAHIR = 'MAHIR',
  PENYELIA = 'PENYELIA',
}

/** Annual credit coefficient of a functional level (`koefisienId`); the coefficient as exact decimal text. */
export const KOEFISIEN = new CodeTable<FunctionalLevel, number>('koefisienId', [
  [FunctionalLevel.AHLI_PERTAMA, 12],
  [FunctionalLevel.AHLI_MUDA, 22],
  [FunctionalLevel.AHLI_MADYA, 32],
  [FunctionalLevel.AHLI_UTAMA, 42],
  [FunctionalLevel.PEMULA, 52],
  [FunctionalLevel.TERAMPIL, 62],
  [FunctionalLevel.MAHIR, 72],
  [FunctionalLevel.PENYELIA, 82],
]);

export const KOEFISIEN_VALUE: Record<FunctionalLevel, string> = {
  AHLI_PERTAMA: '12.5',
  AHLI_MUDA: '25',
  AHLI_MADYA: '37.5',
  AHLI_UTAMA: '50',
  PEMULA: '3.75',
  TERAMPIL: '5',
  MAHIR: '12.5',
  PENYELIA: '25',
};

/** The level named in a functional position's name ("Pranata Komputer Ahli Muda"); null when none. */
export function functionalLevelOf(positionName: string): FunctionalLevel | null {
  const words = positionName.toUpperCase().replace(/[^A-Z]+/g, '_');
  // Longest first: "AHLI_UTAMA" must not stop at a shorter match.
  const levels = Object.values(FunctionalLevel).sort((a, b) => b.length - a.length);
  return levels.find((level) => `_${words}_`.includes(`_${level}_`)) ?? null;
}

/** Sanction type (`jenisHukumanId`) <-> our sanction catalogue codes (PP 94/2021; older PP 53/2010 codes are not read). */
export const JENIS_HUKUMAN = new CodeTable<string, number>('jenisHukumanId', [
  ['TEGURAN_LISAN', 1],
  ['TEGURAN_TERTULIS', 2],
  ['PERNYATAAN_TIDAK_PUAS', 3],
  ['POTONGAN_TUKIN_25_6', 23],
  ['POTONGAN_TUKIN_25_9', 24],
  ['POTONGAN_TUKIN_25_12', 25],
  ['PENURUNAN_JABATAN', 27],
  ['PEMBEBASAN_JABATAN', 28],
  ['PEMBERHENTIAN', 10],
]);

/** Level of a sanction (`jenisTingkatHukumanId`): R ringan, S sedang, B berat. */
export const TINGKAT_HUKUMAN = new CodeTable<string, string>('jenisTingkatHukumanId', [
  ['RINGAN', 'R'],
  ['SEDANG', 'S'],
  ['BERAT', 'B'],
]);

/** Reward type (`hargaId`) <-> our reward type codes; types without their own code go as 400 (other). */
export const HARGA = new CodeTable<string, number>('hargaId', [
  ['SATYALANCANA_KARYA_SATYA_10', 201],
  ['SATYALANCANA_KARYA_SATYA_20', 202],
  ['SATYALANCANA_KARYA_SATYA_30', 203],
  ['TELADAN_NASIONAL', 304],
  ['TELADAN_PROVINSI', 305],
  ['PEGAWAI_TELADAN', 306],
  ['ASN_BERPRESTASI', 400],
]);
export const HARGA_OTHER = 400;

/** A reward's `hargaId`: its own code, else 400 (other). */
export function hargaIdOf(rewardTypeCode: string): number {
  return HARGA.toSiasn(rewardTypeCode) ?? HARGA_OTHER;
}

/**
 * Training kind (`jenisDiklatId`). A PELATIHAN goes by its competency (5
 * manajerial, 6 sosial kultural, 3 teknis, 2 fungsional); the other forms have
 * their own code. The codes 13-21 follow the order of the other classroom and
 * non-classroom forms in the team's reference list, not a BKN list
 * (docs/domain.md#siasn; verify with BKN's reference list before the first push).
 */
export const JENIS_DIKLAT = new CodeTable<string, number>('jenisDiklatId', [
  [`${TrainingKind.PELATIHAN}:${CompetencyArea.FUNGSIONAL}`, 2],
  [`${TrainingKind.PELATIHAN}:${CompetencyArea.TEKNIS}`, 3],
  [TrainingKind.WORKSHOP, 4],
  [`${TrainingKind.PELATIHAN}:${CompetencyArea.MANAJERIAL}`, 5],
  [`${TrainingKind.PELATIHAN}:${CompetencyArea.SOSIAL_KULTURAL}`, 6],
  [TrainingKind.SOSIALISASI, 7],
  [TrainingKind.BIMTEK, 8],
  [TrainingKind.SEMINAR, 9],
  [TrainingKind.MAGANG, 10],
  [TrainingKind.KURSUS, 11],
  [TrainingKind.COACHING, 13],
  [TrainingKind.MENTORING, 14],
  [TrainingKind.E_LEARNING, 15],
  [TrainingKind.PEMBELAJARAN_JARAK_JAUH, 16],
  [TrainingKind.DETASERING, 17],
  [TrainingKind.BENCHMARKING, 18],
  [TrainingKind.BELAJAR_MANDIRI, 19],
  [TrainingKind.KOMUNITAS_BELAJAR, 20],
  [TrainingKind.BIMBINGAN_DI_TEMPAT_KERJA, 21],
]);

/** `jenisDiklatId` of a programme. */
export function jenisDiklatIdOf(kind: TrainingKind, competency: CompetencyArea): number {
  return JENIS_DIKLAT.toSiasn(kind === TrainingKind.PELATIHAN ? `${kind}:${competency}` : kind)!;
}

/** Kind and competency of a programme for a `jenisDiklatId` (competency only when the code says it). */
export function trainingFromJenisDiklatId(code: number | string): { kind: TrainingKind; competency: CompetencyArea | null } | null {
  const ours = JENIS_DIKLAT.fromSiasn(code);
  if (!ours) return null;
  const [kind, competency] = ours.split(':') as [TrainingKind, CompetencyArea | undefined];
  return { kind, competency: competency ?? null };
}

/** Whether the appraiser is a civil servant (`statusPenilai`). */
export const STATUS_PENILAI = new CodeTable<'ASN' | 'NON_ASN', string>('statusPenilai', [
  ['ASN', 'ASN'],
  ['NON_ASN', 'NON ASN'],
]);

/**
 * The same datum named differently in what SIASN accepts (request) and what it
 * answers (response). Records read back are renamed with this table only.
 */
export const FIELD_NAMES = new CodeTable<string, string>('fieldNames', [
  ['penilaiJabatan', 'penilaiJabatanNm'],
  ['pnsDinilaiOrang', 'pnsDinilaiId'],
  ['nomorSertipikat', 'noSertipikat'],
  ['akhirHukumanTanggal', 'akhirHukumTanggal'],
  ['penilaiUnorNama', 'penilaiUnorNm'],
  ['penilaiGolongan', 'penilaiGolonganId'],
]);

/** A record as SIASN answers it, with its fields renamed to the names its saves take. */
export function responseToRequestNames(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [FIELD_NAMES.fromSiasn(key) ?? key, value]));
}

/** A record we send, with its fields renamed to the names SIASN answers with. */
export function requestToResponseNames(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [FIELD_NAMES.toSiasn(key) ?? key, value]));
}

/** SIASN writes dates as dd-mm-yyyy. */
export function toSiasnDate(day: string | null): string | null {
  if (!day) return null;
  const [year, month, date] = day.split('-');
  return `${date}-${month}-${year}`;
}

/** dd-mm-yyyy (or already yyyy-mm-dd, or dd/mm/yyyy) to yyyy-mm-dd; null when it is not a real date. */
export function fromSiasnDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const value = text.trim();
  let iso: string | null = null;
  const dmy = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(value);
  if (dmy) iso = `${dmy[3]}-${dmy[2]}-${dmy[1]}`;
  else if (/^\d{4}-\d{2}-\d{2}/.test(value)) iso = value.slice(0, 10);
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * Where each datum of a person sits in what SIASN gives us: the name in
 * `data-utama` JSON, then the snake_case column of the "Export Data ASN" CSV,
 * then older spellings. Names are matched case- and underscore-insensitively.
 */
export const EMPLOYEE_FIELDS = {
  pnsId: ['id', 'pns_id', 'pnsId'],
  nip: ['nipBaru', 'nip_baru', 'nip'],
  name: ['nama', 'nama'],
  frontTitle: ['gelarDepan', 'gelar_depan'],
  backTitle: ['gelarBelakang', 'gelar_belakang'],
  birthDate: ['tglLahir', 'tanggal_lahir', 'tgl_lahir'],
  gender: ['jenisKelamin', 'jenis_kelamin'],
  golongan: ['golRuangAkhirId', 'gol_akhir_id'],
  tmtGolongan: ['tmtGolAkhir', 'tmt_gol_akhir'],
  jenisJabatan: ['jenisJabatanId', 'jenis_jabatan_id'],
  eselon: ['eselonId', 'eselon_id'],
  positionName: ['jabatanNama', 'jabatan_nama', 'nama_jabatan'],
  positionClass: ['kelas_jabatan', 'kelas_jabatan', 'kelasJabatan'],
  unitId: ['unorId', 'unor_id'],
  tmtJabatan: ['tmtJabatan', 'tmt_jabatan'],
  tmtCpns: ['tmtCpns', 'tmt_cpns'],
} as const;

/** Where each datum of a unit sits in a `ref-unor` record (JSON or CSV). */
export const UNIT_FIELDS = {
  id: ['Id', 'unor_id'],
  parentId: ['DiatasanId', 'diatasan_id'],
  instansiId: ['InstansiId', 'instansi_id'],
  name: ['NamaUnor', 'nama_unor'],
  eselon: ['EselonId', 'eselon_id'],
  headPosition: ['NamaJabatan', 'nama_jabatan'],
  code: ['CepatKode', 'cepat_kode'],
} as const;

/** The kind of a unit from the first words of its SIASN name; anything else is OTHER. */
export const UNIT_KIND_BY_NAME: readonly (readonly [string, OrgUnitKind])[] = [
  ['sekretariat', OrgUnitKind.SEKRETARIAT],
  ['inspektorat', OrgUnitKind.INSPEKTORAT],
  ['dinas', OrgUnitKind.DINAS],
  ['badan', OrgUnitKind.BADAN],
  ['sub bagian', OrgUnitKind.SUBBAGIAN],
  ['subbagian', OrgUnitKind.SUBBAGIAN],
  ['bagian', OrgUnitKind.BAGIAN],
  ['bidang', OrgUnitKind.BIDANG],
  ['seksi', OrgUnitKind.SEKSI],
  ['upt', OrgUnitKind.UPT],
  ['kecamatan', OrgUnitKind.KECAMATAN],
  ['kelurahan', OrgUnitKind.KELURAHAN],
  ['puskesmas', OrgUnitKind.PUSKESMAS],
  ['sd ', OrgUnitKind.SEKOLAH],
  ['smp ', OrgUnitKind.SEKOLAH],
  ['sekolah', OrgUnitKind.SEKOLAH],
];

export function unitKindFromName(name: string): OrgUnitKind {
  const text = `${name.trim().toLowerCase()} `;
  return UNIT_KIND_BY_NAME.find(([prefix]) => text.startsWith(prefix))?.[1] ?? OrgUnitKind.OTHER;
}
