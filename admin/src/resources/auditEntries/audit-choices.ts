/** AuditAction values; labels are i18n keys. */
export const auditActionChoices = [
  { id: 'CREATE', name: 'resources.auditEntries.actions.CREATE' },
  { id: 'UPDATE', name: 'resources.auditEntries.actions.UPDATE' },
  { id: 'DELETE', name: 'resources.auditEntries.actions.DELETE' },
];
