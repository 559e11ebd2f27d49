/** OrgUnitKind values (the API's enum); labels are i18n keys (translated by SelectInput/SelectField). */
export const ORG_UNIT_KINDS = [
  'SEKRETARIAT',
  'INSPEKTORAT',
  'DINAS',
  'BADAN',
  'BAGIAN',
  'BIDANG',
  'SUBBAGIAN',
  'SEKSI',
  'UPT',
  'KECAMATAN',
  'KELURAHAN',
  'PUSKESMAS',
  'SEKOLAH',
  'TIM_KERJA',
  'OTHER',
] as const;

export const orgUnitKindLabel = (kind: string) => `resources.orgUnits.kinds.${kind}`;

export const orgUnitKindChoices = ORG_UNIT_KINDS.map((kind) => ({ id: kind, name: orgUnitKindLabel(kind) }));
