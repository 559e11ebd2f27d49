import { describe, expect, it } from 'vitest';
import {
  cellsToGrid,
  gridToCells,
  isCompleteMatrix,
  NATIONAL_MATRIX,
  NATIONAL_RULES,
  rulesOf,
  sameMatrix,
  setCell,
  toPreviewInput,
  toSchemeInput,
  workedExample,
  WORKED_EXAMPLE_BEHAVIOUR,
  type MatrixCell,
} from './scoring-rules';

describe('predicate matrix grid', () => {
  it('puts the cells in rows of result rating and columns of behaviour rating', () => {
    const grid = cellsToGrid(NATIONAL_MATRIX);
    expect(grid.DI_ATAS_EKSPEKTASI).toEqual({
      DI_BAWAH_EKSPEKTASI: 'KURANG',
      SESUAI_EKSPEKTASI: 'BAIK',
      DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
    });
    expect(grid.SESUAI_EKSPEKTASI.DI_ATAS_EKSPEKTASI).toBe('BAIK');
    expect(grid.DI_BAWAH_EKSPEKTASI.DI_BAWAH_EKSPEKTASI).toBe('SANGAT_KURANG');
  });

  it('round-trips the cells whatever their order, row by row', () => {
    const shuffled = [...NATIONAL_MATRIX].reverse();
    expect(gridToCells(cellsToGrid(shuffled))).toEqual(NATIONAL_MATRIX);
  });

  it('leaves missing and nonsense cells empty, and an incomplete matrix is not whole', () => {
    const cells = [
      { result: 'DI_ATAS_EKSPEKTASI', behaviour: 'DI_ATAS_EKSPEKTASI', predicate: 'SANGAT_BAIK' },
      { result: 'TIDAK_ADA', behaviour: 'DI_ATAS_EKSPEKTASI', predicate: 'BAIK' },
      { result: 'SESUAI_EKSPEKTASI', behaviour: 'SESUAI_EKSPEKTASI', predicate: 'ISTIMEWA' },
    ] as unknown as MatrixCell[];
    const grid = cellsToGrid(cells);
    expect(grid.DI_ATAS_EKSPEKTASI.DI_ATAS_EKSPEKTASI).toBe('SANGAT_BAIK');
    expect(grid.SESUAI_EKSPEKTASI.SESUAI_EKSPEKTASI).toBeNull();
    expect(gridToCells(grid)).toHaveLength(1);
    expect(isCompleteMatrix(cells)).toBe(false);
    expect(isCompleteMatrix(NATIONAL_MATRIX)).toBe(true);
    expect(isCompleteMatrix(undefined)).toBe(false);
  });

  it('changes one cell, and compares matrices by content', () => {
    const changed = setCell(NATIONAL_MATRIX, 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SANGAT_BAIK');
    expect(changed).toHaveLength(9);
    expect(cellsToGrid(changed).SESUAI_EKSPEKTASI.DI_ATAS_EKSPEKTASI).toBe('SANGAT_BAIK');
    expect(sameMatrix(changed, NATIONAL_MATRIX)).toBe(false);
    expect(sameMatrix([...NATIONAL_MATRIX].reverse(), NATIONAL_MATRIX)).toBe(true);
  });
});

describe('scheme form <-> API', () => {
  it('sends the matrix as cells on create, and on update only when it changed', () => {
    const values = { name: 'Skema Kota', cap: 120, matrixCells: [...NATIONAL_MATRIX] };
    expect(toSchemeInput(values)).toEqual({ name: 'Skema Kota', cap: 120, matrix: NATIONAL_MATRIX });
    expect(toSchemeInput(values, { previousData: { matrixCells: [...NATIONAL_MATRIX].reverse() } })).toEqual({
      name: 'Skema Kota',
      cap: 120,
    });
    const changed = { ...values, matrixCells: setCell(NATIONAL_MATRIX, 'DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'BUTUH_PERBAIKAN') };
    expect(toSchemeInput(changed, { previousData: { matrixCells: NATIONAL_MATRIX } })).toMatchObject({ matrix: expect.any(Array) });
  });

  it('turns the form values into preview rules, leaving out what is empty or incomplete', () => {
    expect(rulesOf(NATIONAL_RULES)).toEqual({
      cap: 120,
      aboveFrom: 110,
      asExpectedFrom: 90,
      additionalMax: 10,
      higherIsBetterFormula: 'RATIO',
      lowerIsBetterFormula: 'TWO_MINUS_RATIO',
      targetRangeFormula: 'RANGE_BOUNDS',
      matrix: NATIONAL_MATRIX,
    });
    expect(rulesOf({ cap: '', aboveFrom: '105,5', asExpectedFrom: null, matrixCells: NATIONAL_MATRIX.slice(0, 8) })).toEqual({
      aboveFrom: 105.5,
    });
  });

  it('builds the preview input of the worked example', () => {
    const input = toPreviewInput({
      lines: workedExample(['Waktu layanan', 'Akurasi data', 'Pelatihan']),
      behaviourRating: WORKED_EXAMPLE_BEHAVIOUR,
      rules: { cap: 120 },
      schemeId: 'U2NvcmluZ1NjaGVtZTox',
    });
    expect(input).toEqual({
      schemeId: 'U2NvcmluZ1NjaGVtZTox',
      behaviourRating: 'DI_ATAS_EKSPEKTASI',
      rules: { cap: 120 },
      lines: [
        {
          label: 'Waktu layanan',
          direction: 'LOWER_IS_BETTER',
          category: 'UTAMA',
          weight: 40,
          target: 30,
          targetMax: null,
          realization: 24,
        },
        {
          label: 'Akurasi data',
          direction: 'HIGHER_IS_BETTER',
          category: 'UTAMA',
          weight: 35,
          target: 95,
          targetMax: null,
          realization: 90.25,
        },
        { label: 'Pelatihan', direction: 'HIGHER_IS_BETTER', category: 'UTAMA', weight: 25, target: 4, targetMax: null, realization: 2 },
      ],
    });
    expect(toPreviewInput({ lines: [], behaviourRating: null, rules: {} })).not.toHaveProperty('schemeId');
  });
});
