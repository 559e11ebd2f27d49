import type { PreviewScoreInput } from '../../dataProvider';

/**
 * The rules of a scoring scheme as the console edits them, and the pure conversions between the
 * form and the API: the predicate matrix as a 3x3 grid (rows: result rating, columns: behaviour
 * rating, as in PermenPANRB 6/2022 and docs/domain.md#predicate-matrix) <-> the API's list of 9 cells, and the form's
 * values -> the `rules` of a what-if score.
 */

export const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
export type Rating = (typeof RATINGS)[number];

/** Rows of the grid, top down: the result rating. */
export const RESULT_ROWS: readonly Rating[] = RATINGS;
/** Columns of the grid, left to right: the behaviour rating, lowest first (the regulation's table). */
export const BEHAVIOUR_COLUMNS: readonly Rating[] = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'];

export const PREDICATES = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predicate = (typeof PREDICATES)[number];

export type MatrixCell = { result: Rating; behaviour: Rating; predicate: Predicate };
export type MatrixGrid = Record<Rating, Record<Rating, Predicate | null>>;

/** The national matrix (PermenPANRB 6/2022), the default of a new scheme. */
export const NATIONAL_MATRIX: readonly MatrixCell[] = [
  { result: 'DI_ATAS_EKSPEKTASI', behaviour: 'DI_BAWAH_EKSPEKTASI', predicate: 'KURANG' },
  { result: 'DI_ATAS_EKSPEKTASI', behaviour: 'SESUAI_EKSPEKTASI', predicate: 'BAIK' },
  { result: 'DI_ATAS_EKSPEKTASI', behaviour: 'DI_ATAS_EKSPEKTASI', predicate: 'SANGAT_BAIK' },
  { result: 'SESUAI_EKSPEKTASI', behaviour: 'DI_BAWAH_EKSPEKTASI', predicate: 'KURANG' },
  { result: 'SESUAI_EKSPEKTASI', behaviour: 'SESUAI_EKSPEKTASI', predicate: 'BAIK' },
  { result: 'SESUAI_EKSPEKTASI', behaviour: 'DI_ATAS_EKSPEKTASI', predicate: 'BAIK' },
  { result: 'DI_BAWAH_EKSPEKTASI', behaviour: 'DI_BAWAH_EKSPEKTASI', predicate: 'SANGAT_KURANG' },
  { result: 'DI_BAWAH_EKSPEKTASI', behaviour: 'SESUAI_EKSPEKTASI', predicate: 'BUTUH_PERBAIKAN' },
  { result: 'DI_BAWAH_EKSPEKTASI', behaviour: 'DI_ATAS_EKSPEKTASI', predicate: 'BUTUH_PERBAIKAN' },
];

const isRating = (value: unknown): value is Rating => (RATINGS as readonly unknown[]).includes(value);
const isPredicate = (value: unknown): value is Predicate => (PREDICATES as readonly unknown[]).includes(value);

/** A grid with every cell empty. */
export const emptyGrid = (): MatrixGrid =>
  Object.fromEntries(
    RESULT_ROWS.map((result) => [result, Object.fromEntries(BEHAVIOUR_COLUMNS.map((behaviour) => [behaviour, null]))]),
  ) as MatrixGrid;

/** The API's cells (in any order) as a grid; cells it lacks, or that make no sense, stay empty. */
export const cellsToGrid = (cells: readonly Partial<MatrixCell>[] | null | undefined): MatrixGrid => {
  const grid = emptyGrid();
  for (const cell of cells ?? []) {
    if (isRating(cell?.result) && isRating(cell?.behaviour) && isPredicate(cell?.predicate))
      grid[cell.result][cell.behaviour] = cell.predicate;
  }
  return grid;
};

/** The grid as the API's cells, row by row, left to right; empty cells are left out. */
export const gridToCells = (grid: MatrixGrid): MatrixCell[] =>
  RESULT_ROWS.flatMap((result) =>
    BEHAVIOUR_COLUMNS.flatMap((behaviour) => {
      const predicate = grid[result]?.[behaviour];
      return predicate ? [{ result, behaviour, predicate }] : [];
    }),
  );

/** The cells with one cell set (or replaced). */
export const setCell = (
  cells: readonly Partial<MatrixCell>[] | null | undefined,
  result: Rating,
  behaviour: Rating,
  predicate: Predicate,
): MatrixCell[] => {
  const grid = cellsToGrid(cells);
  grid[result][behaviour] = predicate;
  return gridToCells(grid);
};

/** All 9 cells have a predicate (the API takes a matrix only whole). */
export const isCompleteMatrix = (cells: readonly Partial<MatrixCell>[] | null | undefined): boolean =>
  gridToCells(cellsToGrid(cells)).length === 9;

/** Whether two lists of cells say the same, whatever their order. */
export const sameMatrix = (
  a: readonly Partial<MatrixCell>[] | null | undefined,
  b: readonly Partial<MatrixCell>[] | null | undefined,
): boolean => JSON.stringify(gridToCells(cellsToGrid(a))) === JSON.stringify(gridToCells(cellsToGrid(b)));

/** Formulas that fit each direction (the API refuses the others). */
export const FORMULAS = {
  higherIsBetterFormula: ['RATIO'],
  lowerIsBetterFormula: ['TWO_MINUS_RATIO', 'INVERSE_RATIO'],
  targetRangeFormula: ['RANGE_BOUNDS'],
} as const;

