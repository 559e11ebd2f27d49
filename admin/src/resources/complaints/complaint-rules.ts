import { can } from '../../access.js';

// Pure rules of the complaint pages: which steps a complaint in a status offers, and colours.

export type ComplaintStatus = 'RECEIVED' | 'VERIFIED' | 'ASSIGNED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED' | 'REJECTED';
export type ComplaintStep = 'verify' | 'assign' | 'start' | 'respond' | 'resolve' | 'close' | 'reject';

export const COMPLAINT_STATUSES: ComplaintStatus[] = ['RECEIVED', 'VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED'];

export const complaintStatusChoices = COMPLAINT_STATUSES.map((id) => ({ id, name: `resources.complaints.statuses.${id}` }));
export const complaintCategoryChoices = ['PENGADUAN', 'ASPIRASI', 'PERMINTAAN_INFORMASI'].map((id) => ({
  id,
  name: `resources.complaints.categories.${id}`,
}));

export const COMPLAINT_STATUS_COLORS: Record<ComplaintStatus, 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary'> = {
  RECEIVED: 'info',
  VERIFIED: 'primary',
  ASSIGNED: 'warning',
  IN_PROGRESS: 'warning',
  RESOLVED: 'success',
  CLOSED: 'default',
  REJECTED: 'error',
};

/** Steps only the complaint handlers (administrators, HR) take; the others the assigned officer may too. */
const HANDLER_STEPS: ComplaintStep[] = ['verify', 'assign', 'close', 'reject'];

const STEPS_BY_STATUS: Record<ComplaintStatus, ComplaintStep[]> = {
  RECEIVED: ['verify', 'respond', 'reject'],
  VERIFIED: ['assign', 'respond', 'reject'],
  ASSIGNED: ['start', 'respond', 'resolve'],
  IN_PROGRESS: ['respond', 'resolve'],
  RESOLVED: ['respond', 'close'],
  CLOSED: [],
  REJECTED: [],
};

/**
 * The workflow steps a complaint's page offers: RECEIVED -> VERIFIED -> ASSIGNED -> IN_PROGRESS ->
 * RESOLVED -> CLOSED, or REJECTED (before assignment); answers while it is open. Handlers see all
 * of them; others (the assigned officer) start, answer and resolve. The API decides in the end.
 */
export const complaintSteps = (status: string, permissions: unknown): ComplaintStep[] => {
  const steps = STEPS_BY_STATUS[status as ComplaintStatus] ?? [];
  return can(permissions, 'complaints.handle') ? steps : steps.filter((step) => !HANDLER_STEPS.includes(step));
};
