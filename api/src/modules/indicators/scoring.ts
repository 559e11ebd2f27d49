import { AchievementFormula, Direction, Predicate, Rating, ResultCategory } from './indicator.enums.js';

/**
 * Pure numeric scoring (docs/domain.md#achievement and #predicate-matrix):
 * indicator achievements -> weighted score -> result rating -> predicate. No
 * database, no GraphQL: the appraisal module and the previewScore query both
 * call it. Data problems never throw; they are reported in `problem` /
 * `problems` so users can fix the data.
 */

/** Result rating (row) -> behaviour rating (column) -> predicate. */
export type PredicateMatrix = Record<Rating, Record<Rating, Predicate>>;

export interface ScoringRules {
  /** Default achievement cap in percent, e.g. 120. */
  cap: number;
  formulas: { higherIsBetter: AchievementFormula; lowerIsBetter: AchievementFormula; targetRange: AchievementFormula };
  /** A weighted score >= aboveFrom is DI_ATAS_EKSPEKTASI. */
  aboveFrom: number;
  /** A weighted score >= asExpectedFrom (and < aboveFrom) is SESUAI_EKSPEKTASI; below, DI_BAWAH_EKSPEKTASI. */
  asExpectedFrom: number;
  /** Additional (TAMBAHAN) results add at most this many points. */
  additionalMax: number;
  matrix: PredicateMatrix;
}

export interface ScoreLine {
  /** The caller's id for the line (indicator code or target id). */
  key: string;
  /** Human name used in step and problem texts; the key when absent. */
  label?: string;
  direction: Direction;
  category: ResultCategory;
  /** UTAMA: weight in percent (UTAMA weights sum to 100). TAMBAHAN: points at full achievement. */
  weight: number;
  /** For TARGET_RANGE: the lower bound. */
  target: number | null;
  /** For TARGET_RANGE: the upper bound. */
  targetMax?: number | null;
  /** Null when no value was recorded. */
  realization: number | null;
  /** The indicator's own cap; overrides rules.cap when set. */
  cap?: number | null;
}

export interface Achievement {
  /** Achievement in percent after floor and cap; null when undefined. */
  value: number | null;
  /** Achievement before floor and cap. */
  raw: number | null;
  capped: boolean;
  step: string;
  problem: string | null;
}

export interface LineResult {
  key: string;
  label: string;
  category: ResultCategory;
  weight: number;
  achievement: number | null;
  rawAchievement: number | null;
  capped: boolean;
  /** achievement x weight / 100. */
  contribution: number | null;
  step: string;
  problem: string | null;
}

export interface ScoreResult {
  lines: LineResult[];
  /** Sum of the UTAMA weights. */
  mainWeight: number;
  mainScore: number | null;
  additionalScore: number;
  score: number | null;
  resultRating: Rating | null;
  behaviourRating: Rating | null;
  predicate: Predicate | null;
  steps: string[];
  problems: string[];
  /** True when a predicate could be given. */
  complete: boolean;
}

/** PermenPANRB 6/2022, the national predicate matrix (docs/domain.md#predicate-matrix). */
export const NATIONAL_MATRIX: PredicateMatrix = Object.freeze({
  [Rating.DI_ATAS_EKSPEKTASI]: Object.freeze({
    [Rating.DI_BAWAH_EKSPEKTASI]: Predicate.KURANG,
    [Rating.SESUAI_EKSPEKTASI]: Predicate.BAIK,
    [Rating.DI_ATAS_EKSPEKTASI]: Predicate.SANGAT_BAIK,
  }),
  [Rating.SESUAI_EKSPEKTASI]: Object.freeze({
    [Rating.DI_BAWAH_EKSPEKTASI]: Predicate.KURANG,
    [Rating.SESUAI_EKSPEKTASI]: Predicate.BAIK,
    [Rating.DI_ATAS_EKSPEKTASI]: Predicate.BAIK,
  }),
  [Rating.DI_BAWAH_EKSPEKTASI]: Object.freeze({
    [Rating.DI_BAWAH_EKSPEKTASI]: Predicate.SANGAT_KURANG,
    [Rating.SESUAI_EKSPEKTASI]: Predicate.BUTUH_PERBAIKAN,
    [Rating.DI_ATAS_EKSPEKTASI]: Predicate.BUTUH_PERBAIKAN,
  }),
});

