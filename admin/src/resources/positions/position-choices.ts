/** PositionType values (the API's enum), highest first; labels are i18n keys. */
export const POSITION_TYPES = ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] as const;

export const positionTypeLabel = (type: string) => `resources.positions.types.${type}`;

export const positionTypeChoices = POSITION_TYPES.map((type) => ({ id: type, name: positionTypeLabel(type) }));

/** Position class (kelas jabatan) bounds. */
export const GRADE_MIN = 1;
export const GRADE_MAX = 17;

/** Who may create, change and delete positions (the API's mutations allow the same roles). */
const EDITORS = ['SUPER_ADMIN', 'AGENCY_ADMIN', 'HR_OFFICER'];

export const canEditPositions = (permissions: unknown): boolean =>
  Array.isArray(permissions) && permissions.some((role) => EDITORS.includes(String(role)));
