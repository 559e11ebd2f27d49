// Pure rules of the training session pages: statuses, colours, which steps an enrolment offers.

export type TrainingSessionStatus = 'SCHEDULED' | 'ONGOING' | 'COMPLETED' | 'CANCELLED';
export type EnrollmentStatus = 'REGISTERED' | 'WAITLISTED' | 'ATTENDED' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

export const sessionStatusChoices = (['SCHEDULED', 'ONGOING', 'COMPLETED', 'CANCELLED'] as const).map((id) => ({
  id,
  name: `resources.trainingSessions.statuses.${id}`,
}));

export const SESSION_STATUS_COLORS: Record<TrainingSessionStatus, 'default' | 'info' | 'success' | 'error'> = {
  SCHEDULED: 'info',
  ONGOING: 'success',
  COMPLETED: 'default',
  CANCELLED: 'error',
};

export const ENROLLMENT_STATUS_COLORS: Record<EnrollmentStatus, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  REGISTERED: 'info',
  WAITLISTED: 'warning',
  ATTENDED: 'info',
  COMPLETED: 'success',
  FAILED: 'error',
  CANCELLED: 'default',
};

/** Enrolments are open while the session is planned or running. */
export const canEnroll = (sessionStatus: string): boolean => sessionStatus === 'SCHEDULED' || sessionStatus === 'ONGOING';

/** A seat or a place on the waiting list can be given up before a result. */
export const canCancelEnrollment = (status: string): boolean => status === 'REGISTERED' || status === 'WAITLISTED';

/** COMPLETED or FAILED once the session has ended: marked COMPLETED, or its last day passed (days in UTC+7). */
export const canRecordResult = (status: string, session: { status: string; endDate: string }, today: string): boolean =>
  (status === 'REGISTERED' || status === 'ATTENDED') && (session.status === 'COMPLETED' || session.endDate < today);

/** Seats taken as a share of the capacity, for the bar (0-100). */
export const capacityShare = (seatsTaken: number, capacity: number): number =>
  capacity > 0 ? Math.min(100, Math.round((seatsTaken / capacity) * 100)) : 0;
