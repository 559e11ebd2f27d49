/**
 * The allowance (TPP / tukin) of one employee for one month, as a pure
 * function of the scheme and the month's facts. Money is integer rupiah,
 * percentages are integer basis points (10,000 = 100 %), fractions are exact
 * integer ratios (BigInt); every amount is rounded once, by the scheme's rule,
 * when it becomes rupiah. No floating point.
 *
 * Order of computation:
 * 1. gross = base of the position class. Working days of the person's calendar
 *    outside their placement (PENEMPATAN) and from a dismissal's effective date
 *    (PEMBERHENTIAN) are not paid: payable = gross x paid days / working days;
 * 2. split the payable amount into the discipline component (its weight) and
 *    the productivity component (the rest, so the two always add up);
 * 3. productivity: the component times the exact share of effective minutes
 *    and/or the predicate band (no evaluation: the scheme's missingPredicate);
 *    what is not earned is the PRODUKTIVITAS line;
 * 4. discipline lines (late arrival, early leave, unexcused days, missed
 *    required ceremonies, statuses): each `quantity x percentage` of the rule's
 *    base (the payable amount, or one component), capped per rule; lines on
 *    the whole or the discipline component are together capped at the
 *    discipline component, lines on the productivity component at what was
 *    earned of it (taken in order until the pot is used up);
 * 5. an allowance-cut sanction takes its percentage of what is left;
 * 6. net = gross - every line.
 */

export const FULL = 10_000;

/** The line of missed required ceremonies. */
export const CEREMONY_RULE = 'UPACARA';

export type Rounding = 'FLOOR' | 'HALF_UP';

/** What a deduction's percentage is of: the whole (payable) allowance or a component of the scheme. */
export const WHOLE = 'WHOLE';
export const COMPONENTS = ['DISCIPLINE', 'PRODUCTIVITY'] as const;
/** The base of a sanction cut: what is left after every other line. */
export const REMAINDER = 'REMAINDER';

export interface Band {
  code: string;
  /** Inclusive lower bound in minutes (>= 1). */
  fromMinutes: number;
  /** Inclusive upper bound; null: no upper bound (also a missing check-in/out). */
  toMinutes: number | null;
  basisPoints: number;
  capBasisPoints: number;
  /** WHOLE or a component (DISCIPLINE, PRODUCTIVITY); missing: WHOLE. */
  base?: string;
}

export interface StatusRule {
  status: 'CUTI' | 'SAKIT' | 'DINAS_LUAR' | 'TUGAS_BELAJAR';
  /** Deduction per day, of the rule's base. */
  basisPointsPerDay: number;
  capBasisPoints: number;
  /** Whether days in this status are left out of the effective-minutes target. */
  excusedFromMinutes: boolean;
  base?: string;
}

export type ProductivityMode = 'MINUTES' | 'PREDICATE' | 'MINUTES_AND_PREDICATE';
/** The predicate share of a month without an evaluation. */
export type MissingPredicate = 'PAY' | 'WITHHOLD' | 'LAST_CONFIRMED';
/** A working day without any attendance record. */
export type MissingAttendance = 'PRESENT' | 'UNEXCUSED';

export interface SchemeRules {
  /** Base amount in rupiah per position class 1..17 (index 0 = class 1). */
  baseAmounts: number[];
  disciplineWeight: number;
  productivityWeight: number;
  productivityMode: ProductivityMode;
  predicateShares: { predicate: string; basisPoints: number }[];
  missingPredicate: MissingPredicate;
  lateBands: Band[];
  earlyLeaveBands: Band[];
  unexcusedDayBasisPoints: number;
  unexcusedCapBasisPoints: number;
  unexcusedBase: string;
  /** Deduction per missed required ceremony (apel / upacara) and its monthly cap. */
  ceremonyBasisPoints: number;
  ceremonyCapBasisPoints: number;
  ceremonyBase: string;
  statusRules: StatusRule[];
  missingAttendance: MissingAttendance;
  rounding: Rounding;
}

