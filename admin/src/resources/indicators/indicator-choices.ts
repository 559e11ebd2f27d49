// The API's enums (api/src/modules/indicators/indicator.enums.ts); labels are i18n keys,
// translated by SelectInput and SelectField.

export const PERSPECTIVES = ['HASIL_KERJA', 'PERILAKU', 'KOMPETENSI', 'LAYANAN'] as const;
export const MEASURE_UNITS = ['PERCENT', 'COUNT', 'MINUTES', 'HOURS', 'DAYS', 'SCORE', 'CURRENCY', 'RATIO'] as const;
export const DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'TARGET_RANGE'] as const;
export const AGGREGATIONS = ['SUM', 'AVERAGE', 'LAST', 'MIN', 'MAX'] as const;
export const DATA_SOURCES = ['MANUAL', 'SURVEY', 'COMPLAINTS', 'ATTENDANCE', 'TRAINING', 'WORK_REPORTS'] as const;

const choicesOf = (group: string, values: readonly string[]) =>
  values.map((value) => ({ id: value, name: `resources.indicators.${group}.${value}` }));

export const perspectiveChoices = choicesOf('perspectives', PERSPECTIVES);
export const measureUnitChoices = choicesOf('units', MEASURE_UNITS);
export const directionChoices = choicesOf('directions', DIRECTIONS);
export const aggregationChoices = choicesOf('aggregations', AGGREGATIONS);
export const dataSourceChoices = choicesOf('dataSources', DATA_SOURCES);

/** Codes: 2-40 capital letters, digits, ".", "-" or "_", starting with a letter or digit (the API's INDICATOR_CODE). */
export const INDICATOR_CODE = /^[A-Z0-9][A-Z0-9._-]{1,39}$/;
