/** PositionType values (the API's enum), highest first; labels are i18n keys. */
export const POSITION_TYPES = ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] as const;

export const positionTypeLabel = (type: string) => `resources.positions.types.${type}`;

export const positionTypeChoices = POSITION_TYPES.map((type) => ({ id: type, name: positionTypeLabel(type) }));

/** Position class (kelas jabatan) bounds. */
export const GRADE_MIN = 1;
export const GRADE_MAX = 17;