/** The default scheme (docs/domain.md#achievement). Frozen: a shared constant must not be edited by one caller. */
export const DEFAULT_RULES: ScoringRules = Object.freeze({
  cap: 120,
  formulas: Object.freeze({
    higherIsBetter: AchievementFormula.RATIO,
    lowerIsBetter: AchievementFormula.TWO_MINUS_RATIO,
    targetRange: AchievementFormula.RANGE_BOUNDS,
  }),
  aboveFrom: 110,
  asExpectedFrom: 90,
  additionalMax: 10,
  matrix: NATIONAL_MATRIX,
});

/** Drops float noise (95.00000000000001 -> 95) by keeping 12 significant digits. */
const clean = (x: number): number => Number(x.toPrecision(12));

/** Rounds to 2 decimals, half away from zero, after dropping float noise (1.005 -> 1.01). */
export function round2(x: number): number {
  const r = Math.round(clean(Math.abs(x) * 100)) / 100;
  return x < 0 && r !== 0 ? -r : r; // never -0
}

/** A number for step texts: no trailing zeros, no float noise. */
const fmt = (x: number): string => String(clean(x));

const ZERO_TARGET = 'target of zero: achievement undefined';

type Computed = { raw: number; expr: string } | { problem: string };

/** One formula against a target; `upper` is the range's upper bound (RANGE_BOUNDS only). */
function compute(formula: AchievementFormula, r: number, t: number, upper: number | null): Computed {
  switch (formula) {
    case AchievementFormula.RATIO:
      return t === 0 ? { problem: ZERO_TARGET } : { raw: (r / t) * 100, expr: `${fmt(r)} / ${fmt(t)} x 100` };
    case AchievementFormula.TWO_MINUS_RATIO:
      return t === 0 ? { problem: ZERO_TARGET } : { raw: (2 - r / t) * 100, expr: `(2 - ${fmt(r)} / ${fmt(t)}) x 100` };
    case AchievementFormula.INVERSE_RATIO:
      if (t === 0) return { problem: ZERO_TARGET };
      if (r === 0) return { problem: 'realisation of zero: achievement undefined' };
      return { raw: (t / r) * 100, expr: `${fmt(t)} / ${fmt(r)} x 100` };
    case AchievementFormula.RANGE_BOUNDS: {
      if (upper === null) return { problem: 'no upper bound of the target range recorded' };
      const range = `${fmt(t)} to ${fmt(upper)}`;
      if (r >= t && r <= upper) return { raw: 100, expr: `${fmt(r)} within ${range}` };
      // Outside the range: against the bound crossed, as lower-is-better above it and higher-is-better below it.
      const [side, c] =
        r > upper
          ? ['above', compute(AchievementFormula.TWO_MINUS_RATIO, r, upper, null)]
          : ['below', compute(AchievementFormula.RATIO, r, t, null)];
      return 'problem' in c ? c : { raw: c.raw, expr: `${side} the range ${range}, ${c.expr}` };
    }
  }
}

function formulaFor(direction: Direction, formulas: ScoringRules['formulas']): AchievementFormula {
  if (direction === Direction.LOWER_IS_BETTER) return formulas.lowerIsBetter;
  if (direction === Direction.TARGET_RANGE) return formulas.targetRange;
  return formulas.higherIsBetter;
}

/** Achievement (capaian) of one line in percent, floored at 0 and capped. */
export function achievement(line: ScoreLine, rules: Pick<ScoringRules, 'cap' | 'formulas'>): Achievement {
  const name = line.label ?? line.key;
  const fail = (problem: string): Achievement => ({
    value: null,
    raw: null,
    capped: false,
    step: `${name}: ${problem}`,
    problem: `${name}: ${problem}`,
  });
  const r = line.realization;
  const t = line.target;
  if (r === null) return fail('no realisation recorded');
  if (t === null) return fail('no target recorded');

  // PermenPANRB 8/2021: nothing was allowed and nothing happened, so the target is fully met.
  const c: Computed =
    line.direction === Direction.LOWER_IS_BETTER && t === 0 && r === 0
      ? { raw: 100, expr: 'target 0 and realisation 0, lower is better' }
      : compute(formulaFor(line.direction, rules.formulas), r, t, line.targetMax ?? null);
  if ('problem' in c) return fail(c.problem);

  const raw = round2(c.raw);
  const cap = line.cap ?? rules.cap;
  const capped = raw > cap;
  let step = `${name}: ${c.expr} = ${fmt(raw)}`;
  if (raw < 0) step += ', floored at 0'; // TWO_MINUS_RATIO goes negative beyond twice the target
  if (capped) step += `, capped at ${fmt(cap)}`;
  return { value: Math.min(Math.max(raw, 0), cap), raw, capped, step, problem: null };
}

