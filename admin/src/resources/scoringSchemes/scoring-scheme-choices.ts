import { FORMULAS, PREDICATES, RATINGS } from './scoring-rules';

export const ratingLabel = (rating: string) => `resources.scoringSchemes.ratings.${rating}`;
export const predicateLabel = (predicate: string) => `resources.scoringSchemes.predicates.${predicate}`;
export const formulaLabel = (formula: string) => `resources.scoringSchemes.formulas.${formula}`;

export const ratingChoices = RATINGS.map((rating) => ({ id: rating, name: ratingLabel(rating) }));
export const predicateChoices = PREDICATES.map((predicate) => ({ id: predicate, name: predicateLabel(predicate) }));

/** Formula choices per direction: only the ones the API accepts for it. */
export const formulaChoices = (field: keyof typeof FORMULAS) =>
  FORMULAS[field].map((formula) => ({ id: formula, name: formulaLabel(formula) }));

/** Every formula, for showing a stored one. */
export const allFormulaChoices = ['RATIO', 'TWO_MINUS_RATIO', 'INVERSE_RATIO', 'RANGE_BOUNDS'].map((formula) => ({
  id: formula,
  name: formulaLabel(formula),
}));

/** Colours of the predicates, best to worst. */
export const PREDICATE_COLORS: Record<string, 'success' | 'info' | 'warning' | 'error' | 'default'> = {
  SANGAT_BAIK: 'success',
  BAIK: 'info',
  BUTUH_PERBAIKAN: 'warning',
  KURANG: 'error',
  SANGAT_KURANG: 'error',
};

/** What the scheme form loads besides the generic record: the matrix. */
export const SCHEME_FORM_FIELDS = 'matrixCells { result behaviour predicate }';
