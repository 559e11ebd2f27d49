import { describe, expect, it } from 'vitest';
import { Gender, Golongan } from '../../api/src/modules/employees/rank.js';
import { Predicate, Rating } from '../../api/src/modules/indicators/indicator.enums.js';
import { PositionType } from '../../api/src/modules/organization/position.entity.js';
import { PeriodType } from '../../api/src/modules/periods/appraisal-period.entity.js';
import {
  ASSIGNMENT_KIND,
  AssignmentKind,
  ESELON,
  FIELD_NAMES,
  FunctionalLevel,
  functionalLevelOf,
  fromSiasnDate,
  GENDER,
  GOLONGAN,
  HARGA,
  hargaIdOf,
  JENIS_DIKLAT,
  JENIS_HUKUMAN,
  JENIS_JABATAN,
  JenisJabatan,
  jenisDiklatIdOf,
  KOEFISIEN,
  KOEFISIEN_VALUE,
  PERIODIK,
  positionTypeFromSiasn,
  positionTypeToSiasn,
  PREDICATE,
  RATING,
  requestToResponseNames,
  responseToRequestNames,
  STATUS_PENILAI,
  TINGKAT_HUKUMAN,
  toSiasnDate,
  trainingFromJenisDiklatId,
  type CodeTable,
} from '../../api/src/modules/siasn/siasn-codes.js';
import { CompetencyArea, TrainingKind } from '../../api/src/modules/training/training.entity.js';

/** Every pair both ways, plus an unknown code answering null. */
function bothWays<O extends string, C extends string | number>(table: CodeTable<O, C>, pairs: [O, C][], unknown: string | number) {
  for (const [ours, code] of pairs) {
    expect(table.toSiasn(ours), `${table.name}: ${ours} ->`).toBe(code);
    expect(table.fromSiasn(code), `${table.name}: <- ${code}`).toBe(ours);
    expect(table.fromSiasn(String(code)), `${table.name}: <- "${code}"`).toBe(ours);
  }
  expect(table.fromSiasn(unknown)).toBeNull();
  expect(table.fromSiasn(null)).toBeNull();
}