/** The month of one employee as the other modules report it. */
export interface MonthFacts {
  grade: number | null;
  workingDays: number;
  /** Working dates of the month, ascending. */
  workingDates: string[];
  /** Placement periods (inclusive dates, null: open); null or empty: no history, the whole month counts. */
  placements?: { from: string; to: string | null }[] | null;
  /** Dates with an attendance record (any status). */
  recordedDates?: string[];
  /** Late and early-leave minutes of each present day (null: no check-in / check-out). */
  presentDays: { late: number | null; early: number | null }[];
  statusDays: Record<string, number>;
  /** Required ceremonies missed without excuse on days not already absent or excused by status. */
  missedCeremonies?: number;
  effectiveMinutes: number;
  targetMinutes: number;
  /** Predicate of the evaluation covering the month. */
  predicate: string | null;
  /** The latest confirmed predicate of a period ended before the month (for LAST_CONFIRMED). */
  lastPredicate?: string | null;
  /** Allowance-cut sanctions in force during the month, their cut in basis points. */
  cuts: { code: string; basisPoints: number }[];
  /** Effective date of a dismissal or suspension, if any on or before the month's end. */
  stoppedFrom: string | null;
}

export interface Line {
  rule: string;
  quantity: number;
  /** The percentage, in basis points (for PRODUKTIVITAS the exact fraction below, rounded down). */
  basisPoints: number;
  amount: number;
  /** What the percentage or fraction is of: WHOLE, DISCIPLINE, PRODUCTIVITY or REMAINDER. */
  base?: string | null;
  /** That base in rupiah. */
  baseAmount?: number | null;
  /** The exact fraction of the base the line stands for, before any cap. */
  numerator?: number | null;
  denominator?: number | null;
}

export type PredicateSource = 'EVALUATION' | 'PAID_WITHOUT_EVALUATION' | 'WITHHELD' | 'LAST_CONFIRMED';

export interface Computed {
  base: number;
  gross: number;
  disciplineComponent: number;
  productivityComponent: number;
  lines: Line[];
  net: number;
  workingDays: number;
  /** Working days paid: in the placement and before a dismissal. */
  paidDays: number;
  /** The predicate the share used, and where it came from (null when the mode uses no predicate). */
  predicate: string | null;
  predicateSource: PredicateSource | null;
  /** Working days without any attendance record, within the paid days. */
  missingDays: number;
}

const big = (n: number | bigint) => BigInt(n);

/** `amount x numerator / denominator` in whole rupiah by the rule, exact for any size. */
export function part(amount: number, numerator: number | bigint, denominator: number | bigint, rounding: Rounding): number {
  const n = big(amount) * big(numerator);
  const d = big(denominator);
  const q = rounding === 'HALF_UP' ? (2n * n + d) / (2n * d) : n / d;
  return Number(q);
}

