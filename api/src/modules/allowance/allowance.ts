/**
 * The allowance (TPP / tukin) of one employee for one month, as a pure
 * function of the scheme and the month's facts. Money is integer rupiah,
 * percentages are integer basis points (10,000 = 100 %); no floating point.
 *
 * Order of computation:
 * 1. gross = base of the position class; when a dismissal takes effect, the
 *    working days from its effective date are not paid (PEMBERHENTIAN line) and
 *    what follows works on the rest (the payable amount);
 * 2. split into the discipline component (its weight) and the productivity
 *    component (the rest, so the two always add up to the gross);
 * 3. productivity: the component times the share of effective minutes and/or
 *    the predicate band; what is not earned is the PRODUKTIVITAS line;
 * 4. discipline lines (late arrival, early leave, unexcused days, missed
 *    required ceremonies, statuses):
 *    each `quantity x percentage` of the payable amount, the percentage capped per rule,
 *    then together capped at the discipline component (lines are taken in
 *    order until the component is used up);
 * 5. an allowance-cut sanction takes its percentage of what is left;
 * 6. net = gross - every line. Each line is rounded by the scheme's rule.
 */

export const FULL = 10_000;

/** The line of missed required ceremonies. */
export const CEREMONY_RULE = 'UPACARA';

export type Rounding = 'FLOOR' | 'HALF_UP';

export interface Band {
  code: string;
  /** Inclusive lower bound in minutes (>= 1). */
  fromMinutes: number;
  /** Inclusive upper bound; null: no upper bound (also a missing check-in/out). */
  toMinutes: number | null;
  basisPoints: number;
  capBasisPoints: number;
}

export interface StatusRule {
  status: 'CUTI' | 'SAKIT' | 'DINAS_LUAR' | 'TUGAS_BELAJAR';
  /** Deduction per day, of the gross. */
  basisPointsPerDay: number;
  capBasisPoints: number;
  /** Whether days in this status are left out of the effective-minutes target. */
  excusedFromMinutes: boolean;
}

export type ProductivityMode = 'MINUTES' | 'PREDICATE' | 'MINUTES_AND_PREDICATE';

export interface SchemeRules {
  /** Base amount in rupiah per position class 1..17 (index 0 = class 1). */
  baseAmounts: number[];
  disciplineWeight: number;
  productivityWeight: number;
  productivityMode: ProductivityMode;
  predicateShares: { predicate: string; basisPoints: number }[];
  lateBands: Band[];
  earlyLeaveBands: Band[];
  unexcusedDayBasisPoints: number;
  unexcusedCapBasisPoints: number;
  /** Deduction per missed required ceremony (apel / upacara) and its monthly cap. */
  ceremonyBasisPoints: number;
  ceremonyCapBasisPoints: number;
  statusRules: StatusRule[];
  rounding: Rounding;
}

/** The month of one employee as the other modules report it. */
export interface MonthFacts {
  grade: number | null;
  workingDays: number;
  /** Working dates of the month, ascending. */
  workingDates: string[];
  /** Late and early-leave minutes of each present day (null: no check-in / check-out). */
  presentDays: { late: number | null; early: number | null }[];
  statusDays: Record<string, number>;
  /** Required ceremonies missed without excuse on days not already absent or excused by status. */
  missedCeremonies?: number;
  effectiveMinutes: number;
  targetMinutes: number;
  predicate: string | null;
  /** Allowance-cut sanctions in force during the month, their cut in basis points. */
  cuts: { code: string; basisPoints: number }[];
  /** Effective date of a dismissal or suspension, if any on or before the month's end. */
  stoppedFrom: string | null;
}

export interface Line {
  rule: string;
  quantity: number;
  basisPoints: number;
  amount: number;
}

export interface Computed {
  base: number;
  gross: number;
  disciplineComponent: number;
  productivityComponent: number;
  lines: Line[];
  net: number;
}

/** `amount x basisPoints / 10,000` in whole rupiah by the rule, exact for any size. */
export function portion(amount: number, basisPoints: number, rounding: Rounding, denominator = FULL): number {
  const n = BigInt(amount) * BigInt(basisPoints);
  const d = BigInt(denominator);
  const q = rounding === 'HALF_UP' ? (2n * n + d) / (2n * d) : n / d;
  return Number(q);
}

function bandOf(bands: Band[], minutes: number | null): Band | undefined {
  if (minutes === 0) return undefined;
  if (minutes === null) return bands[bands.length - 1];
  return bands.find((b) => minutes >= b.fromMinutes && (b.toMinutes === null || minutes <= b.toMinutes));
}

