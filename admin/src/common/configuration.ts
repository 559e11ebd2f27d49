/**
 * Who configures criteria and runs appraisal periods: the API's CONFIGURATION_EDITORS
 * (api/src/access/role.ts), which its indicator, template, scheme and period mutations allow.
 */
const CONFIGURATION_EDITORS = ['SUPER_ADMIN', 'AGENCY_ADMIN', 'HR_OFFICER'];

const roles = (permissions: unknown): string[] => (Array.isArray(permissions) ? permissions.map(String) : []);

export const canEditConfiguration = (permissions: unknown): boolean =>
  roles(permissions).some((role) => CONFIGURATION_EDITORS.includes(role));

export const isPlatformAdmin = (permissions: unknown): boolean => roles(permissions).includes('SUPER_ADMIN');

/**
 * Shared reference data (indicators, behaviour values, scoring schemes): a record without an
 * agency is national and only platform administrators change it; an agency's own records, its
 * configuration editors.
 */
export const canEditSharedRecord = (permissions: unknown, record: Record<string, unknown> | undefined): boolean =>
  !!record && canEditConfiguration(permissions) && (!!record.agencyId || isPlatformAdmin(permissions));
