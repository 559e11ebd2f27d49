import type { AllowanceSchemeRulesInput } from '../../gql/graphql';

// The scheme's rules as the form holds them: the API's own shape (integer rupiah, integer basis
// points), so nothing is converted on the way and no figure passes through floating point.

export const POSITION_CLASSES = Array.from({ length: 17 }, (_, i) => i + 1);

/** What a deduction is a percentage of: the whole allowance or a component of the scheme. */
export const DEDUCTION_BASES = ['WHOLE', 'DISCIPLINE', 'PRODUCTIVITY'] as const;

const band = (code: string, fromMinutes: number, toMinutes: number | null, basisPoints: number) => ({
  code,
  fromMinutes,
  toMinutes,
  basisPoints,
  capBasisPoints: 10_000,
  base: 'WHOLE',
});

/** A new version starts from the API's defaults (docs/domain.md#allowance), the base amounts left to fill in. */
export const DEFAULT_SCHEME = {
  baseAmounts: POSITION_CLASSES.map(() => null),
  disciplineWeight: 40,
  productivityWeight: 60,
  productivityMode: 'MINUTES',
  missingPredicate: 'PAY',
  missingAttendance: 'PRESENT',
  predicateShares: [
    { predicate: 'SANGAT_BAIK', basisPoints: 10_000 },
    { predicate: 'BAIK', basisPoints: 10_000 },
    { predicate: 'BUTUH_PERBAIKAN', basisPoints: 8_000 },
    { predicate: 'KURANG', basisPoints: 7_000 },
    { predicate: 'SANGAT_KURANG', basisPoints: 6_000 },
  ],
  lateBands: [band('TL1', 1, 30, 50), band('TL2', 31, 60, 100), band('TL3', 61, 90, 125), band('TL4', 91, null, 150)],
  earlyLeaveBands: [band('PSW1', 1, 30, 50), band('PSW2', 31, 60, 100), band('PSW3', 61, 90, 125), band('PSW4', 91, null, 150)],
  unexcusedDayBasisPoints: 500,
  unexcusedCapBasisPoints: 10_000,
  unexcusedBase: 'WHOLE',
  ceremonyBasisPoints: 150,
  ceremonyCapBasisPoints: 450,
  ceremonyBase: 'WHOLE',
  statusRules: [
    { status: 'CUTI', basisPointsPerDay: 0, capBasisPoints: 10_000, excusedFromMinutes: true, base: 'WHOLE' },
    { status: 'SAKIT', basisPointsPerDay: 0, capBasisPoints: 10_000, excusedFromMinutes: true, base: 'WHOLE' },
    { status: 'DINAS_LUAR', basisPointsPerDay: 0, capBasisPoints: 10_000, excusedFromMinutes: true, base: 'WHOLE' },
    { status: 'TUGAS_BELAJAR', basisPointsPerDay: 250, capBasisPoints: 5_000, excusedFromMinutes: true, base: 'WHOLE' },
  ],
  rounding: 'FLOOR',
  note: '',
};

/**
 * The deduction tables of a scheme, each a list of bands with a percentage and a cap: one entry
 * per table, so a new kind of deduction is one more line here (and its i18n title).
 */
export const DEDUCTION_TABLES = [
  { source: 'lateBands', title: 'resources.allowanceSchemes.sections.lateBands' },
  { source: 'earlyLeaveBands', title: 'resources.allowanceSchemes.sections.earlyLeaveBands' },
] as const;

const int = (value: unknown): number => (value === '' || value === null || value === undefined ? Number.NaN : Number(value));
const intOrNull = (value: unknown): number | null => (value === '' || value === null || value === undefined ? null : Number(value));
/** A base left empty (a version saved before bases existed) is the whole allowance, as the API reads it. */
const baseOf = (value: unknown): string => (typeof value === 'string' && value ? value : 'WHOLE');

type Values = Record<string, unknown>;
type Rows = Record<string, unknown>[];

/** The form's values as the API's rules input (what create, update and the preview send). */
export const toRulesInput = (values: Values): AllowanceSchemeRulesInput => ({
  baseAmounts: ((values.baseAmounts as unknown[]) ?? []).map(int),
  disciplineWeight: int(values.disciplineWeight),
  productivityWeight: int(values.productivityWeight),
  productivityMode: values.productivityMode as AllowanceSchemeRulesInput['productivityMode'],
  missingPredicate: (values.missingPredicate ?? 'PAY') as AllowanceSchemeRulesInput['missingPredicate'],
  missingAttendance: (values.missingAttendance ?? 'PRESENT') as AllowanceSchemeRulesInput['missingAttendance'],
  predicateShares: ((values.predicateShares as Rows) ?? []).map((share) => ({
    predicate: share.predicate as NonNullable<AllowanceSchemeRulesInput['predicateShares']>[number]['predicate'],
    basisPoints: int(share.basisPoints),
  })),
  ...Object.fromEntries(
    DEDUCTION_TABLES.map(({ source }) => [
      source,
      ((values[source] as Rows) ?? []).map((row) => ({
        code: String(row.code ?? '').trim(),
        fromMinutes: int(row.fromMinutes),
        toMinutes: intOrNull(row.toMinutes),
        basisPoints: int(row.basisPoints),
        capBasisPoints: int(row.capBasisPoints),
        base: baseOf(row.base),
      })),
    ]),
  ),
  unexcusedDayBasisPoints: int(values.unexcusedDayBasisPoints),
  unexcusedCapBasisPoints: int(values.unexcusedCapBasisPoints),
  unexcusedBase: baseOf(values.unexcusedBase),
  ceremonyBasisPoints: int(values.ceremonyBasisPoints),
  ceremonyCapBasisPoints: int(values.ceremonyCapBasisPoints),
  ceremonyBase: baseOf(values.ceremonyBase),
  statusRules: ((values.statusRules as Rows) ?? []).map((rule) => ({
    status: rule.status as NonNullable<AllowanceSchemeRulesInput['statusRules']>[number]['status'],
    basisPointsPerDay: int(rule.basisPointsPerDay),
    capBasisPoints: int(rule.capBasisPoints),
    excusedFromMinutes: !!rule.excusedFromMinutes,
    base: baseOf(rule.base),
  })),
  rounding: values.rounding as AllowanceSchemeRulesInput['rounding'],
  note: typeof values.note === 'string' && values.note.trim() ? values.note.trim() : null,
});

/** Whether the rules are complete enough to preview (every number given). */
export const previewable = (input: AllowanceSchemeRulesInput): boolean =>
  JSON.stringify(input, (_key, value: unknown) => (typeof value === 'number' && Number.isNaN(value) ? 'NaN' : value)).includes('"NaN"') ===
  false;

/** The weights add up to 100 (the API refuses anything else, naming productivityWeight). */
export const weightsTotal = (values: Values): number => (Number(values.disciplineWeight) || 0) + (Number(values.productivityWeight) || 0);
