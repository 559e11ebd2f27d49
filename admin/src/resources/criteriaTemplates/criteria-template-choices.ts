/** ResultCategory: main results are weighted (summing to 100), additional ones add points. */
export const RESULT_CATEGORIES = ['UTAMA', 'TAMBAHAN'] as const;
export const categoryChoices = RESULT_CATEGORIES.map((value) => ({ id: value, name: `resources.criteriaTemplates.categories.${value}` }));

/** PositionType values (the API's enum), highest first; labelled with the positions' own keys. */
export const POSITION_TYPES = ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] as const;
export const positionTypeLabel = (type: string) => `resources.positions.types.${type}`;
export const positionTypeChoices = POSITION_TYPES.map((type) => ({ id: type, name: positionTypeLabel(type) }));

/** What the builder loads and saves besides the generic record: the items, as the API takes them back. */
export const TEMPLATE_FORM_FIELDS = 'items { indicatorId category weight target targetMax }';