export function computeAllowance(rules: SchemeRules, facts: MonthFacts): Computed {
  const base = facts.grade ? (rules.baseAmounts[facts.grade - 1] ?? 0) : 0;
  const lines: Line[] = [];
  const gross = base;
  // What the month pays before deductions: nothing from a dismissal's effective date.
  let payable = gross;
  if (facts.stoppedFrom) {
    const paidDays = facts.workingDates.filter((d) => d < facts.stoppedFrom!).length;
    payable = facts.workingDays === 0 ? 0 : portion(gross, paidDays, rules.rounding, facts.workingDays);
    lines.push({ rule: 'PEMBERHENTIAN', quantity: facts.workingDays - paidDays, basisPoints: 0, amount: gross - payable });
  }
  const disciplineComponent = portion(payable, rules.disciplineWeight * 100, rules.rounding);
  const productivityComponent = payable - disciplineComponent;

  // Productivity.
  const excused = rules.statusRules.filter((r) => r.excusedFromMinutes).reduce((sum, r) => sum + (facts.statusDays[r.status] ?? 0), 0);
  const target =
    facts.workingDays === 0 ? 0 : Math.floor((facts.targetMinutes * Math.max(facts.workingDays - excused, 0)) / facts.workingDays);
  const minutesShare = target === 0 ? FULL : Math.min(FULL, Math.floor((facts.effectiveMinutes * FULL) / target));
  const band = rules.predicateShares.find((p) => p.predicate === facts.predicate)?.basisPoints ?? FULL;
  let share = FULL;
  if (rules.productivityMode !== 'PREDICATE') share = minutesShare;
  if (rules.productivityMode !== 'MINUTES') share = Math.floor((share * band) / FULL);
  const earned = portion(productivityComponent, share, rules.rounding);
  if (earned < productivityComponent)
    lines.push({
      rule: 'PRODUKTIVITAS',
      quantity: facts.effectiveMinutes,
      basisPoints: FULL - share,
      amount: productivityComponent - earned,
    });

  // Discipline.
  const discipline: Line[] = [];
  const counted = (bands: Band[], minutes: (day: MonthFacts['presentDays'][number]) => number | null) => {
    for (const b of bands) {
      const quantity = facts.presentDays.filter((day) => bandOf(bands, minutes(day)) === b).length;
      if (quantity > 0) discipline.push(ruleLine(b.code, quantity, b.basisPoints, b.capBasisPoints));
    }
  };
  const ruleLine = (rule: string, quantity: number, perUnit: number, cap: number): Line => {
    const basisPoints = Math.min(quantity * perUnit, cap);
    return { rule, quantity, basisPoints, amount: portion(payable, basisPoints, rules.rounding) };
  };
  counted(rules.lateBands, (day) => day.late);
  counted(rules.earlyLeaveBands, (day) => day.early);
  const unexcused = facts.statusDays.TANPA_KETERANGAN ?? 0;
  if (unexcused > 0) discipline.push(ruleLine('TANPA_KETERANGAN', unexcused, rules.unexcusedDayBasisPoints, rules.unexcusedCapBasisPoints));
  const missed = facts.missedCeremonies ?? 0;
  if (missed > 0) discipline.push(ruleLine(CEREMONY_RULE, missed, rules.ceremonyBasisPoints, rules.ceremonyCapBasisPoints));
  for (const r of rules.statusRules) {
    const days = facts.statusDays[r.status] ?? 0;
    if (days > 0 && r.basisPointsPerDay > 0) discipline.push(ruleLine(r.status, days, r.basisPointsPerDay, r.capBasisPoints));
  }
  let room = disciplineComponent;
  for (const line of discipline) {
    line.amount = Math.min(line.amount, room);
    room -= line.amount;
    if (line.amount > 0) lines.push(line);
  }

  // Sanctions: the cut takes its share of what is left.
  for (const cut of facts.cuts) {
    const left = gross - lines.reduce((sum, l) => sum + l.amount, 0);
    lines.push({ rule: cut.code, quantity: 1, basisPoints: cut.basisPoints, amount: portion(left, cut.basisPoints, rules.rounding) });
  }
  const net = gross - lines.reduce((sum, l) => sum + l.amount, 0);
  return { base, gross, disciplineComponent, productivityComponent, lines, net };
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
  unexcusedDayBasisPoints: 500,
  unexcusedCapBasisPoints: FULL,
  // An example, not a regulation: 1.5 % per missed required ceremony, at most 4.5 % a month; agencies set their own.
  ceremonyBasisPoints: 150,
  ceremonyCapBasisPoints: 450,
  statusRules: [
    { status: 'CUTI', basisPointsPerDay: 0, capBasisPoints: FULL, excusedFromMinutes: true },
    { status: 'SAKIT', basisPointsPerDay: 0, capBasisPoints: FULL, excusedFromMinutes: true },
    { status: 'DINAS_LUAR', basisPointsPerDay: 0, capBasisPoints: FULL, excusedFromMinutes: true },
    { status: 'TUGAS_BELAJAR', basisPointsPerDay: 250, capBasisPoints: 5_000, excusedFromMinutes: true },
  ],
  rounding: 'FLOOR',
};

/** Problems of a scheme, each with the input field it concerns. */
export function schemeProblems(rules: SchemeRules): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
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
      next = (b.toMinutes ?? 0) + 1;
    });
  }
  bp('unexcusedDayBasisPoints', rules.unexcusedDayBasisPoints);
  bp('unexcusedCapBasisPoints', rules.unexcusedCapBasisPoints);
  bp('ceremonyBasisPoints', rules.ceremonyBasisPoints);
  bp('ceremonyCapBasisPoints', rules.ceremonyCapBasisPoints);
  rules.statusRules.forEach((r, i) => {
    bp(`statusRules.${i}.basisPointsPerDay`, r.basisPointsPerDay);
    bp(`statusRules.${i}.capBasisPoints`, r.capBasisPoints);
  });
  return problems;
}