/** `amount x basisPoints / 10,000` in whole rupiah by the rule. */
export function portion(amount: number, basisPoints: number, rounding: Rounding, denominator = FULL): number {
  return part(amount, basisPoints, denominator, rounding);
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const reduced = (n: bigint, d: bigint): [bigint, bigint] => {
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
};

function bandOf(bands: Band[], minutes: number | null): Band | undefined {
  if (minutes === 0) return undefined;
  if (minutes === null) return bands[bands.length - 1];
  return bands.find((b) => minutes >= b.fromMinutes && (b.toMinutes === null || minutes <= b.toMinutes));
}

const inPlacement = (placements: MonthFacts['placements'], date: string) =>
  !placements?.length || placements.some((p) => p.from <= date && (p.to === null || date <= p.to));

export function computeAllowance(rules: SchemeRules, facts: MonthFacts): Computed {
  const base = facts.grade ? (rules.baseAmounts[facts.grade - 1] ?? 0) : 0;
  const lines: Line[] = [];
  const gross = base;
  const wd = facts.workingDays;
  const placedDates = facts.workingDates.filter((d) => inPlacement(facts.placements, d));
  const paidDates = placedDates.filter((d) => !facts.stoppedFrom || d < facts.stoppedFrom);
  const paidDays = wd === 0 ? 0 : paidDates.length;
  // What the month pays before deductions: the working days in the placement and before a dismissal.
  let payable = gross;
  if (wd > 0 && placedDates.length < wd) {
    const placed = part(gross, placedDates.length, wd, rules.rounding);
    const [n, d] = reduced(big(wd - placedDates.length), big(wd));
    lines.push({
      rule: 'PENEMPATAN',
      quantity: wd - placedDates.length,
      basisPoints: 0,
      amount: gross - placed,
      base: WHOLE,
      baseAmount: gross,
      numerator: Number(n),
      denominator: Number(d),
    });
    payable = placed;
  }
  if (facts.stoppedFrom) {
    const paid = wd === 0 ? 0 : part(gross, paidDays, wd, rules.rounding);
    const [n, d] = wd === 0 ? [1n, 1n] : reduced(big(placedDates.length - paidDays), big(wd));
    lines.push({
      rule: 'PEMBERHENTIAN',
      quantity: placedDates.length - paidDays,
      basisPoints: 0,
      amount: payable - paid,
      base: WHOLE,
      baseAmount: gross,
      numerator: Number(n),
      denominator: Number(d),
    });
    payable = paid;
  }
  const disciplineComponent = portion(payable, rules.disciplineWeight * 100, rules.rounding);
  const productivityComponent = payable - disciplineComponent;

  // Productivity, as an exact fraction: minutes share (capped at 1) times the predicate band.
  const excused = rules.statusRules.filter((r) => r.excusedFromMinutes).reduce((sum, r) => sum + (facts.statusDays[r.status] ?? 0), 0);
  // The target counts the paid working days not excused; the calendar's target is for all working days.
  const targetDays = Math.max(paidDays - excused, 0);
  let num = 1n;
  let den = 1n;
  if (rules.productivityMode !== 'PREDICATE' && wd > 0 && targetDays > 0 && facts.targetMinutes > 0) {
    const n = big(facts.effectiveMinutes) * big(wd);
    const d = big(facts.targetMinutes) * big(targetDays);
    if (n < d) [num, den] = [n, d];
  }
  let predicate: string | null = null;
  let predicateSource: PredicateSource | null = null;
  if (rules.productivityMode !== 'MINUTES') {
    let bandPoints: number;
    if (facts.predicate) {
      predicate = facts.predicate;
      predicateSource = 'EVALUATION';
    } else if (rules.missingPredicate === 'LAST_CONFIRMED' && facts.lastPredicate) {
      predicate = facts.lastPredicate;
      predicateSource = 'LAST_CONFIRMED';
    } else {
      predicateSource = rules.missingPredicate === 'PAY' ? 'PAID_WITHOUT_EVALUATION' : 'WITHHELD';
    }
    if (predicate) bandPoints = rules.predicateShares.find((p) => p.predicate === predicate)?.basisPoints ?? FULL;
    else bandPoints = predicateSource === 'WITHHELD' ? 0 : FULL;
    num *= big(bandPoints);
    den *= big(FULL);
  }
  [num, den] = reduced(num, den);
  const earned = part(productivityComponent, num, den, rules.rounding);
  if (earned < productivityComponent) {
    const [n, d] = reduced(den - num, den);
    lines.push({
      rule: 'PRODUKTIVITAS',
      quantity: facts.effectiveMinutes,
      basisPoints: Number((n * big(FULL)) / d),
      amount: productivityComponent - earned,
      base: 'PRODUCTIVITY',
      baseAmount: productivityComponent,
      numerator: Number(n),
      denominator: Number(d),
    });
  }

  // Discipline.
  const baseAmountOf = (name: string | undefined) =>
    name === 'DISCIPLINE' ? disciplineComponent : name === 'PRODUCTIVITY' ? productivityComponent : payable;
  const discipline: Line[] = [];
  const ruleLine = (rule: string, quantity: number, perUnit: number, cap: number, baseName = WHOLE): Line => {
    const basisPoints = Math.min(quantity * perUnit, cap);
    const baseAmount = baseAmountOf(baseName);
    return {
      rule,
      quantity,
      basisPoints,
      amount: portion(baseAmount, basisPoints, rules.rounding),
      base: baseName,
      baseAmount,
      numerator: basisPoints,
      denominator: FULL,
    };
  };
  const counted = (bands: Band[], minutes: (day: MonthFacts['presentDays'][number]) => number | null) => {
    for (const b of bands) {
      const quantity = facts.presentDays.filter((day) => bandOf(bands, minutes(day)) === b).length;
      if (quantity > 0) discipline.push(ruleLine(b.code, quantity, b.basisPoints, b.capBasisPoints, b.base ?? WHOLE));
    }
  };
  counted(rules.lateBands, (day) => day.late);
  counted(rules.earlyLeaveBands, (day) => day.early);
  const recorded = new Set(facts.recordedDates ?? []);
  const missingDays = facts.recordedDates ? paidDates.filter((d) => !recorded.has(d)).length : 0;
  // A working day without any record counts as unexcused when the scheme says so.
  const unexcused = (facts.statusDays.TANPA_KETERANGAN ?? 0) + (rules.missingAttendance === 'UNEXCUSED' ? missingDays : 0);
  if (unexcused > 0)
    discipline.push(
      ruleLine('TANPA_KETERANGAN', unexcused, rules.unexcusedDayBasisPoints, rules.unexcusedCapBasisPoints, rules.unexcusedBase),
    );
  const missed = facts.missedCeremonies ?? 0;
  if (missed > 0)
    discipline.push(ruleLine(CEREMONY_RULE, missed, rules.ceremonyBasisPoints, rules.ceremonyCapBasisPoints, rules.ceremonyBase));
  for (const r of rules.statusRules) {
    const days = facts.statusDays[r.status] ?? 0;
    if (days > 0 && r.basisPointsPerDay > 0)
      discipline.push(ruleLine(r.status, days, r.basisPointsPerDay, r.capBasisPoints, r.base ?? WHOLE));
  }
  // Lines on the productivity component take from what was earned of it; the others from the discipline component.
  const room = { discipline: disciplineComponent, productivity: earned };
  for (const line of discipline) {
    const pot = line.base === 'PRODUCTIVITY' ? 'productivity' : 'discipline';
    line.amount = Math.min(line.amount, room[pot]);
    room[pot] -= line.amount;
    if (line.amount > 0) lines.push(line);
  }

  // Sanctions: the cut takes its share of what is left.
  for (const cut of facts.cuts) {
    const left = gross - lines.reduce((sum, l) => sum + l.amount, 0);
    lines.push({
      rule: cut.code,
      quantity: 1,
      basisPoints: cut.basisPoints,
      amount: portion(left, cut.basisPoints, rules.rounding),
      base: REMAINDER,
      baseAmount: left,
      numerator: cut.basisPoints,
      denominator: FULL,
    });
  }
  const net = gross - lines.reduce((sum, l) => sum + l.amount, 0);
  return {
    base,
    gross,
    disciplineComponent,
    productivityComponent,
    lines,
    net,
    workingDays: wd,
    paidDays,
    predicate,
    predicateSource,
    missingDays,
  };
}

const band = (code: string, fromMinutes: number, toMinutes: number | null, basisPoints: number): Band => ({
  code,
  fromMinutes,
  toMinutes,
  basisPoints,
  capBasisPoints: FULL,
});

/** A typical central-agency table (docs/domain.md#allowance); every value is data an agency changes. */
export const DEFAULT_RULES: Omit<SchemeRules, 'baseAmounts'> = {
  disciplineWeight: 40,
  productivityWeight: 60,
  productivityMode: 'MINUTES',
  predicateShares: [
    { predicate: 'SANGAT_BAIK', basisPoints: 10_000 },
    { predicate: 'BAIK', basisPoints: 10_000 },
    { predicate: 'BUTUH_PERBAIKAN', basisPoints: 8_000 },
    { predicate: 'KURANG', basisPoints: 7_000 },
    { predicate: 'SANGAT_KURANG', basisPoints: 6_000 },
  ],
  lateBands: [band('TL1', 1, 30, 50), band('TL2', 31, 60, 100), band('TL3', 61, 90, 125), band('TL4', 91, null, 150)],
  earlyLeaveBands: [band('PSW1', 1, 30, 50), band('PSW2', 31, 60, 100), band('PSW3', 61, 90, 125), band('PSW4', 91, null, 150)],
  // Today's meaning of every existing scheme (docs/domain.md#allowance): missing evaluation paid, missing
  // attendance deducts nothing, every percentage of the whole allowance.
  missingPredicate: 'PAY',
  missingAttendance: 'PRESENT',
  unexcusedDayBasisPoints: 500,
  unexcusedCapBasisPoints: FULL,
  unexcusedBase: WHOLE,
  // An example, not a regulation: 1.5 % per missed required ceremony, at most 4.5 % a month; agencies set their own.
  ceremonyBasisPoints: 150,
  ceremonyCapBasisPoints: 450,
  ceremonyBase: WHOLE,
  statusRules: [
    { status: 'CUTI', basisPointsPerDay: 0, capBasisPoints: FULL, excusedFromMinutes: true },
    { status: 'SAKIT', basisPointsPerDay: 0, capBasisPoints: FULL, excusedFromMinutes: true },
    { status: 'DINAS_LUAR', basisPointsPerDay: 0, capBasisPoints: FULL, excusedFromMinutes: true },
    { status: 'TUGAS_BELAJAR', basisPointsPerDay: 250, capBasisPoints: 5_000, excusedFromMinutes: true },
  ],
  rounding: 'FLOOR',
};

/** Problems of a scheme, each with the input field it concerns. */
export function schemeProblems(rules: SchemeRules): { field: string; message: string; reason?: 'NOT_ONE_OF' }[] {
  const problems: { field: string; message: string; reason?: 'NOT_ONE_OF' }[] = [];
  // A base is the whole allowance or a component the scheme has (a weight above 0).
  const components = COMPONENTS.filter((c) => (c === 'DISCIPLINE' ? rules.disciplineWeight : rules.productivityWeight) > 0);
  const baseOk = (field: string, value: string | undefined) => {
    if (value !== undefined && value !== WHOLE && !(components as string[]).includes(value))
      problems.push({
        field,
        message: `The base is ${[WHOLE, ...components].join(', ')}; the scheme has no component ${value}`,
        reason: 'NOT_ONE_OF',
      });
  };
  if (rules.baseAmounts.length !== 17) problems.push({ field: 'baseAmounts', message: 'Give 17 amounts, one per position class 1-17' });
  rules.baseAmounts.forEach((a, i) => {
    if (!Number.isSafeInteger(a) || a < 0) problems.push({ field: `baseAmounts.${i}`, message: 'A whole, non-negative rupiah amount' });
  });
  if (rules.disciplineWeight < 0 || rules.productivityWeight < 0 || rules.disciplineWeight + rules.productivityWeight !== 100)
    problems.push({ field: 'productivityWeight', message: 'The weights of discipline and productivity must add up to 100' });
  const bp = (field: string, value: number) => {
    if (!Number.isInteger(value) || value < 0 || value > FULL) problems.push({ field, message: 'Basis points 0-10000' });
  };
  rules.predicateShares.forEach((p, i) => bp(`predicateShares.${i}.basisPoints`, p.basisPoints));
  for (const key of ['lateBands', 'earlyLeaveBands'] as const) {
    let next = 1;
    rules[key].forEach((b, i) => {
      bp(`${key}.${i}.basisPoints`, b.basisPoints);
      bp(`${key}.${i}.capBasisPoints`, b.capBasisPoints);
      if (b.fromMinutes !== next) problems.push({ field: `${key}.${i}.fromMinutes`, message: `The band must start at ${next} minutes` });
      const last = i === rules[key].length - 1;
      if (last !== (b.toMinutes === null)) problems.push({ field: `${key}.${i}.toMinutes`, message: 'Only the last band is open-ended' });
      else if (b.toMinutes !== null && b.toMinutes < b.fromMinutes)
        problems.push({ field: `${key}.${i}.toMinutes`, message: 'The band ends before it starts' });
      baseOk(`${key}.${i}.base`, b.base);
      next = (b.toMinutes ?? 0) + 1;
    });
  }
  bp('unexcusedDayBasisPoints', rules.unexcusedDayBasisPoints);
  bp('unexcusedCapBasisPoints', rules.unexcusedCapBasisPoints);
  bp('ceremonyBasisPoints', rules.ceremonyBasisPoints);
  bp('ceremonyCapBasisPoints', rules.ceremonyCapBasisPoints);
  baseOk('unexcusedBase', rules.unexcusedBase);
  baseOk('ceremonyBase', rules.ceremonyBase);
  rules.statusRules.forEach((r, i) => {
    bp(`statusRules.${i}.basisPointsPerDay`, r.basisPointsPerDay);
    bp(`statusRules.${i}.capBasisPoints`, r.capBasisPoints);
    baseOk(`statusRules.${i}.base`, r.base);
  });
  return problems;
}
