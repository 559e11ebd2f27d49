import { DomainError, ErrorCode, ErrorReason, invalidFields, type FieldProblem } from '../../errors.js';
import { ResultCategory } from './indicator.enums.js';

/** Tolerance for sums of decimal weights (e.g. 33.3 + 33.3 + 33.4). */
const EPSILON = 1e-6;

/** Sum of the weights of the main results, free of float noise. */
export function mainWeightOf(items: readonly { category: ResultCategory; weight: number }[]): number {
  const sum = items.filter((item) => item.category === ResultCategory.UTAMA).reduce((total, item) => total + item.weight, 0);
  return Math.round(sum * 1e6) / 1e6;
}

/** The rule of templates and plans alike: at least one main result, main weights summing to exactly 100. */
export function weightProblem(items: readonly { category: ResultCategory; weight: number }[], field: string): FieldProblem | null {
  if (!items.some((item) => item.category === ResultCategory.UTAMA))
    return { field, message: 'At least one main result is needed', reason: ErrorReason.MAIN_RESULT_REQUIRED };
  const sum = mainWeightOf(items);
  return Math.abs(sum - 100) > EPSILON
    ? {
        field,
        message: `The weights of the main results sum to ${sum}, not 100`,
        reason: ErrorReason.WEIGHTS_NOT_100,
        params: { total: sum },
      }
    : null;
}

/** Refuses the problems found, naming the weight sum so a client can show it. */
export function refuseItems(problems: FieldProblem[], items: readonly { category: ResultCategory; weight: number }[]): never {
  const error = invalidFields(problems);
  throw new DomainError(ErrorCode.BAD_USER_INPUT, error.message, { ...error.details, weightSum: mainWeightOf(items) });
}