export type SchemeRuleValues = {
  cap?: number | string | null;
  higherIsBetterFormula?: string | null;
  lowerIsBetterFormula?: string | null;
  targetRangeFormula?: string | null;
  aboveFrom?: number | string | null;
  asExpectedFrom?: number | string | null;
  additionalMax?: number | string | null;
  matrixCells?: readonly Partial<MatrixCell>[] | null;
};

/** The national default rules (docs/domain.md#achievement), the starting values of a new scheme. */
export const NATIONAL_RULES = {
  cap: 120,
  higherIsBetterFormula: 'RATIO',
  lowerIsBetterFormula: 'TWO_MINUS_RATIO',
  targetRangeFormula: 'RANGE_BOUNDS',
  aboveFrom: 110,
  asExpectedFrom: 90,
  additionalMax: 10,
  matrixCells: NATIONAL_MATRIX,
} as const satisfies SchemeRuleValues;

const numberOrUndefined = (value: number | string | null | undefined): number | undefined => {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
};

type Rules = NonNullable<PreviewScoreInput['rules']>;

/**
 * The form's values as the `rules` of a what-if score (ScoringRulesInput). Empty numbers and an
 * incomplete matrix are left out: the scheme's (or the national) values apply to them.
 */
export const rulesOf = (values: SchemeRuleValues): Rules => {
  const rules: Rules = {};
  const cap = numberOrUndefined(values.cap);
  const aboveFrom = numberOrUndefined(values.aboveFrom);
  const asExpectedFrom = numberOrUndefined(values.asExpectedFrom);
  const additionalMax = numberOrUndefined(values.additionalMax);
  if (cap !== undefined) rules.cap = cap;
  if (aboveFrom !== undefined) rules.aboveFrom = aboveFrom;
  if (asExpectedFrom !== undefined) rules.asExpectedFrom = asExpectedFrom;
  if (additionalMax !== undefined) rules.additionalMax = additionalMax;
  if (values.higherIsBetterFormula) rules.higherIsBetterFormula = values.higherIsBetterFormula as Rules['higherIsBetterFormula'];
  if (values.lowerIsBetterFormula) rules.lowerIsBetterFormula = values.lowerIsBetterFormula as Rules['lowerIsBetterFormula'];
  if (values.targetRangeFormula) rules.targetRangeFormula = values.targetRangeFormula as Rules['targetRangeFormula'];
  if (isCompleteMatrix(values.matrixCells)) rules.matrix = gridToCells(cellsToGrid(values.matrixCells));
  return rules;
};

/**
 * The form's values as the API's create or update input: the grid becomes `matrix`, sent when it
 * is new or changed (an unchanged matrix is not sent again).
 */
export const toSchemeInput = (data: Record<string, unknown>, options?: { previousData?: Record<string, unknown> }) => {
  const { matrixCells, ...rest } = data as Record<string, unknown> & { matrixCells?: MatrixCell[] };
  const previous = options?.previousData?.matrixCells as MatrixCell[] | undefined;
  const changed = !options?.previousData || !sameMatrix(matrixCells, previous);
  return changed ? { ...rest, matrix: gridToCells(cellsToGrid(matrixCells)) } : rest;
};

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'TARGET_RANGE';

/** One sample line of the preview, as typed (numbers may be empty). */
export type SampleLine = {
  label: string;
  direction: Direction;
  category: 'UTAMA' | 'TAMBAHAN';
  weight: number | null;
  target: number | null;
  targetMax: number | null;
  realization: number | null;
};

/**
 * The worked example of docs/domain.md#achievement: service time (lower is better) target 30 realised 24 weight 40,
 * data accuracy target 95 realised 90.25 weight 35, trainings target 4 realised 2 weight 25. With the
 * national rules and behaviour DI_ATAS_EKSPEKTASI: score 93.75, SESUAI_EKSPEKTASI, predicate BAIK.
 * `labels` are the lines' names (translated by the page).
 */
export const workedExample = (labels: [string, string, string]): SampleLine[] => [
  { label: labels[0], direction: 'LOWER_IS_BETTER', category: 'UTAMA', weight: 40, target: 30, targetMax: null, realization: 24 },
  { label: labels[1], direction: 'HIGHER_IS_BETTER', category: 'UTAMA', weight: 35, target: 95, targetMax: null, realization: 90.25 },
  { label: labels[2], direction: 'HIGHER_IS_BETTER', category: 'UTAMA', weight: 25, target: 4, targetMax: null, realization: 2 },
];

export const WORKED_EXAMPLE_BEHAVIOUR: Rating = 'DI_ATAS_EKSPEKTASI';

/** The preview's query input: the sample lines, the behaviour rating, the scheme and the unsaved rules. */
export const toPreviewInput = (options: {
  lines: readonly SampleLine[];
  behaviourRating: Rating | null;
  rules: Rules;
  schemeId?: string | null;
}): PreviewScoreInput => ({
  ...(options.schemeId ? { schemeId: options.schemeId } : {}),
  behaviourRating: options.behaviourRating,
  rules: options.rules,
  lines: options.lines.map((line) => ({
    label: line.label || undefined,
    direction: line.direction,
    category: line.category,
    weight: line.weight ?? 0,
    target: line.target,
    targetMax: line.direction === 'TARGET_RANGE' ? line.targetMax : null,
    realization: line.realization,
  })),
});
