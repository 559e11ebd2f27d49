/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n        version\n        updatedAt\n      }\n    }\n  }\n": typeof types.SetUserPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ImportAttendance($input: ImportAttendanceInput!) {\n    importAttendance(input: $input) {\n      rows\n      days\n      created\n      updated\n      unchanged\n      dryRun\n    }\n  }\n": typeof types.ImportAttendanceDocument,
    "\n  query AttendanceSheet($unitId: ID!, $month: String!) {\n    attendanceSheet(unitId: $unitId, month: $month) {\n      month\n      days {\n        date\n        weekday\n        holiday\n      }\n      rows {\n        employee {\n          id\n          fullName\n          nip\n        }\n        workingDays\n        lateMinutes\n        earlyLeaveMinutes\n        statusCounts {\n          status\n          days\n        }\n        records {\n          id\n          date\n          status\n          checkIn\n          checkOut\n          lateMinutes\n          earlyLeaveMinutes\n        }\n      }\n    }\n  }\n": typeof types.AttendanceSheetDocument,
    "\n  query AttendanceCorrectionQueue($first: Int) {\n    attendanceCorrectionQueue(first: $first) {\n      totalCount\n      nodes {\n        id\n        version\n        date\n        checkIn\n        checkOut\n        attendanceStatus\n        reason\n        evidenceLink\n        requestedByName\n        employee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.AttendanceCorrectionQueueDocument,
    "\n  mutation ApproveAttendanceCorrection($input: DecideAttendanceCorrectionInput!) {\n    approveAttendanceCorrection(input: $input) {\n      correction {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApproveAttendanceCorrectionDocument,
    "\n  mutation RejectAttendanceCorrection($input: DecideAttendanceCorrectionInput!) {\n    rejectAttendanceCorrection(input: $input) {\n      correction {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectAttendanceCorrectionDocument,
    "\n  query WorkingMonth($unitId: ID, $month: String!) {\n    workingDays(unitId: $unitId, month: $month) {\n      count\n      workingMinutes\n      targetMinutes\n      calendar {\n        id\n        version\n        unitId\n        targetMinutesPerDay\n        days {\n          weekday\n          start\n          end\n          breakMinutes\n        }\n      }\n    }\n  }\n": typeof types.WorkingMonthDocument,
    "\n  mutation SetWorkCalendar($input: SetWorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      calendar {\n        id\n        version\n      }\n    }\n  }\n": typeof types.SetWorkCalendarDocument,
    "\n  fragment SurveyAfterStep on Survey {\n    id\n    status\n    version\n    openedAt\n    closedAt\n    updatedAt\n  }\n": typeof types.SurveyAfterStepFragmentDoc,
    "\n  mutation OpenSurvey($input: SurveyStepInput!) {\n    openSurvey(input: $input) {\n      survey {\n        ...SurveyAfterStep\n      }\n    }\n  }\n": typeof types.OpenSurveyDocument,
    "\n  mutation CloseSurvey($input: SurveyStepInput!) {\n    closeSurvey(input: $input) {\n      realizationsUpdated\n      survey {\n        ...SurveyAfterStep\n      }\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  query SurveyIkm($surveyId: ID!) {\n    ikm(surveyId: $surveyId) {\n      ikm\n      ikmRounded\n      weightedValue\n      category\n      categoryLabel\n      respondents\n      minimumSample\n      belowMinimumSample\n      from\n      to\n      elements {\n        code\n        name\n        average\n        count\n        weight\n        weightedAverage\n      }\n    }\n  }\n": typeof types.SurveyIkmDocument,
    "\n  fragment ComplaintAfterStep on Complaint {\n    id\n    status\n    version\n    dueDate\n    overdue\n    updatedAt\n  }\n": typeof types.ComplaintAfterStepFragmentDoc,
    "\n  mutation VerifyComplaint($input: VerifyComplaintInput!) {\n    verifyComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": typeof types.VerifyComplaintDocument,
    "\n  mutation AssignComplaint($input: AssignComplaintInput!) {\n    assignComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": typeof types.AssignComplaintDocument,
    "\n  mutation StartComplaint($input: ComplaintStepInput!) {\n    startComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": typeof types.StartComplaintDocument,
    "\n  mutation ResolveComplaint($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": typeof types.ResolveComplaintDocument,
    "\n  mutation CloseComplaint($input: ComplaintStepInput!) {\n    closeComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": typeof types.CloseComplaintDocument,
    "\n  mutation RejectComplaint($input: RejectComplaintInput!) {\n    rejectComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": typeof types.RejectComplaintDocument,
    "\n  mutation RespondToComplaint($input: RespondToComplaintInput!) {\n    respondToComplaint(input: $input) {\n      response {\n        id\n        complaintId\n        authorName\n        text\n        isPublic\n        createdAt\n      }\n    }\n  }\n": typeof types.RespondToComplaintDocument,
    "\n  mutation ImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": typeof types.ImportEmployeesDocument,
    "\n  mutation ImportOrgUnits($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": typeof types.ImportOrgUnitsDocument,
    "\n  mutation ImportPositions($input: ImportPositionsInput!) {\n    importPositions(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": typeof types.ImportPositionsDocument,
    "\n  fragment EvaluationAfterStep on Evaluation {\n    id\n    planId\n    status\n    version\n    score\n    predicate\n    updatedAt\n  }\n": typeof types.EvaluationAfterStepFragmentDoc,
    "\n  mutation SaveEvaluation($input: SaveEvaluationInput!) {\n    saveEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n        behaviourRating\n      }\n    }\n  }\n": typeof types.SaveEvaluationDocument,
    "\n  mutation ConfirmEvaluation($input: EvaluationStepInput!) {\n    confirmEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n": typeof types.ConfirmEvaluationDocument,
    "\n  mutation AcknowledgeEvaluation($input: EvaluationStepInput!) {\n    acknowledgeEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n": typeof types.AcknowledgeEvaluationDocument,
    "\n  mutation ObjectToEvaluation($input: ObjectToEvaluationInput!) {\n    objectToEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n": typeof types.ObjectToEvaluationDocument,
    "\n  mutation DecideObjection($input: DecideObjectionInput!) {\n    decideObjection(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n": typeof types.DecideObjectionDocument,
    "\n  mutation ReviewEvaluation($input: ReviewEvaluationInput!) {\n    reviewEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n": typeof types.ReviewEvaluationDocument,
    "\n  mutation ConfirmEvaluations($input: ConfirmEvaluationsInput!) {\n    confirmEvaluations(input: $input) {\n      confirmed\n      skippedCount\n      skipped {\n        planId\n        employeeName\n        problems\n      }\n    }\n  }\n": typeof types.ConfirmEvaluationsDocument,
    "\n  query BehaviourValuesOfAgency($agencyId: ID) {\n    effectiveBehaviourValues(agencyId: $agencyId) {\n      id\n      code\n      name\n      description\n      guides\n      sortOrder\n    }\n  }\n": typeof types.BehaviourValuesOfAgencyDocument,
    "\n  query PredicateDistribution($periodId: ID!, $unitId: ID) {\n    predicateDistribution(periodId: $periodId, unitId: $unitId) {\n      employeeCount\n      deviatingUnits\n      counts {\n        predicate\n        count\n        share\n      }\n      units {\n        unit {\n          id\n          name\n          code\n        }\n        achievement\n        employeeCount\n        deviates\n        deviations\n        counts {\n          predicate\n          count\n          share\n        }\n      }\n    }\n  }\n": typeof types.PredicateDistributionDocument,
    "\n  mutation SetUnitAchievement($input: SetUnitAchievementInput!) {\n    setUnitAchievement(input: $input) {\n      unitAchievement {\n        id\n        unitId\n        periodId\n        achievement\n        note\n        version\n      }\n    }\n  }\n": typeof types.SetUnitAchievementDocument,
    "\n  mutation PublishResults($input: PublishResultsInput!) {\n    publishResults(input: $input) {\n      units\n      suppressed\n    }\n  }\n": typeof types.PublishResultsDocument,
    "\n  query PublishedResults($agencyCode: String!, $periodId: ID) {\n    publishedResults(agencyCode: $agencyCode, periodId: $periodId) {\n      unitName\n      periodName\n      publishedAt\n      employeeCount\n      suppressed\n      predicateCounts {\n        predicate\n        count\n      }\n      indicators {\n        code\n        name\n        averageAchievement\n        plans\n      }\n      employees {\n        name\n        position\n        predicate\n      }\n    }\n  }\n": typeof types.PublishedResultsDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      orgUnit {\n        id\n        parentId\n        depth\n        version\n        updatedAt\n      }\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  fragment PeriodAfterStep on AppraisalPeriod {\n    id\n    status\n    version\n    updatedAt\n  }\n": typeof types.PeriodAfterStepFragmentDoc,
    "\n  mutation StartPlanning($input: PeriodTransitionInput!) {\n    startPlanning(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n": typeof types.StartPlanningDocument,
    "\n  mutation StartMonitoring($input: PeriodTransitionInput!) {\n    startMonitoring(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n": typeof types.StartMonitoringDocument,
    "\n  mutation StartEvaluation($input: PeriodTransitionInput!) {\n    startEvaluation(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n": typeof types.StartEvaluationDocument,
    "\n  mutation ClosePeriod($input: PeriodTransitionInput!) {\n    closePeriod(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n": typeof types.ClosePeriodDocument,
    "\n  mutation ReopenPeriod($input: ReopenPeriodInput!) {\n    reopenPeriod(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n": typeof types.ReopenPeriodDocument,
    "\n  mutation GenerateSubPeriods($input: GenerateSubPeriodsInput!) {\n    generateSubPeriods(input: $input) {\n      created\n      periods {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GenerateSubPeriodsDocument,
    "\n  fragment PlanAfterStep on PerformancePlan {\n    id\n    status\n    version\n    returnComment\n    updatedAt\n  }\n": typeof types.PlanAfterStepFragmentDoc,
    "\n  mutation GeneratePlans($input: GeneratePlansInput!) {\n    generatePlans(input: $input) {\n      created\n      existing\n      withoutAppraiser\n      withoutTemplate {\n        id\n        name\n        nip\n      }\n    }\n  }\n": typeof types.GeneratePlansDocument,
    "\n  mutation SetPlanTargets($input: SetPlanTargetsInput!) {\n    setPlanTargets(input: $input) {\n      plan {\n        ...PlanAfterStep\n        mainWeight\n      }\n    }\n  }\n": typeof types.SetPlanTargetsDocument,
    "\n  mutation SubmitPlan($input: PlanStepInput!) {\n    submitPlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n": typeof types.SubmitPlanDocument,
    "\n  mutation ApprovePlan($input: PlanStepInput!) {\n    approvePlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n": typeof types.ApprovePlanDocument,
    "\n  mutation ReturnPlan($input: ReturnPlanInput!) {\n    returnPlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n": typeof types.ReturnPlanDocument,
    "\n  mutation RecordRealization($input: RecordRealizationInput!) {\n    recordRealization(input: $input) {\n      realization {\n        id\n        targetId\n        periodId\n        value\n        note\n        evidenceLinks\n        version\n      }\n    }\n  }\n": typeof types.RecordRealizationDocument,
    "\n  mutation DeleteRealization($input: DeleteRealizationInput!) {\n    deleteRealization(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteRealizationDocument,
    "\n  query CurrentActor {\n    me {\n      id\n      employeeId\n      roles\n    }\n  }\n": typeof types.CurrentActorDocument,
    "\n  query PlanStatusCounts($periodId: ID!) {\n    all: performancePlans(filter: { periodId: { eq: $periodId } }, first: 0) {\n      totalCount\n    }\n    draft: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: DRAFT } }, first: 0) {\n      totalCount\n    }\n    submitted: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: SUBMITTED } }, first: 0) {\n      totalCount\n    }\n    returned: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: RETURNED } }, first: 0) {\n      totalCount\n    }\n    approved: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: APPROVED } }, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.PlanStatusCountsDocument,
    "\n  query PreviewScore($input: PreviewScoreInput!) {\n    previewScore(input: $input) {\n      lines {\n        key\n        label\n        category\n        weight\n        achievement\n        rawAchievement\n        capped\n        contribution\n        step\n        problem\n      }\n      mainWeight\n      mainScore\n      additionalScore\n      score\n      resultRating\n      behaviourRating\n      predicate\n      complete\n      steps\n      problems\n    }\n  }\n": typeof types.PreviewScoreDocument,
    "\n  fragment EnrollmentAfterStep on Enrollment {\n    id\n    sessionId\n    employeeId\n    status\n    score\n    jpEarned\n    certificateNumber\n    version\n    employee {\n      id\n      fullName\n    }\n  }\n": typeof types.EnrollmentAfterStepFragmentDoc,
    "\n  mutation EnrollInTraining($input: EnrollInTrainingInput!) {\n    enrollInTraining(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n": typeof types.EnrollInTrainingDocument,
    "\n  mutation CancelEnrollment($input: CancelEnrollmentInput!) {\n    cancelEnrollment(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n": typeof types.CancelEnrollmentDocument,
    "\n  mutation RecordTrainingResult($input: RecordTrainingResultInput!) {\n    recordTrainingResult(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n": typeof types.RecordTrainingResultDocument,
    "\n  mutation ChangeTrainingSessionStatus($input: ChangeTrainingSessionStatusInput!) {\n    changeTrainingSessionStatus(input: $input) {\n      session {\n        id\n        status\n        seatsTaken\n        waitlistCount\n        version\n      }\n      affected {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ChangeTrainingSessionStatusDocument,
    "\n  fragment WorkReportAfterStep on WorkReport {\n    id\n    status\n    version\n    reviewComment\n    reviewedAt\n    updatedAt\n  }\n": typeof types.WorkReportAfterStepFragmentDoc,
    "\n  mutation ApproveWorkReport($input: ApproveWorkReportInput!) {\n    approveWorkReport(input: $input) {\n      report {\n        ...WorkReportAfterStep\n      }\n    }\n  }\n": typeof types.ApproveWorkReportDocument,
    "\n  mutation ReturnWorkReport($input: ReturnWorkReportInput!) {\n    returnWorkReport(input: $input) {\n      report {\n        ...WorkReportAfterStep\n      }\n    }\n  }\n": typeof types.ReturnWorkReportDocument,
    "\n  mutation CommentOnWorkReport($input: CommentOnWorkReportInput!) {\n    commentOnWorkReport(input: $input) {\n      comment {\n        id\n        reportId\n        authorName\n        text\n        createdAt\n      }\n    }\n  }\n": typeof types.CommentOnWorkReportDocument,
    "\n  query WorkReportQueue($first: Int, $offset: Int) {\n    workReportQueue(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        date\n        activity\n        output\n        hours\n        status\n        version\n        submittedAt\n        evidenceLinks\n        employee {\n          id\n          fullName\n          nipFormatted\n        }\n        target {\n          id\n          indicator {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkReportQueueDocument,
    "\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      feedback {\n        id\n        planId\n        type\n        text\n        authorName\n        createdAt\n      }\n    }\n  }\n": typeof types.GiveFeedbackDocument,
    "\n  query ServiceDirectory($agencyCode: String!) {\n    serviceDirectory(agencyCode: $agencyCode) {\n      id\n      name\n      description\n      unitId\n      unitName\n    }\n  }\n": typeof types.ServiceDirectoryDocument,
    "\n  query SurveyForm($id: ID!) {\n    surveyForm(id: $id) {\n      surveyId\n      title\n      agencyName\n      unitName\n      serviceName\n      endDate\n      elements {\n        code\n        name\n        question\n      }\n      scale {\n        value\n        label\n      }\n      staff {\n        id\n        name\n      }\n      token\n      tokenExpiresAt\n    }\n  }\n": typeof types.SurveyFormDocument,
    "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      message\n      submittedOn\n    }\n  }\n": typeof types.SubmitSurveyResponseDocument,
    "\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      trackingCode\n      status\n      dueDate\n    }\n  }\n": typeof types.SubmitComplaintDocument,
    "\n  query ComplaintStatus($trackingCode: String!) {\n    complaintStatus(trackingCode: $trackingCode) {\n      trackingCode\n      agencyName\n      subject\n      category\n      status\n      receivedOn\n      dueDate\n      verifiedAt\n      resolvedAt\n      closedAt\n      rejectedAt\n      rejectionReason\n      responses {\n        createdAt\n        text\n      }\n    }\n  }\n": typeof types.ComplaintStatusDocument,
    "\n  fragment SessionFields on LoginPayload {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      agencyId\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n        version\n        updatedAt\n      }\n    }\n  }\n": types.SetUserPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ImportAttendance($input: ImportAttendanceInput!) {\n    importAttendance(input: $input) {\n      rows\n      days\n      created\n      updated\n      unchanged\n      dryRun\n    }\n  }\n": types.ImportAttendanceDocument,
    "\n  query AttendanceSheet($unitId: ID!, $month: String!) {\n    attendanceSheet(unitId: $unitId, month: $month) {\n      month\n      days {\n        date\n        weekday\n        holiday\n      }\n      rows {\n        employee {\n          id\n          fullName\n          nip\n        }\n        workingDays\n        lateMinutes\n        earlyLeaveMinutes\n        statusCounts {\n          status\n          days\n        }\n        records {\n          id\n          date\n          status\n          checkIn\n          checkOut\n          lateMinutes\n          earlyLeaveMinutes\n        }\n      }\n    }\n  }\n": types.AttendanceSheetDocument,
    "\n  query AttendanceCorrectionQueue($first: Int) {\n    attendanceCorrectionQueue(first: $first) {\n      totalCount\n      nodes {\n        id\n        version\n        date\n        checkIn\n        checkOut\n        attendanceStatus\n        reason\n        evidenceLink\n        requestedByName\n        employee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.AttendanceCorrectionQueueDocument,
    "\n  mutation ApproveAttendanceCorrection($input: DecideAttendanceCorrectionInput!) {\n    approveAttendanceCorrection(input: $input) {\n      correction {\n        id\n        status\n      }\n    }\n  }\n": types.ApproveAttendanceCorrectionDocument,
    "\n  mutation RejectAttendanceCorrection($input: DecideAttendanceCorrectionInput!) {\n    rejectAttendanceCorrection(input: $input) {\n      correction {\n        id\n        status\n      }\n    }\n  }\n": types.RejectAttendanceCorrectionDocument,
    "\n  query WorkingMonth($unitId: ID, $month: String!) {\n    workingDays(unitId: $unitId, month: $month) {\n      count\n      workingMinutes\n      targetMinutes\n      calendar {\n        id\n        version\n        unitId\n        targetMinutesPerDay\n        days {\n          weekday\n          start\n          end\n          breakMinutes\n        }\n      }\n    }\n  }\n": types.WorkingMonthDocument,
    "\n  mutation SetWorkCalendar($input: SetWorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      calendar {\n        id\n        version\n      }\n    }\n  }\n": types.SetWorkCalendarDocument,
    "\n  fragment SurveyAfterStep on Survey {\n    id\n    status\n    version\n    openedAt\n    closedAt\n    updatedAt\n  }\n": types.SurveyAfterStepFragmentDoc,
    "\n  mutation OpenSurvey($input: SurveyStepInput!) {\n    openSurvey(input: $input) {\n      survey {\n        ...SurveyAfterStep\n      }\n    }\n  }\n": types.OpenSurveyDocument,
    "\n  mutation CloseSurvey($input: SurveyStepInput!) {\n    closeSurvey(input: $input) {\n      realizationsUpdated\n      survey {\n        ...SurveyAfterStep\n      }\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  query SurveyIkm($surveyId: ID!) {\n    ikm(surveyId: $surveyId) {\n      ikm\n      ikmRounded\n      weightedValue\n      category\n      categoryLabel\n      respondents\n      minimumSample\n      belowMinimumSample\n      from\n      to\n      elements {\n        code\n        name\n        average\n        count\n        weight\n        weightedAverage\n      }\n    }\n  }\n": types.SurveyIkmDocument,
    "\n  fragment ComplaintAfterStep on Complaint {\n    id\n    status\n    version\n    dueDate\n    overdue\n    updatedAt\n  }\n": types.ComplaintAfterStepFragmentDoc,
    "\n  mutation VerifyComplaint($input: VerifyComplaintInput!) {\n    verifyComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": types.VerifyComplaintDocument,
    "\n  mutation AssignComplaint($input: AssignComplaintInput!) {\n    assignComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": types.AssignComplaintDocument,
    "\n  mutation StartComplaint($input: ComplaintStepInput!) {\n    startComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": types.StartComplaintDocument,
    "\n  mutation ResolveComplaint($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": types.ResolveComplaintDocument,
    "\n  mutation CloseComplaint($input: ComplaintStepInput!) {\n    closeComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": types.CloseComplaintDocument,
    "\n  mutation RejectComplaint($input: RejectComplaintInput!) {\n    rejectComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n": types.RejectComplaintDocument,
    "\n  mutation RespondToComplaint($input: RespondToComplaintInput!) {\n    respondToComplaint(input: $input) {\n      response {\n        id\n        complaintId\n        authorName\n        text\n        isPublic\n        createdAt\n      }\n    }\n  }\n": types.RespondToComplaintDocument,
    "\n  mutation ImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": types.ImportEmployeesDocument,
    "\n  mutation ImportOrgUnits($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": types.ImportOrgUnitsDocument,
    "\n  mutation ImportPositions($input: ImportPositionsInput!) {\n    importPositions(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": types.ImportPositionsDocument,
    "\n  fragment EvaluationAfterStep on Evaluation {\n    id\n    planId\n    status\n    version\n    score\n    predicate\n    updatedAt\n  }\n": types.EvaluationAfterStepFragmentDoc,
    "\n  mutation SaveEvaluation($input: SaveEvaluationInput!) {\n    saveEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n        behaviourRating\n      }\n    }\n  }\n": types.SaveEvaluationDocument,
    "\n  mutation ConfirmEvaluation($input: EvaluationStepInput!) {\n    confirmEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n": types.ConfirmEvaluationDocument,
    "\n  mutation AcknowledgeEvaluation($input: EvaluationStepInput!) {\n    acknowledgeEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n": types.AcknowledgeEvaluationDocument,
    "\n  mutation ObjectToEvaluation($input: ObjectToEvaluationInput!) {\n    objectToEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n": types.ObjectToEvaluationDocument,
    "\n  mutation DecideObjection($input: DecideObjectionInput!) {\n    decideObjection(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n": types.DecideObjectionDocument,
    "\n  mutation ReviewEvaluation($input: ReviewEvaluationInput!) {\n    reviewEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n": types.ReviewEvaluationDocument,
    "\n  mutation ConfirmEvaluations($input: ConfirmEvaluationsInput!) {\n    confirmEvaluations(input: $input) {\n      confirmed\n      skippedCount\n      skipped {\n        planId\n        employeeName\n        problems\n      }\n    }\n  }\n": types.ConfirmEvaluationsDocument,
    "\n  query BehaviourValuesOfAgency($agencyId: ID) {\n    effectiveBehaviourValues(agencyId: $agencyId) {\n      id\n      code\n      name\n      description\n      guides\n      sortOrder\n    }\n  }\n": types.BehaviourValuesOfAgencyDocument,
    "\n  query PredicateDistribution($periodId: ID!, $unitId: ID) {\n    predicateDistribution(periodId: $periodId, unitId: $unitId) {\n      employeeCount\n      deviatingUnits\n      counts {\n        predicate\n        count\n        share\n      }\n      units {\n        unit {\n          id\n          name\n          code\n        }\n        achievement\n        employeeCount\n        deviates\n        deviations\n        counts {\n          predicate\n          count\n          share\n        }\n      }\n    }\n  }\n": types.PredicateDistributionDocument,
    "\n  mutation SetUnitAchievement($input: SetUnitAchievementInput!) {\n    setUnitAchievement(input: $input) {\n      unitAchievement {\n        id\n        unitId\n        periodId\n        achievement\n        note\n        version\n      }\n    }\n  }\n": types.SetUnitAchievementDocument,
    "\n  mutation PublishResults($input: PublishResultsInput!) {\n    publishResults(input: $input) {\n      units\n      suppressed\n    }\n  }\n": types.PublishResultsDocument,
    "\n  query PublishedResults($agencyCode: String!, $periodId: ID) {\n    publishedResults(agencyCode: $agencyCode, periodId: $periodId) {\n      unitName\n      periodName\n      publishedAt\n      employeeCount\n      suppressed\n      predicateCounts {\n        predicate\n        count\n      }\n      indicators {\n        code\n        name\n        averageAchievement\n        plans\n      }\n      employees {\n        name\n        position\n        predicate\n      }\n    }\n  }\n": types.PublishedResultsDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      orgUnit {\n        id\n        parentId\n        depth\n        version\n        updatedAt\n      }\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  fragment PeriodAfterStep on AppraisalPeriod {\n    id\n    status\n    version\n    updatedAt\n  }\n": types.PeriodAfterStepFragmentDoc,
    "\n  mutation StartPlanning($input: PeriodTransitionInput!) {\n    startPlanning(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n": types.StartPlanningDocument,
    "\n  mutation StartMonitoring($input: PeriodTransitionInput!) {\n    startMonitoring(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n": types.StartMonitoringDocument,
    "\n  mutation StartEvaluation($input: PeriodTransitionInput!) {\n    startEvaluation(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n": types.StartEvaluationDocument,
    "\n  mutation ClosePeriod($input: PeriodTransitionInput!) {\n    closePeriod(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n": types.ClosePeriodDocument,
    "\n  mutation ReopenPeriod($input: ReopenPeriodInput!) {\n    reopenPeriod(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n": types.ReopenPeriodDocument,
    "\n  mutation GenerateSubPeriods($input: GenerateSubPeriodsInput!) {\n    generateSubPeriods(input: $input) {\n      created\n      periods {\n        id\n        name\n      }\n    }\n  }\n": types.GenerateSubPeriodsDocument,
    "\n  fragment PlanAfterStep on PerformancePlan {\n    id\n    status\n    version\n    returnComment\n    updatedAt\n  }\n": types.PlanAfterStepFragmentDoc,
    "\n  mutation GeneratePlans($input: GeneratePlansInput!) {\n    generatePlans(input: $input) {\n      created\n      existing\n      withoutAppraiser\n      withoutTemplate {\n        id\n        name\n        nip\n      }\n    }\n  }\n": types.GeneratePlansDocument,
    "\n  mutation SetPlanTargets($input: SetPlanTargetsInput!) {\n    setPlanTargets(input: $input) {\n      plan {\n        ...PlanAfterStep\n        mainWeight\n      }\n    }\n  }\n": types.SetPlanTargetsDocument,
    "\n  mutation SubmitPlan($input: PlanStepInput!) {\n    submitPlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n": types.SubmitPlanDocument,
    "\n  mutation ApprovePlan($input: PlanStepInput!) {\n    approvePlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n": types.ApprovePlanDocument,
    "\n  mutation ReturnPlan($input: ReturnPlanInput!) {\n    returnPlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n": types.ReturnPlanDocument,
    "\n  mutation RecordRealization($input: RecordRealizationInput!) {\n    recordRealization(input: $input) {\n      realization {\n        id\n        targetId\n        periodId\n        value\n        note\n        evidenceLinks\n        version\n      }\n    }\n  }\n": types.RecordRealizationDocument,
    "\n  mutation DeleteRealization($input: DeleteRealizationInput!) {\n    deleteRealization(input: $input) {\n      id\n    }\n  }\n": types.DeleteRealizationDocument,
    "\n  query CurrentActor {\n    me {\n      id\n      employeeId\n      roles\n    }\n  }\n": types.CurrentActorDocument,
    "\n  query PlanStatusCounts($periodId: ID!) {\n    all: performancePlans(filter: { periodId: { eq: $periodId } }, first: 0) {\n      totalCount\n    }\n    draft: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: DRAFT } }, first: 0) {\n      totalCount\n    }\n    submitted: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: SUBMITTED } }, first: 0) {\n      totalCount\n    }\n    returned: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: RETURNED } }, first: 0) {\n      totalCount\n    }\n    approved: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: APPROVED } }, first: 0) {\n      totalCount\n    }\n  }\n": types.PlanStatusCountsDocument,
    "\n  query PreviewScore($input: PreviewScoreInput!) {\n    previewScore(input: $input) {\n      lines {\n        key\n        label\n        category\n        weight\n        achievement\n        rawAchievement\n        capped\n        contribution\n        step\n        problem\n      }\n      mainWeight\n      mainScore\n      additionalScore\n      score\n      resultRating\n      behaviourRating\n      predicate\n      complete\n      steps\n      problems\n    }\n  }\n": types.PreviewScoreDocument,
    "\n  fragment EnrollmentAfterStep on Enrollment {\n    id\n    sessionId\n    employeeId\n    status\n    score\n    jpEarned\n    certificateNumber\n    version\n    employee {\n      id\n      fullName\n    }\n  }\n": types.EnrollmentAfterStepFragmentDoc,
    "\n  mutation EnrollInTraining($input: EnrollInTrainingInput!) {\n    enrollInTraining(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n": types.EnrollInTrainingDocument,
    "\n  mutation CancelEnrollment($input: CancelEnrollmentInput!) {\n    cancelEnrollment(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n": types.CancelEnrollmentDocument,
    "\n  mutation RecordTrainingResult($input: RecordTrainingResultInput!) {\n    recordTrainingResult(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n": types.RecordTrainingResultDocument,
    "\n  mutation ChangeTrainingSessionStatus($input: ChangeTrainingSessionStatusInput!) {\n    changeTrainingSessionStatus(input: $input) {\n      session {\n        id\n        status\n        seatsTaken\n        waitlistCount\n        version\n      }\n      affected {\n        id\n        status\n      }\n    }\n  }\n": types.ChangeTrainingSessionStatusDocument,
    "\n  fragment WorkReportAfterStep on WorkReport {\n    id\n    status\n    version\n    reviewComment\n    reviewedAt\n    updatedAt\n  }\n": types.WorkReportAfterStepFragmentDoc,
    "\n  mutation ApproveWorkReport($input: ApproveWorkReportInput!) {\n    approveWorkReport(input: $input) {\n      report {\n        ...WorkReportAfterStep\n      }\n    }\n  }\n": types.ApproveWorkReportDocument,
    "\n  mutation ReturnWorkReport($input: ReturnWorkReportInput!) {\n    returnWorkReport(input: $input) {\n      report {\n        ...WorkReportAfterStep\n      }\n    }\n  }\n": types.ReturnWorkReportDocument,
    "\n  mutation CommentOnWorkReport($input: CommentOnWorkReportInput!) {\n    commentOnWorkReport(input: $input) {\n      comment {\n        id\n        reportId\n        authorName\n        text\n        createdAt\n      }\n    }\n  }\n": types.CommentOnWorkReportDocument,
    "\n  query WorkReportQueue($first: Int, $offset: Int) {\n    workReportQueue(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        date\n        activity\n        output\n        hours\n        status\n        version\n        submittedAt\n        evidenceLinks\n        employee {\n          id\n          fullName\n          nipFormatted\n        }\n        target {\n          id\n          indicator {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.WorkReportQueueDocument,
    "\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      feedback {\n        id\n        planId\n        type\n        text\n        authorName\n        createdAt\n      }\n    }\n  }\n": types.GiveFeedbackDocument,
    "\n  query ServiceDirectory($agencyCode: String!) {\n    serviceDirectory(agencyCode: $agencyCode) {\n      id\n      name\n      description\n      unitId\n      unitName\n    }\n  }\n": types.ServiceDirectoryDocument,
    "\n  query SurveyForm($id: ID!) {\n    surveyForm(id: $id) {\n      surveyId\n      title\n      agencyName\n      unitName\n      serviceName\n      endDate\n      elements {\n        code\n        name\n        question\n      }\n      scale {\n        value\n        label\n      }\n      staff {\n        id\n        name\n      }\n      token\n      tokenExpiresAt\n    }\n  }\n": types.SurveyFormDocument,
    "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      message\n      submittedOn\n    }\n  }\n": types.SubmitSurveyResponseDocument,
    "\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      trackingCode\n      status\n      dueDate\n    }\n  }\n": types.SubmitComplaintDocument,
    "\n  query ComplaintStatus($trackingCode: String!) {\n    complaintStatus(trackingCode: $trackingCode) {\n      trackingCode\n      agencyName\n      subject\n      category\n      status\n      receivedOn\n      dueDate\n      verifiedAt\n      resolvedAt\n      closedAt\n      rejectedAt\n      rejectionReason\n      responses {\n        createdAt\n        text\n      }\n    }\n  }\n": types.ComplaintStatusDocument,
    "\n  fragment SessionFields on LoginPayload {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      agencyId\n    }\n  }\n": types.SessionFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n        version\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n        version\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAttendance($input: ImportAttendanceInput!) {\n    importAttendance(input: $input) {\n      rows\n      days\n      created\n      updated\n      unchanged\n      dryRun\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAttendance($input: ImportAttendanceInput!) {\n    importAttendance(input: $input) {\n      rows\n      days\n      created\n      updated\n      unchanged\n      dryRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceSheet($unitId: ID!, $month: String!) {\n    attendanceSheet(unitId: $unitId, month: $month) {\n      month\n      days {\n        date\n        weekday\n        holiday\n      }\n      rows {\n        employee {\n          id\n          fullName\n          nip\n        }\n        workingDays\n        lateMinutes\n        earlyLeaveMinutes\n        statusCounts {\n          status\n          days\n        }\n        records {\n          id\n          date\n          status\n          checkIn\n          checkOut\n          lateMinutes\n          earlyLeaveMinutes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceSheet($unitId: ID!, $month: String!) {\n    attendanceSheet(unitId: $unitId, month: $month) {\n      month\n      days {\n        date\n        weekday\n        holiday\n      }\n      rows {\n        employee {\n          id\n          fullName\n          nip\n        }\n        workingDays\n        lateMinutes\n        earlyLeaveMinutes\n        statusCounts {\n          status\n          days\n        }\n        records {\n          id\n          date\n          status\n          checkIn\n          checkOut\n          lateMinutes\n          earlyLeaveMinutes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceCorrectionQueue($first: Int) {\n    attendanceCorrectionQueue(first: $first) {\n      totalCount\n      nodes {\n        id\n        version\n        date\n        checkIn\n        checkOut\n        attendanceStatus\n        reason\n        evidenceLink\n        requestedByName\n        employee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceCorrectionQueue($first: Int) {\n    attendanceCorrectionQueue(first: $first) {\n      totalCount\n      nodes {\n        id\n        version\n        date\n        checkIn\n        checkOut\n        attendanceStatus\n        reason\n        evidenceLink\n        requestedByName\n        employee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAttendanceCorrection($input: DecideAttendanceCorrectionInput!) {\n    approveAttendanceCorrection(input: $input) {\n      correction {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveAttendanceCorrection($input: DecideAttendanceCorrectionInput!) {\n    approveAttendanceCorrection(input: $input) {\n      correction {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAttendanceCorrection($input: DecideAttendanceCorrectionInput!) {\n    rejectAttendanceCorrection(input: $input) {\n      correction {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectAttendanceCorrection($input: DecideAttendanceCorrectionInput!) {\n    rejectAttendanceCorrection(input: $input) {\n      correction {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingMonth($unitId: ID, $month: String!) {\n    workingDays(unitId: $unitId, month: $month) {\n      count\n      workingMinutes\n      targetMinutes\n      calendar {\n        id\n        version\n        unitId\n        targetMinutesPerDay\n        days {\n          weekday\n          start\n          end\n          breakMinutes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingMonth($unitId: ID, $month: String!) {\n    workingDays(unitId: $unitId, month: $month) {\n      count\n      workingMinutes\n      targetMinutes\n      calendar {\n        id\n        version\n        unitId\n        targetMinutesPerDay\n        days {\n          weekday\n          start\n          end\n          breakMinutes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkCalendar($input: SetWorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      calendar {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWorkCalendar($input: SetWorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      calendar {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyAfterStep on Survey {\n    id\n    status\n    version\n    openedAt\n    closedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SurveyAfterStep on Survey {\n    id\n    status\n    version\n    openedAt\n    closedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSurvey($input: SurveyStepInput!) {\n    openSurvey(input: $input) {\n      survey {\n        ...SurveyAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSurvey($input: SurveyStepInput!) {\n    openSurvey(input: $input) {\n      survey {\n        ...SurveyAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($input: SurveyStepInput!) {\n    closeSurvey(input: $input) {\n      realizationsUpdated\n      survey {\n        ...SurveyAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($input: SurveyStepInput!) {\n    closeSurvey(input: $input) {\n      realizationsUpdated\n      survey {\n        ...SurveyAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyIkm($surveyId: ID!) {\n    ikm(surveyId: $surveyId) {\n      ikm\n      ikmRounded\n      weightedValue\n      category\n      categoryLabel\n      respondents\n      minimumSample\n      belowMinimumSample\n      from\n      to\n      elements {\n        code\n        name\n        average\n        count\n        weight\n        weightedAverage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyIkm($surveyId: ID!) {\n    ikm(surveyId: $surveyId) {\n      ikm\n      ikmRounded\n      weightedValue\n      category\n      categoryLabel\n      respondents\n      minimumSample\n      belowMinimumSample\n      from\n      to\n      elements {\n        code\n        name\n        average\n        count\n        weight\n        weightedAverage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintAfterStep on Complaint {\n    id\n    status\n    version\n    dueDate\n    overdue\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ComplaintAfterStep on Complaint {\n    id\n    status\n    version\n    dueDate\n    overdue\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyComplaint($input: VerifyComplaintInput!) {\n    verifyComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyComplaint($input: VerifyComplaintInput!) {\n    verifyComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignComplaint($input: AssignComplaintInput!) {\n    assignComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignComplaint($input: AssignComplaintInput!) {\n    assignComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartComplaint($input: ComplaintStepInput!) {\n    startComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartComplaint($input: ComplaintStepInput!) {\n    startComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveComplaint($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveComplaint($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseComplaint($input: ComplaintStepInput!) {\n    closeComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseComplaint($input: ComplaintStepInput!) {\n    closeComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectComplaint($input: RejectComplaintInput!) {\n    rejectComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectComplaint($input: RejectComplaintInput!) {\n    rejectComplaint(input: $input) {\n      complaint {\n        ...ComplaintAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToComplaint($input: RespondToComplaintInput!) {\n    respondToComplaint(input: $input) {\n      response {\n        id\n        complaintId\n        authorName\n        text\n        isPublic\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToComplaint($input: RespondToComplaintInput!) {\n    respondToComplaint(input: $input) {\n      response {\n        id\n        complaintId\n        authorName\n        text\n        isPublic\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"): (typeof documents)["\n  mutation ImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOrgUnits($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"): (typeof documents)["\n  mutation ImportOrgUnits($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPositions($input: ImportPositionsInput!) {\n    importPositions(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPositions($input: ImportPositionsInput!) {\n    importPositions(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationAfterStep on Evaluation {\n    id\n    planId\n    status\n    version\n    score\n    predicate\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment EvaluationAfterStep on Evaluation {\n    id\n    planId\n    status\n    version\n    score\n    predicate\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEvaluation($input: SaveEvaluationInput!) {\n    saveEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n        behaviourRating\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveEvaluation($input: SaveEvaluationInput!) {\n    saveEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n        behaviourRating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEvaluation($input: EvaluationStepInput!) {\n    confirmEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEvaluation($input: EvaluationStepInput!) {\n    confirmEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeEvaluation($input: EvaluationStepInput!) {\n    acknowledgeEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeEvaluation($input: EvaluationStepInput!) {\n    acknowledgeEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectToEvaluation($input: ObjectToEvaluationInput!) {\n    objectToEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectToEvaluation($input: ObjectToEvaluationInput!) {\n    objectToEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideObjection($input: DecideObjectionInput!) {\n    decideObjection(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideObjection($input: DecideObjectionInput!) {\n    decideObjection(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewEvaluation($input: ReviewEvaluationInput!) {\n    reviewEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewEvaluation($input: ReviewEvaluationInput!) {\n    reviewEvaluation(input: $input) {\n      evaluation {\n        ...EvaluationAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEvaluations($input: ConfirmEvaluationsInput!) {\n    confirmEvaluations(input: $input) {\n      confirmed\n      skippedCount\n      skipped {\n        planId\n        employeeName\n        problems\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEvaluations($input: ConfirmEvaluationsInput!) {\n    confirmEvaluations(input: $input) {\n      confirmed\n      skippedCount\n      skipped {\n        planId\n        employeeName\n        problems\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BehaviourValuesOfAgency($agencyId: ID) {\n    effectiveBehaviourValues(agencyId: $agencyId) {\n      id\n      code\n      name\n      description\n      guides\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query BehaviourValuesOfAgency($agencyId: ID) {\n    effectiveBehaviourValues(agencyId: $agencyId) {\n      id\n      code\n      name\n      description\n      guides\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PredicateDistribution($periodId: ID!, $unitId: ID) {\n    predicateDistribution(periodId: $periodId, unitId: $unitId) {\n      employeeCount\n      deviatingUnits\n      counts {\n        predicate\n        count\n        share\n      }\n      units {\n        unit {\n          id\n          name\n          code\n        }\n        achievement\n        employeeCount\n        deviates\n        deviations\n        counts {\n          predicate\n          count\n          share\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PredicateDistribution($periodId: ID!, $unitId: ID) {\n    predicateDistribution(periodId: $periodId, unitId: $unitId) {\n      employeeCount\n      deviatingUnits\n      counts {\n        predicate\n        count\n        share\n      }\n      units {\n        unit {\n          id\n          name\n          code\n        }\n        achievement\n        employeeCount\n        deviates\n        deviations\n        counts {\n          predicate\n          count\n          share\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUnitAchievement($input: SetUnitAchievementInput!) {\n    setUnitAchievement(input: $input) {\n      unitAchievement {\n        id\n        unitId\n        periodId\n        achievement\n        note\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUnitAchievement($input: SetUnitAchievementInput!) {\n    setUnitAchievement(input: $input) {\n      unitAchievement {\n        id\n        unitId\n        periodId\n        achievement\n        note\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishResults($input: PublishResultsInput!) {\n    publishResults(input: $input) {\n      units\n      suppressed\n    }\n  }\n"): (typeof documents)["\n  mutation PublishResults($input: PublishResultsInput!) {\n    publishResults(input: $input) {\n      units\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedResults($agencyCode: String!, $periodId: ID) {\n    publishedResults(agencyCode: $agencyCode, periodId: $periodId) {\n      unitName\n      periodName\n      publishedAt\n      employeeCount\n      suppressed\n      predicateCounts {\n        predicate\n        count\n      }\n      indicators {\n        code\n        name\n        averageAchievement\n        plans\n      }\n      employees {\n        name\n        position\n        predicate\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedResults($agencyCode: String!, $periodId: ID) {\n    publishedResults(agencyCode: $agencyCode, periodId: $periodId) {\n      unitName\n      periodName\n      publishedAt\n      employeeCount\n      suppressed\n      predicateCounts {\n        predicate\n        count\n      }\n      indicators {\n        code\n        name\n        averageAchievement\n        plans\n      }\n      employees {\n        name\n        position\n        predicate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      orgUnit {\n        id\n        parentId\n        depth\n        version\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      orgUnit {\n        id\n        parentId\n        depth\n        version\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeriodAfterStep on AppraisalPeriod {\n    id\n    status\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PeriodAfterStep on AppraisalPeriod {\n    id\n    status\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPlanning($input: PeriodTransitionInput!) {\n    startPlanning(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartPlanning($input: PeriodTransitionInput!) {\n    startPlanning(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMonitoring($input: PeriodTransitionInput!) {\n    startMonitoring(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartMonitoring($input: PeriodTransitionInput!) {\n    startMonitoring(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartEvaluation($input: PeriodTransitionInput!) {\n    startEvaluation(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartEvaluation($input: PeriodTransitionInput!) {\n    startEvaluation(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePeriod($input: PeriodTransitionInput!) {\n    closePeriod(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePeriod($input: PeriodTransitionInput!) {\n    closePeriod(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenPeriod($input: ReopenPeriodInput!) {\n    reopenPeriod(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenPeriod($input: ReopenPeriodInput!) {\n    reopenPeriod(input: $input) {\n      period {\n        ...PeriodAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateSubPeriods($input: GenerateSubPeriodsInput!) {\n    generateSubPeriods(input: $input) {\n      created\n      periods {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateSubPeriods($input: GenerateSubPeriodsInput!) {\n    generateSubPeriods(input: $input) {\n      created\n      periods {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanAfterStep on PerformancePlan {\n    id\n    status\n    version\n    returnComment\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PlanAfterStep on PerformancePlan {\n    id\n    status\n    version\n    returnComment\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GeneratePlans($input: GeneratePlansInput!) {\n    generatePlans(input: $input) {\n      created\n      existing\n      withoutAppraiser\n      withoutTemplate {\n        id\n        name\n        nip\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GeneratePlans($input: GeneratePlansInput!) {\n    generatePlans(input: $input) {\n      created\n      existing\n      withoutAppraiser\n      withoutTemplate {\n        id\n        name\n        nip\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlanTargets($input: SetPlanTargetsInput!) {\n    setPlanTargets(input: $input) {\n      plan {\n        ...PlanAfterStep\n        mainWeight\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPlanTargets($input: SetPlanTargetsInput!) {\n    setPlanTargets(input: $input) {\n      plan {\n        ...PlanAfterStep\n        mainWeight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPlan($input: PlanStepInput!) {\n    submitPlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPlan($input: PlanStepInput!) {\n    submitPlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePlan($input: PlanStepInput!) {\n    approvePlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePlan($input: PlanStepInput!) {\n    approvePlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnPlan($input: ReturnPlanInput!) {\n    returnPlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnPlan($input: ReturnPlanInput!) {\n    returnPlan(input: $input) {\n      plan {\n        ...PlanAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRealization($input: RecordRealizationInput!) {\n    recordRealization(input: $input) {\n      realization {\n        id\n        targetId\n        periodId\n        value\n        note\n        evidenceLinks\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRealization($input: RecordRealizationInput!) {\n    recordRealization(input: $input) {\n      realization {\n        id\n        targetId\n        periodId\n        value\n        note\n        evidenceLinks\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRealization($input: DeleteRealizationInput!) {\n    deleteRealization(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRealization($input: DeleteRealizationInput!) {\n    deleteRealization(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentActor {\n    me {\n      id\n      employeeId\n      roles\n    }\n  }\n"): (typeof documents)["\n  query CurrentActor {\n    me {\n      id\n      employeeId\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanStatusCounts($periodId: ID!) {\n    all: performancePlans(filter: { periodId: { eq: $periodId } }, first: 0) {\n      totalCount\n    }\n    draft: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: DRAFT } }, first: 0) {\n      totalCount\n    }\n    submitted: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: SUBMITTED } }, first: 0) {\n      totalCount\n    }\n    returned: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: RETURNED } }, first: 0) {\n      totalCount\n    }\n    approved: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: APPROVED } }, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PlanStatusCounts($periodId: ID!) {\n    all: performancePlans(filter: { periodId: { eq: $periodId } }, first: 0) {\n      totalCount\n    }\n    draft: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: DRAFT } }, first: 0) {\n      totalCount\n    }\n    submitted: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: SUBMITTED } }, first: 0) {\n      totalCount\n    }\n    returned: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: RETURNED } }, first: 0) {\n      totalCount\n    }\n    approved: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: APPROVED } }, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewScore($input: PreviewScoreInput!) {\n    previewScore(input: $input) {\n      lines {\n        key\n        label\n        category\n        weight\n        achievement\n        rawAchievement\n        capped\n        contribution\n        step\n        problem\n      }\n      mainWeight\n      mainScore\n      additionalScore\n      score\n      resultRating\n      behaviourRating\n      predicate\n      complete\n      steps\n      problems\n    }\n  }\n"): (typeof documents)["\n  query PreviewScore($input: PreviewScoreInput!) {\n    previewScore(input: $input) {\n      lines {\n        key\n        label\n        category\n        weight\n        achievement\n        rawAchievement\n        capped\n        contribution\n        step\n        problem\n      }\n      mainWeight\n      mainScore\n      additionalScore\n      score\n      resultRating\n      behaviourRating\n      predicate\n      complete\n      steps\n      problems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollmentAfterStep on Enrollment {\n    id\n    sessionId\n    employeeId\n    status\n    score\n    jpEarned\n    certificateNumber\n    version\n    employee {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment EnrollmentAfterStep on Enrollment {\n    id\n    sessionId\n    employeeId\n    status\n    score\n    jpEarned\n    certificateNumber\n    version\n    employee {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollInTraining($input: EnrollInTrainingInput!) {\n    enrollInTraining(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnrollInTraining($input: EnrollInTrainingInput!) {\n    enrollInTraining(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEnrollment($input: CancelEnrollmentInput!) {\n    cancelEnrollment(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEnrollment($input: CancelEnrollmentInput!) {\n    cancelEnrollment(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTrainingResult($input: RecordTrainingResultInput!) {\n    recordTrainingResult(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTrainingResult($input: RecordTrainingResultInput!) {\n    recordTrainingResult(input: $input) {\n      enrollment {\n        ...EnrollmentAfterStep\n      }\n      promoted {\n        ...EnrollmentAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTrainingSessionStatus($input: ChangeTrainingSessionStatusInput!) {\n    changeTrainingSessionStatus(input: $input) {\n      session {\n        id\n        status\n        seatsTaken\n        waitlistCount\n        version\n      }\n      affected {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTrainingSessionStatus($input: ChangeTrainingSessionStatusInput!) {\n    changeTrainingSessionStatus(input: $input) {\n      session {\n        id\n        status\n        seatsTaken\n        waitlistCount\n        version\n      }\n      affected {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkReportAfterStep on WorkReport {\n    id\n    status\n    version\n    reviewComment\n    reviewedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment WorkReportAfterStep on WorkReport {\n    id\n    status\n    version\n    reviewComment\n    reviewedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveWorkReport($input: ApproveWorkReportInput!) {\n    approveWorkReport(input: $input) {\n      report {\n        ...WorkReportAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveWorkReport($input: ApproveWorkReportInput!) {\n    approveWorkReport(input: $input) {\n      report {\n        ...WorkReportAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnWorkReport($input: ReturnWorkReportInput!) {\n    returnWorkReport(input: $input) {\n      report {\n        ...WorkReportAfterStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnWorkReport($input: ReturnWorkReportInput!) {\n    returnWorkReport(input: $input) {\n      report {\n        ...WorkReportAfterStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnWorkReport($input: CommentOnWorkReportInput!) {\n    commentOnWorkReport(input: $input) {\n      comment {\n        id\n        reportId\n        authorName\n        text\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnWorkReport($input: CommentOnWorkReportInput!) {\n    commentOnWorkReport(input: $input) {\n      comment {\n        id\n        reportId\n        authorName\n        text\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkReportQueue($first: Int, $offset: Int) {\n    workReportQueue(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        date\n        activity\n        output\n        hours\n        status\n        version\n        submittedAt\n        evidenceLinks\n        employee {\n          id\n          fullName\n          nipFormatted\n        }\n        target {\n          id\n          indicator {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkReportQueue($first: Int, $offset: Int) {\n    workReportQueue(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        date\n        activity\n        output\n        hours\n        status\n        version\n        submittedAt\n        evidenceLinks\n        employee {\n          id\n          fullName\n          nipFormatted\n        }\n        target {\n          id\n          indicator {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      feedback {\n        id\n        planId\n        type\n        text\n        authorName\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      feedback {\n        id\n        planId\n        type\n        text\n        authorName\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceDirectory($agencyCode: String!) {\n    serviceDirectory(agencyCode: $agencyCode) {\n      id\n      name\n      description\n      unitId\n      unitName\n    }\n  }\n"): (typeof documents)["\n  query ServiceDirectory($agencyCode: String!) {\n    serviceDirectory(agencyCode: $agencyCode) {\n      id\n      name\n      description\n      unitId\n      unitName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyForm($id: ID!) {\n    surveyForm(id: $id) {\n      surveyId\n      title\n      agencyName\n      unitName\n      serviceName\n      endDate\n      elements {\n        code\n        name\n        question\n      }\n      scale {\n        value\n        label\n      }\n      staff {\n        id\n        name\n      }\n      token\n      tokenExpiresAt\n    }\n  }\n"): (typeof documents)["\n  query SurveyForm($id: ID!) {\n    surveyForm(id: $id) {\n      surveyId\n      title\n      agencyName\n      unitName\n      serviceName\n      endDate\n      elements {\n        code\n        name\n        question\n      }\n      scale {\n        value\n        label\n      }\n      staff {\n        id\n        name\n      }\n      token\n      tokenExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      message\n      submittedOn\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      message\n      submittedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      trackingCode\n      status\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      trackingCode\n      status\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintStatus($trackingCode: String!) {\n    complaintStatus(trackingCode: $trackingCode) {\n      trackingCode\n      agencyName\n      subject\n      category\n      status\n      receivedOn\n      dueDate\n      verifiedAt\n      resolvedAt\n      closedAt\n      rejectedAt\n      rejectionReason\n      responses {\n        createdAt\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplaintStatus($trackingCode: String!) {\n    complaintStatus(trackingCode: $trackingCode) {\n      trackingCode\n      agencyName\n      subject\n      category\n      status\n      receivedOn\n      dueDate\n      verifiedAt\n      resolvedAt\n      closedAt\n      rejectedAt\n      rejectionReason\n      responses {\n        createdAt\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on LoginPayload {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      agencyId\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on LoginPayload {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      agencyId\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;