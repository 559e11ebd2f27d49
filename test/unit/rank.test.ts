import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { parseNip, type NipGender } from '../../api/src/modules/employees/nip.js';
import {
  EmployeeStatus,
  EmploymentType,
  Gender,
  Golongan,
  golonganFromSiasnCode,
  golonganLabel,
  golonganOrder,
  golonganPangkat,
  golonganToSiasnCode,
  PppkGrade,
} from '../../api/src/modules/employees/rank.js';

/** docs/domain.md#ranks: SIASN code, label, pangkat (PP 99/2000), lowest first. */
const RANKS: [number, Golongan, string, string][] = [
  [11, Golongan.I_A, 'I/a', 'Juru Muda'],
  [12, Golongan.I_B, 'I/b', 'Juru Muda Tingkat I'],
  [13, Golongan.I_C, 'I/c', 'Juru'],
  [14, Golongan.I_D, 'I/d', 'Juru Tingkat I'],
  [21, Golongan.II_A, 'II/a', 'Pengatur Muda'],
  [22, Golongan.II_B, 'II/b', 'Pengatur Muda Tingkat I'],
  [23, Golongan.II_C, 'II/c', 'Pengatur'],
  [24, Golongan.II_D, 'II/d', 'Pengatur Tingkat I'],
  [31, Golongan.III_A, 'III/a', 'Penata Muda'],
  [32, Golongan.III_B, 'III/b', 'Penata Muda Tingkat I'],
  [33, Golongan.III_C, 'III/c', 'Penata'],
  [34, Golongan.III_D, 'III/d', 'Penata Tingkat I'],
  [41, Golongan.IV_A, 'IV/a', 'Pembina'],
  [42, Golongan.IV_B, 'IV/b', 'Pembina Tingkat I'],
  [43, Golongan.IV_C, 'IV/c', 'Pembina Utama Muda'],
  [44, Golongan.IV_D, 'IV/d', 'Pembina Utama Madya'],
  [45, Golongan.IV_E, 'IV/e', 'Pembina Utama'],
];

function registeredEnum(enumObj: object) {
  const metadata = getMetadataStorage().enums.find((e) => e.enumObj === enumObj);
  if (!metadata) throw new Error('enum not registered');
  return metadata;
}

describe('Golongan', () => {
  it('has the 17 ranks', () => {
    expect(Object.values(Golongan)).toEqual(RANKS.map(([, g]) => g));
  });

  it.each(RANKS)('SIASN code %i <-> %s, labelled %s, %s', (code, g, label, pangkat) => {
    expect(golonganFromSiasnCode(code)).toBe(g);
    expect(golonganFromSiasnCode(String(code))).toBe(g);
    expect(golonganToSiasnCode(g)).toBe(code);
    expect(golonganLabel(g)).toBe(label);
    expect(golonganPangkat(g)).toBe(pangkat);
  });

  it('round-trips every rank through its SIASN code', () => {
    for (const g of Object.values(Golongan)) expect(golonganFromSiasnCode(golonganToSiasnCode(g))).toBe(g);
  });

  it('accepts a code string with surrounding whitespace', () => {
    expect(golonganFromSiasnCode(' 31 ')).toBe(Golongan.III_A);
  });

  it.each([0, 10, 15, 20, 25, 30, 35, 40, 46, 51, 99, -11, 31.5, Number.NaN, '', '  ', 'abc', '3l', '31a', 'null', '-11', '3 1'])(
    'returns null for unknown code %j',
    (code) => {
      expect(golonganFromSiasnCode(code)).toBeNull();
    },
  );

  it('orders the ranks 1 to 17, lowest first', () => {
    expect(RANKS.map(([, g]) => golonganOrder(g))).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(golonganOrder(Golongan.III_A)).toBe(9);
  });

  it('orders the ranks the same way as their SIASN codes', () => {
    const all = Object.values(Golongan);
    for (const a of all) {
      for (const b of all) {
        expect(Math.sign(golonganOrder(a) - golonganOrder(b))).toBe(Math.sign(golonganToSiasnCode(a) - golonganToSiasnCode(b)));
      }
    }
  });

  it('sorts with golonganOrder', () => {
    const sorted = [Golongan.IV_A, Golongan.I_A, Golongan.III_D, Golongan.II_B, Golongan.III_A].sort(
      (a, b) => golonganOrder(a) - golonganOrder(b),
    );
    expect(sorted).toEqual([Golongan.I_A, Golongan.II_B, Golongan.III_A, Golongan.III_D, Golongan.IV_A]);
  });
});

describe('PppkGrade', () => {
  it('has grades I to XVII in order', () => {
    expect(Object.values(PppkGrade)).toEqual([
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
    ]);
  });
});

describe('GraphQL registration', () => {
  it.each([
    ['Golongan', Golongan],
    ['PppkGrade', PppkGrade],
    ['EmploymentType', EmploymentType],
    ['EmployeeStatus', EmployeeStatus],
    ['Gender', Gender],
  ])('registers %s with a description for the enum and every value', (name, enumObj) => {
    const metadata = registeredEnum(enumObj);
    expect(metadata.name).toBe(name);
    expect(metadata.description).toBeTruthy();
    const values = Object.keys(enumObj);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      const config = (metadata.valuesConfig as Record<string, { description?: string } | undefined>)[value];
      expect(config?.description, `${name}.${value}`).toMatch(/\S{2,}/);
    }
  });

  it('describes each golongan with its label and pangkat', () => {
    const config = registeredEnum(Golongan).valuesConfig as Record<string, { description?: string }>;
    expect(config.I_A?.description).toBe('I/a — Juru Muda');
    for (const [, g, label, pangkat] of RANKS) expect(config[g]?.description).toBe(`${label} — ${pangkat}`);
  });

  it('has the expected values for the other enums', () => {
    expect(Object.values(EmploymentType)).toEqual(['PNS', 'PPPK']);
    expect(Object.values(EmployeeStatus)).toEqual(['AKTIF', 'CUTI', 'TUGAS_BELAJAR', 'PENSIUN', 'BERHENTI']);
    expect(Object.values(Gender)).toEqual(['MALE', 'FEMALE']);
  });
});

describe('Gender and the NIP', () => {
  it('matches the gender parseNip returns', () => {
    const female: NipGender = Gender.FEMALE;
    const result = parseNip('198001172005012003', new Date(2025, 5, 15));
    expect(result.ok && result.gender).toBe(female);
  });
});
