import { Aggregation } from '../indicators/indicator.enums.js';

/**
 * The value of a period from the values of its sub-periods, in time order, as
 * the indicator says (e.g. documents completed add up, completion time averages,
 * coverage keeps its latest value). Null when nothing was recorded.
 */
export function aggregate(values: readonly number[], aggregation: Aggregation): number | null {
  if (values.length === 0) return null;
  switch (aggregation) {
    case Aggregation.SUM:
      return clean(values.reduce((sum, value) => sum + value, 0));
    case Aggregation.AVERAGE:
      return clean(values.reduce((sum, value) => sum + value, 0) / values.length);
    case Aggregation.LAST:
      return values[values.length - 1]!;
    case Aggregation.MIN:
      return Math.min(...values);
    case Aggregation.MAX:
      return Math.max(...values);
  }
}

/** Drops float noise (0.1 + 0.2) without rounding real decimals away. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** One recorded value with the period it is for. */
export interface DatedValue {
  value: number;
  startDate: string;
  /** True for a sub-period of the plan's period, false for the plan's period itself. */
  isSubPeriod: boolean;
}

/** The value of a plan's period: its sub-periods' values combined when there are any, else the value recorded for the period itself. */
export function periodValueOf(values: readonly DatedValue[], aggregation: Aggregation): number | null {
  const parts = values.filter((v) => v.isSubPeriod);
  const used = (parts.length ? parts : values).slice().sort((a, b) => a.startDate.localeCompare(b.startDate));
  return aggregate(
    used.map((v) => v.value),
    aggregation,
  );
}