/** Result rating from a weighted score, by the scheme's thresholds. */
export function ratingFor(score: number, rules: Pick<ScoringRules, 'aboveFrom' | 'asExpectedFrom'>): Rating {
  if (score >= rules.aboveFrom) return Rating.DI_ATAS_EKSPEKTASI;
  if (score >= rules.asExpectedFrom) return Rating.SESUAI_EKSPEKTASI;
  return Rating.DI_BAWAH_EKSPEKTASI;
}

export function predicateFor(result: Rating, behaviour: Rating, matrix: PredicateMatrix): Predicate {
  return matrix[result][behaviour];
}

/** "(120 x 40 + 95 x 35) / 100" */
const weightedExpr = (ls: LineResult[]): string => `(${ls.map((l) => `${fmt(l.achievement ?? 0)} x ${fmt(l.weight)}`).join(' + ')}) / 100`;
const weightedSum = (ls: LineResult[]): number => ls.reduce((sum, l) => sum + (l.achievement ?? 0) * l.weight, 0) / 100;

/** Weighted score, result rating and predicate of a set of lines, with the steps taken and the problems found. */
export function scorePerformance(rules: ScoringRules, lines: ScoreLine[], behaviourRating: Rating | null): ScoreResult {
  const results: LineResult[] = lines.map((line) => {
    const a = achievement(line, rules);
    return {
      key: line.key,
      label: line.label ?? line.key,
      category: line.category,
      weight: line.weight,
      achievement: a.value,
      rawAchievement: a.raw,
      capped: a.capped,
      contribution: a.value === null ? null : round2((a.value * line.weight) / 100),
      step: a.step,
      problem: a.problem,
    };
  });
  const steps = results.map((l) => l.step);
  const problems = results.flatMap((l) => (l.problem === null ? [] : [l.problem]));

  const main = results.filter((l) => l.category === ResultCategory.UTAMA);
  const mainWeight = clean(main.reduce((sum, l) => sum + l.weight, 0));
  const weightsOk = Math.abs(mainWeight - 100) <= 1e-9;
  if (main.length === 0) problems.push('no main (UTAMA) results');
  else if (!weightsOk) problems.push(`main result weights sum to ${fmt(mainWeight)}, not 100`);

  // Additional results with no achievement are reported above but only add nothing.
  const additional = results.filter((l) => l.category === ResultCategory.TAMBAHAN && l.achievement !== null);
  const additionalRaw = round2(weightedSum(additional));
  const additionalScore = Math.min(additionalRaw, rules.additionalMax);
  if (additional.length > 0) {
    const capNote = additionalRaw > rules.additionalMax ? `, capped at ${fmt(rules.additionalMax)}` : '';
    steps.push(`Additional score = ${weightedExpr(additional)} = ${fmt(additionalRaw)}${capNote}`);
  }

  // The main score is still shown when weights are off (useful in a preview), but it gives no score.
  let mainScore: number | null = null;
  if (main.length > 0 && main.every((l) => l.achievement !== null)) {
    mainScore = round2(weightedSum(main));
    const heading = additional.length > 0 || !weightsOk ? 'Main score' : 'Score';
    steps.push(`${heading} = ${weightedExpr(main)} = ${fmt(mainScore)}`);
  }

  let score: number | null = null;
  let resultRating: Rating | null = null;
  if (mainScore !== null && weightsOk) {
    score = round2(mainScore + additionalScore);
    if (additional.length > 0) steps.push(`Score = ${fmt(mainScore)} + ${fmt(additionalScore)} = ${fmt(score)}`);
    resultRating = ratingFor(score, rules);
    const band =
      resultRating === Rating.DI_ATAS_EKSPEKTASI
        ? `>= ${fmt(rules.aboveFrom)}`
        : resultRating === Rating.SESUAI_EKSPEKTASI
          ? `>= ${fmt(rules.asExpectedFrom)} and < ${fmt(rules.aboveFrom)}`
          : `< ${fmt(rules.asExpectedFrom)}`;
    steps.push(`${fmt(score)} ${band} -> ${resultRating}`);
  }

  if (behaviourRating === null) problems.push('behaviour rating not given');
  let predicate: Predicate | null = null;
  if (resultRating !== null && behaviourRating !== null) {
    predicate = predicateFor(resultRating, behaviourRating, rules.matrix);
    steps.push(`${resultRating} x ${behaviourRating} -> ${predicate}`);
  }

  return {
    lines: results,
    mainWeight,
    mainScore,
    additionalScore,
    score,
    resultRating,
    behaviourRating,
    predicate,
    steps,
    problems,
    complete: predicate !== null,
  };
}
