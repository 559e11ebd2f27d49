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
