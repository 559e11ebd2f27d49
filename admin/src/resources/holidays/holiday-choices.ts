export const holidayKindChoices = ['LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LIBUR_DAERAH'].map((id) => ({
  id,
  name: `resources.holidays.kinds.${id}`,
}));
