/** AgencyKind values; labels are i18n keys (translated by SelectInput/SelectField). */
export const agencyKindChoices = [
  { id: 'PUSAT', name: 'resources.agencies.kinds.PUSAT' },
  { id: 'DAERAH', name: 'resources.agencies.kinds.DAERAH' },
];
