import type { Validator } from 'react-admin';
import { DATE_LOCALE } from '../../i18n';

/**
 * The weights of a template's items, as the API checks them
 * (api/src/modules/indicators/criteria-template.service.ts): the weights of the main (UTAMA)
 * results must sum to 100; additional (TAMBAHAN) results carry points and do not count. Pure, so
 * the builder shows the same total the API computes, while the user types.
 */

/** An item as the builder's form holds it: numbers may still be empty while being typed. */
export type TemplateItemValues = {
  indicatorId?: string | null;
  category?: string | null;
  weight?: number | string | null;
  target?: number | string | null;
  targetMax?: number | string | null;
};

/** What the API takes for an item (TemplateItemInput). */
export type TemplateItemInput = {
  indicatorId: string;
  category: 'UTAMA' | 'TAMBAHAN';
  weight: number;
  target: number | null;
  targetMax: number | null;
};

/** The sum the main weights must reach. */
export const REQUIRED_MAIN_WEIGHT = 100;

/** Tolerance for sums of decimal weights (33.3 + 33.3 + 33.4), the API's. */
const EPSILON = 1e-6;

const isMain = (item: TemplateItemValues | null | undefined): boolean => !!item && (item.category ?? 'UTAMA') !== 'TAMBAHAN';

/** A typed number, or null when the field is empty or not a number. */
export const toNumberOrNull = (value: number | string | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(number) ? number : null;
};

/** Sum of the weights of the main results; empty weights count as 0. Rounded like the API (6 decimals). */
export const mainWeightTotal = (items: readonly (TemplateItemValues | null | undefined)[] | null | undefined): number => {
  const sum = (items ?? []).filter(isMain).reduce((total, item) => total + (toNumberOrNull(item?.weight) ?? 0), 0);
  return Math.round(sum * 1e6) / 1e6;
};

export const isCompleteWeight = (total: number): boolean => Math.abs(total - REQUIRED_MAIN_WEIGHT) <= EPSILON;

/** A weight for messages: "90", "33,33" (Indonesian decimals, at most two). */
export const formatWeight = (value: number): string => new Intl.NumberFormat(DATE_LOCALE, { maximumFractionDigits: 2 }).format(value);

/**
 * Validates the items of the builder as a whole: at least one item, at least one main result,
 * and main weights summing to 100. The message names the total.
 */
export const validateTemplateItems: Validator = (items: unknown) => {
  const list = Array.isArray(items) ? (items as TemplateItemValues[]) : [];
  if (list.length === 0) return 'resources.criteriaTemplates.validation.noItems';
  if (!list.some(isMain)) return 'resources.criteriaTemplates.validation.noMain';
  const total = mainWeightTotal(list);
  if (!isCompleteWeight(total)) {
    return {
      message: 'resources.criteriaTemplates.validation.mainWeight',
      args: { total: formatWeight(total), required: REQUIRED_MAIN_WEIGHT },
    };
  }
  return undefined;
};

/** The builder's items as the API takes them: numbers as numbers, empty targets as null. */
export const toTemplateItemInputs = (items: readonly TemplateItemValues[] | null | undefined): TemplateItemInput[] =>
  (items ?? []).map((item) => ({
    indicatorId: String(item.indicatorId ?? ''),
    category: item.category === 'TAMBAHAN' ? 'TAMBAHAN' : 'UTAMA',
    weight: toNumberOrNull(item.weight) ?? 0,
    target: toNumberOrNull(item.target),
    targetMax: toNumberOrNull(item.targetMax),
  }));
