/**
 * Where the console translates the status values a refusal names (`status`, `from`, `to`), by
 * `params.statusType`, the GraphQL enum they belong to.
 */
export const STATUS_TRANSLATIONS: Record<string, string> = {
  AllowanceSheetStatus: 'resources.allowanceSheets.status',
  AttendanceCorrectionStatus: 'resources.attendanceRecords.corrections.statuses',
  ComplaintStatus: 'resources.complaints.statuses',
  DisciplinaryCaseStatus: 'resources.disciplinaryCases.statuses',
  EnrollmentStatus: 'resources.trainingSessions.enrollmentStatuses',
  EvaluationStatus: 'resources.performancePlans.evaluation.statuses',
  PeriodStatus: 'resources.appraisalPeriods.statuses',
  PlanStatus: 'resources.performancePlans.statuses',
  SurveyStatus: 'resources.surveys.statuses',
  TrainingSessionStatus: 'resources.trainingSessions.statuses',
  WorkReportStatus: 'resources.workReports.statuses',
};
