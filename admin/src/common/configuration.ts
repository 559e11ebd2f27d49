import { can } from '../access';

/**
 * Shared reference data (indicators, behaviour values, scoring schemes): a record without an
 * agency is national and only those reaching every agency (agencies.all) change it; an agency's
 * own records, those who configure it (configuration.manage).
 */
export const canEditSharedRecord = (permissions: unknown, record: Record<string, unknown> | undefined): boolean =>
  !!record && can(permissions, 'configuration.manage') && (!!record.agencyId || can(permissions, 'agencies.all'));