describe('SIASN code lists (docs/domain.md#siasn), both ways', () => {
  it('golongan 11-45', () => {
    bothWays(
      GOLONGAN,
      [
        [Golongan.I_A, 11],
        [Golongan.I_B, 12],
        [Golongan.I_C, 13],
        [Golongan.I_D, 14],
        [Golongan.II_A, 21],
        [Golongan.II_B, 22],
        [Golongan.II_C, 23],
        [Golongan.II_D, 24],
        [Golongan.III_A, 31],
        [Golongan.III_B, 32],
        [Golongan.III_C, 33],
        [Golongan.III_D, 34],
        [Golongan.IV_A, 41],
        [Golongan.IV_B, 42],
        [Golongan.IV_C, 43],
        [Golongan.IV_D, 44],
        [Golongan.IV_E, 45],
      ],
      15,
    );
    expect(GOLONGAN.fromSiasn(' 33 ')).toBe(Golongan.III_C);
  });

  it('gender M/F', () => {
    bothWays(
      GENDER,
      [
        [Gender.MALE, 'M'],
        [Gender.FEMALE, 'F'],
      ],
      'X',
    );
  });

  it('jenis jabatan 1-4', () => {
    bothWays(
      JENIS_JABATAN,
      [
        [JenisJabatan.STRUKTURAL, 1],
        [JenisJabatan.FUNGSIONAL_TERTENTU, 2],
        [JenisJabatan.RANGKAP, 3],
        [JenisJabatan.FUNGSIONAL_UMUM, 4],
      ],
      5,
    );
  });

  it('eselon: each code to a position type, each managerial type to its first code', () => {
    const read: [number, PositionType][] = [
      [10, PositionType.JPT_UTAMA],
      [11, PositionType.JPT_MADYA],
      [12, PositionType.JPT_MADYA],
      [21, PositionType.JPT_PRATAMA],
      [22, PositionType.JPT_PRATAMA],
      [31, PositionType.ADMINISTRATOR],
      [32, PositionType.ADMINISTRATOR],
      [41, PositionType.PENGAWAS],
      [42, PositionType.PENGAWAS],
      [51, PositionType.PENGAWAS],
      [52, PositionType.PENGAWAS],
    ];
    for (const [code, type] of read) expect(ESELON.fromSiasn(code), String(code)).toBe(type);
    expect(ESELON.fromSiasn(99)).toBeNull();
    expect(ESELON.toSiasn(PositionType.JPT_UTAMA)).toBe(10);
    expect(ESELON.toSiasn(PositionType.JPT_MADYA)).toBe(11);
    expect(ESELON.toSiasn(PositionType.JPT_PRATAMA)).toBe(21);
    expect(ESELON.toSiasn(PositionType.ADMINISTRATOR)).toBe(31);
    expect(ESELON.toSiasn(PositionType.PENGAWAS)).toBe(41);
    expect(ESELON.toSiasn(PositionType.FUNGSIONAL)).toBeNull();
  });

  it('jenis jabatan with eselon <-> position type, round trip for every type', () => {
    expect(positionTypeFromSiasn(1, 21)).toBe(PositionType.JPT_PRATAMA);
    expect(positionTypeFromSiasn('1', '42')).toBe(PositionType.PENGAWAS);
    expect(positionTypeFromSiasn(3, 32)).toBe(PositionType.ADMINISTRATOR);
    expect(positionTypeFromSiasn(2, 99)).toBe(PositionType.FUNGSIONAL);
    expect(positionTypeFromSiasn(4, null)).toBe(PositionType.PELAKSANA);
    expect(positionTypeFromSiasn(1, 99)).toBeNull();
    expect(positionTypeFromSiasn(7, 21)).toBeNull();
    expect(positionTypeToSiasn(PositionType.FUNGSIONAL)).toEqual({ jenisJabatanId: 2, eselonId: 99 });
    expect(positionTypeToSiasn(PositionType.PELAKSANA)).toEqual({ jenisJabatanId: 4, eselonId: 99 });
    expect(positionTypeToSiasn(PositionType.ADMINISTRATOR)).toEqual({ jenisJabatanId: 1, eselonId: 31 });
    for (const type of Object.values(PositionType)) {
      const { jenisJabatanId, eselonId } = positionTypeToSiasn(type);
      expect(positionTypeFromSiasn(jenisJabatanId, eselonId), type).toBe(type);
    }
  });

  it('assignment kind D, TT, PLT, PLH, PJ', () => {
    bothWays(
      ASSIGNMENT_KIND,
      [
        [AssignmentKind.DEFINITIF, 'D'],
        [AssignmentKind.TUGAS_TAMBAHAN, 'TT'],
        [AssignmentKind.PLT, 'PLT'],
        [AssignmentKind.PLH, 'PLH'],
        [AssignmentKind.PJ, 'PJ'],
      ],
      'X',
    );
  });

  it('ratings 1-3 and predicate 1-5', () => {
    bothWays(
      RATING,
      [
        [Rating.DI_ATAS_EKSPEKTASI, 1],
        [Rating.SESUAI_EKSPEKTASI, 2],
        [Rating.DI_BAWAH_EKSPEKTASI, 3],
      ],
      4,
    );
    bothWays(
      PREDICATE,
      [
        [Predicate.SANGAT_BAIK, 1],
        [Predicate.BAIK, 2],
        [Predicate.BUTUH_PERBAIKAN, 3],
        [Predicate.KURANG, 4],
        [Predicate.SANGAT_KURANG, 5],
      ],
      6,
    );
  });

  it('periodikId: monthly 1, quarterly 2, nothing for the other period types', () => {
    bothWays(
      PERIODIK,
      [
        [PeriodType.MONTHLY, 1],
        [PeriodType.QUARTERLY, 2],
      ],
      3,
    );
    expect(PERIODIK.toSiasn(PeriodType.ANNUAL)).toBeNull();
    expect(PERIODIK.toSiasn(PeriodType.SEMESTER)).toBeNull();
  });

  it('koefisienId with its coefficient, and the level read from a position name', () => {
    bothWays(
      KOEFISIEN,
      [
        [FunctionalLevel.AHLI_PERTAMA, 12],
        [FunctionalLevel.AHLI_MUDA, 22],
        [FunctionalLevel.AHLI_MADYA, 32],
        [FunctionalLevel.AHLI_UTAMA, 42],
        [FunctionalLevel.PEMULA, 52],
        [FunctionalLevel.TERAMPIL, 62],
        [FunctionalLevel.MAHIR, 72],
        [FunctionalLevel.PENYELIA, 82],
      ],
      13,
    );
    expect(KOEFISIEN_VALUE).toEqual({
      AHLI_PERTAMA: '12.5',
      AHLI_MUDA: '25',
      AHLI_MADYA: '37.5',
      AHLI_UTAMA: '50',
      PEMULA: '3.75',
      TERAMPIL: '5',
      MAHIR: '12.5',
      PENYELIA: '25',
    });
    expect(functionalLevelOf('Pranata Komputer Ahli Muda')).toBe(FunctionalLevel.AHLI_MUDA);
    expect(functionalLevelOf('Perawat Terampil')).toBe(FunctionalLevel.TERAMPIL);
    expect(functionalLevelOf('Dokter Ahli Utama')).toBe(FunctionalLevel.AHLI_UTAMA);
    expect(functionalLevelOf('Pengadministrasi Umum')).toBeNull();
  });

  it('jenisHukumanId <-> the sanction catalogue, with its level', () => {
    bothWays(
      JENIS_HUKUMAN,
      [
        ['TEGURAN_LISAN', 1],
        ['TEGURAN_TERTULIS', 2],
        ['PERNYATAAN_TIDAK_PUAS', 3],
        ['POTONGAN_TUKIN_25_6', 23],
        ['POTONGAN_TUKIN_25_9', 24],
        ['POTONGAN_TUKIN_25_12', 25],
        ['PENURUNAN_JABATAN', 27],
        ['PEMBEBASAN_JABATAN', 28],
        ['PEMBERHENTIAN', 10],
      ],
      4,
    );
    bothWays(
      TINGKAT_HUKUMAN,
      [
        ['RINGAN', 'R'],
        ['SEDANG', 'S'],
        ['BERAT', 'B'],
      ],
      'Z',
    );
  });

  it('hargaId <-> reward types, 400 for a type without its own code', () => {
    bothWays(
      HARGA,
      [
        ['SATYALANCANA_KARYA_SATYA_10', 201],
        ['SATYALANCANA_KARYA_SATYA_20', 202],
        ['SATYALANCANA_KARYA_SATYA_30', 203],
        ['TELADAN_NASIONAL', 304],
        ['TELADAN_PROVINSI', 305],
        ['PEGAWAI_TELADAN', 306],
        ['ASN_BERPRESTASI', 400],
      ],
      999,
    );
    expect(hargaIdOf('PIAGAM_PENGHARGAAN')).toBe(400);
    expect(hargaIdOf('SATYALANCANA_KARYA_SATYA_20')).toBe(202);
  });

  it('jenisDiklatId <-> training kind and competency', () => {
    const pairs: [TrainingKind, CompetencyArea, number][] = [
      [TrainingKind.PELATIHAN, CompetencyArea.FUNGSIONAL, 2],
      [TrainingKind.PELATIHAN, CompetencyArea.TEKNIS, 3],
      [TrainingKind.PELATIHAN, CompetencyArea.MANAJERIAL, 5],
      [TrainingKind.PELATIHAN, CompetencyArea.SOSIAL_KULTURAL, 6],
      [TrainingKind.WORKSHOP, CompetencyArea.TEKNIS, 4],
      [TrainingKind.SOSIALISASI, CompetencyArea.TEKNIS, 7],
      [TrainingKind.BIMTEK, CompetencyArea.TEKNIS, 8],
      [TrainingKind.SEMINAR, CompetencyArea.MANAJERIAL, 9],
      [TrainingKind.MAGANG, CompetencyArea.TEKNIS, 10],
      [TrainingKind.KURSUS, CompetencyArea.TEKNIS, 11],
      [TrainingKind.COACHING, CompetencyArea.MANAJERIAL, 13],
      [TrainingKind.MENTORING, CompetencyArea.MANAJERIAL, 14],
      [TrainingKind.E_LEARNING, CompetencyArea.TEKNIS, 15],
      [TrainingKind.PEMBELAJARAN_JARAK_JAUH, CompetencyArea.TEKNIS, 16],
      [TrainingKind.DETASERING, CompetencyArea.TEKNIS, 17],
      [TrainingKind.BENCHMARKING, CompetencyArea.TEKNIS, 18],
      [TrainingKind.BELAJAR_MANDIRI, CompetencyArea.TEKNIS, 19],
      [TrainingKind.KOMUNITAS_BELAJAR, CompetencyArea.TEKNIS, 20],
      [TrainingKind.BIMBINGAN_DI_TEMPAT_KERJA, CompetencyArea.TEKNIS, 21],
    ];
    for (const [kind, competency, code] of pairs) {
      expect(jenisDiklatIdOf(kind, competency), `${kind} ${competency}`).toBe(code);
      const back = trainingFromJenisDiklatId(code);
      expect(back?.kind).toBe(kind);
      expect(back?.competency).toBe(kind === TrainingKind.PELATIHAN ? competency : null);
    }
    // Every kind we offer has a code.
    for (const kind of Object.values(TrainingKind)) expect(jenisDiklatIdOf(kind, CompetencyArea.TEKNIS), kind).toBeTypeOf('number');
    expect(trainingFromJenisDiklatId(1)).toBeNull();
    expect(JENIS_DIKLAT.fromSiasn(99)).toBeNull();
  });

  it('statusPenilai ASN / NON ASN', () => {
    bothWays(
      STATUS_PENILAI,
      [
        ['ASN', 'ASN'],
        ['NON_ASN', 'NON ASN'],
      ],
      'PNS',
    );
  });

  it('field names that differ between requests and responses, both ways', () => {
    bothWays(
      FIELD_NAMES,
      [
        ['penilaiJabatan', 'penilaiJabatanNm'],
        ['pnsDinilaiOrang', 'pnsDinilaiId'],
        ['nomorSertipikat', 'noSertipikat'],
        ['akhirHukumanTanggal', 'akhirHukumTanggal'],
        ['penilaiUnorNama', 'penilaiUnorNm'],
        ['penilaiGolongan', 'penilaiGolonganId'],
      ],
      'tahun',
    );
    const sent = { tahun: 2026, pnsDinilaiOrang: 'abc', penilaiJabatan: 'Kepala Dinas' };
    const answered = requestToResponseNames(sent);
    expect(answered).toEqual({ tahun: 2026, pnsDinilaiId: 'abc', penilaiJabatanNm: 'Kepala Dinas' });
    expect(responseToRequestNames(answered)).toEqual(sent);
  });

  it('dates travel as dd-mm-yyyy', () => {
    expect(toSiasnDate('2026-03-31')).toBe('31-03-2026');
    expect(toSiasnDate(null)).toBeNull();
    expect(fromSiasnDate('31-03-2026')).toBe('2026-03-31');
    expect(fromSiasnDate('31/03/2026')).toBe('2026-03-31');
    expect(fromSiasnDate('2026-03-31T00:00:00')).toBe('2026-03-31');
    expect(fromSiasnDate('31-02-2026')).toBeNull();
    expect(fromSiasnDate('null')).toBeNull();
    expect(fromSiasnDate('')).toBeNull();
  });
});
