import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/dashboard';
import { buildDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/app-layout';
import { agencies } from './resources/agencies';
import { appraisalPeriods, canEditAppraisalPeriods, PeriodDistribution } from './resources/appraisalPeriods';
import { auditEntries } from './resources/auditEntries';
import { behaviourValues, canEditBehaviourValues } from './resources/behaviourValues';
import { canEditCriteriaTemplates, criteriaTemplates } from './resources/criteriaTemplates';
import { canEditConfiguration } from './common/configuration';
import { canPlanCoaching, coachingPlans } from './resources/coachingPlans';
import { canDecideFollowUp, canReadFollowUp, followUpRules } from './resources/followUpRules';
import { FollowUpQueue } from './resources/followUps';
import { TrainingCompliancePage } from './resources/trainingCompliance';
import { complaints } from './resources/complaints';
import { canProposeCase, DisciplineAuthorities, disciplinaryCases } from './resources/disciplinaryCases';
import { canEditEmployees, canReadEmployees, EmployeeImport, employees } from './resources/employees';
import { canEditOrgUnits, OrgUnitImport, orgUnits } from './resources/orgUnits';
import { canEditIndicators, indicators } from './resources/indicators';
import { PlanApprovals, performancePlans } from './resources/performancePlans';
import { canEditPositions, PositionImport, positions } from './resources/positions';
import { publicServices } from './resources/publicServices';
import { rewards, RewardTypes } from './resources/rewards';
import { canEditScoringSchemes, scoringSchemes } from './resources/scoringSchemes';
import { surveyResponses } from './resources/surveyResponses';
import { surveys } from './resources/surveys';
import { trainingPrograms } from './resources/trainingPrograms';
import { trainingSessions } from './resources/trainingSessions';
import { SiasnPage } from './resources/siasn';
import { canManageUsers, users } from './resources/users';
import { WorkReportQueue, workReports } from './resources/workReports';
import { AttendanceCorrections, AttendanceGrid, AttendanceImport, attendanceRecords } from './resources/attendanceRecords';
import { holidays, WorkCalendarEditor } from './resources/holidays';
import { allowanceSchemes } from './resources/allowanceSchemes';
import { AllowanceBreakdownPage, allowanceSheets, MyAllowancePage } from './resources/allowanceSheets';

const dataProvider = buildDataProvider();

// No `requireAuth`: with it, react-admin 5.15 + react-router 7 can loop logout -> /login thousands
// of times before the login page shows (react-admin issue #10764). Every page checks auth anyway.
// The resources depend on the permissions (authProvider.getPermissions: the user's roles).

export const App = () => (
  <Admin
    title="Kinerja ASN"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    dashboard={Dashboard}
    disableTelemetry
  >
    {(permissions: unknown) => [
      <Resource key="agencies" name="agencies" {...agencies} />,
      // Everyone reads units (within their scope); only editors get the create and edit pages.
      <Resource
        key="orgUnits"
        name="orgUnits"
        {...orgUnits}
        create={canEditOrgUnits(permissions) ? orgUnits.create : undefined}
        edit={canEditOrgUnits(permissions) ? orgUnits.edit : undefined}
      >
        {/* Impor Unit Kerja (a CSV file): /orgUnits/import, for those who may create units. */}
        {canEditOrgUnits(permissions) ? <Route path="import" element={<OrgUnitImport />} /> : null}
      </Resource>,
      // Everyone reads positions (within their scope); only editors get the create and edit pages.
      <Resource
        key="positions"
        name="positions"
        {...positions}
        create={canEditPositions(permissions) ? positions.create : undefined}
        edit={canEditPositions(permissions) ? positions.edit : undefined}
      >
        {/* Impor Jabatan (a CSV file): /positions/import, for those who may create positions. */}
        {canEditPositions(permissions) ? <Route path="import" element={<PositionImport />} /> : null}
      </Resource>,
      // Employees: readers see list and pages, editors also create, change and import them; others get no route.
      canReadEmployees(permissions) ? (
        <Resource
          key="employees"
          name="employees"
          {...employees}
          create={canEditEmployees(permissions) ? employees.create : undefined}
          edit={canEditEmployees(permissions) ? employees.edit : undefined}
        >
          {/* Impor Pegawai (a CSV file): /employees/import, for those who may create employees. */}
          {canEditEmployees(permissions) ? <Route path="import" element={<EmployeeImport />} /> : null}
        </Resource>
      ) : null,
      // Performance criteria and appraisal periods: everyone reads them; only configuration editors
      // (SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER) get the create and edit pages. National records
      // stay read-only for all but platform administrators (their pages say so).
      <Resource
        key="indicators"
        name="indicators"
        {...indicators}
        create={canEditIndicators(permissions) ? indicators.create : undefined}
        edit={canEditIndicators(permissions) ? indicators.edit : undefined}
      />,
      <Resource
        key="behaviourValues"
        name="behaviourValues"
        {...behaviourValues}
        create={canEditBehaviourValues(permissions) ? behaviourValues.create : undefined}
        edit={canEditBehaviourValues(permissions) ? behaviourValues.edit : undefined}
      />,
      <Resource
        key="criteriaTemplates"
        name="criteriaTemplates"
        {...criteriaTemplates}
        create={canEditCriteriaTemplates(permissions) ? criteriaTemplates.create : undefined}
        edit={canEditCriteriaTemplates(permissions) ? criteriaTemplates.edit : undefined}
      />,
      <Resource
        key="scoringSchemes"
        name="scoringSchemes"
        {...scoringSchemes}
        create={canEditScoringSchemes(permissions) ? scoringSchemes.create : undefined}
        edit={canEditScoringSchemes(permissions) ? scoringSchemes.edit : undefined}
      />,
      <Resource
        key="appraisalPeriods"
        name="appraisalPeriods"
        {...appraisalPeriods}
        create={canEditAppraisalPeriods(permissions) ? appraisalPeriods.create : undefined}
        edit={canEditAppraisalPeriods(permissions) ? appraisalPeriods.edit : undefined}
      >
        {/* Kurva distribusi: the predicates of a period per unit against their patterns, /appraisalPeriods/:id/distribution. */}
        <Route path=":id/distribution" element={<PeriodDistribution />} />
      </Resource>,
      // Performance plans (SKP): everyone sees the plans within their reach (their own, their
      // subordinates', those they appraise; HR the agency's). Who may change what is decided per
      // plan (the employee, the appraiser, HR) on its page. Generated from the period's page.
      <Resource key="performancePlans" name="performancePlans" {...performancePlans}>
        {/* Persetujuan SKP: the submitted plans waiting for the actor's decision, /performancePlans/approvals. */}
        <Route path="approvals" element={<PlanApprovals />} />
      </Resource>,
      // Daily work reports: everyone sees those within their reach; filing is for accounts linked to an
      // employee (the page offers it only to them); the supervisor's queue is /workReports/queue.
      <Resource key="workReports" name="workReports" {...workReports}>
        <Route path="queue" element={<WorkReportQueue />} />
      </Resource>,
      // Attendance: everyone reads the records within their scope and the grid; HR imports machine exports.
      <Resource key="attendanceRecords" name="attendanceRecords" {...attendanceRecords}>
        <Route path="grid" element={<AttendanceGrid />} />
        <Route path="corrections" element={<AttendanceCorrections />} />
        {canEditEmployees(permissions) ? <Route path="import" element={<AttendanceImport />} /> : null}
      </Resource>,
      // Holidays and collective leave: everyone reads them; configuration editors add and change them.
      <Resource
        key="holidays"
        name="holidays"
        {...holidays}
        create={canEditConfiguration(permissions) ? holidays.create : undefined}
        edit={canEditConfiguration(permissions) ? holidays.edit : undefined}
      >
        {/* Hari dan jam kerja: the agency's or a unit's working week, /holidays/calendar. */}
        {canEditConfiguration(permissions) ? <Route path="calendar" element={<WorkCalendarEditor />} /> : null}
      </Resource>,
      // The allowance (TPP): HR and administrators keep the scheme versions and the monthly sheets
      // with their workflow; everyone opens their own month (/myAllowance), and a sheet's row opens
      // one employee's month (/allowanceBreakdown/:employeeId/:month; the API scopes it).
      canEditConfiguration(permissions) ? <Resource key="allowanceSchemes" name="allowanceSchemes" {...allowanceSchemes} /> : null,
      canEditConfiguration(permissions) ? <Resource key="allowanceSheets" name="allowanceSheets" {...allowanceSheets} /> : null,
      <CustomRoutes key="allowance">
        <Route path="/myAllowance" element={<MyAllowancePage />} />
        <Route path="/allowanceBreakdown/:employeeId/:month" element={<AllowanceBreakdownPage />} />
      </CustomRoutes>,
      // Community (surveys and complaints): administrators and HR run services and surveys; the
      // complaint queue shows each actor the complaints within their reach (the API scopes it).
      canEditConfiguration(permissions) ? <Resource key="publicServices" name="publicServices" {...publicServices} /> : null,
      canEditConfiguration(permissions) ? <Resource key="surveys" name="surveys" {...surveys} /> : null,
      canEditConfiguration(permissions) ? <Resource key="surveyResponses" name="surveyResponses" {...surveyResponses} /> : null,
      <Resource key="complaints" name="complaints" {...complaints} />,
      // Training: everyone of the agency reads the catalogue and the sessions; HR (configuration
      // editors) keeps them, and enrols employees and records results on a session's page.
      <Resource
        key="trainingPrograms"
        name="trainingPrograms"
        {...trainingPrograms}
        create={canEditConfiguration(permissions) ? trainingPrograms.create : undefined}
        edit={canEditConfiguration(permissions) ? trainingPrograms.edit : undefined}
      />,
      <Resource
        key="trainingSessions"
        name="trainingSessions"
        {...trainingSessions}
        create={canEditConfiguration(permissions) ? trainingSessions.create : undefined}
        edit={canEditConfiguration(permissions) ? trainingSessions.edit : undefined}
      />,
      // Discipline and rewards: everyone sees the cases and rewards within their reach (the API
      // scopes them: HR the agency, supervisors those below them, an employee their own). HR and
      // supervisors report violations; HR grants rewards and keeps the reward types; who decides
      // each level of sanction is on /disciplinaryCases/authorities (administrators change it).
      <Resource
        key="disciplinaryCases"
        name="disciplinaryCases"
        {...disciplinaryCases}
        create={canProposeCase(permissions) ? disciplinaryCases.create : undefined}
      >
        {canEditConfiguration(permissions) ? <Route path="authorities" element={<DisciplineAuthorities />} /> : null}
      </Resource>,
      <Resource key="rewards" name="rewards" {...rewards} create={canEditConfiguration(permissions) ? rewards.create : undefined}>
        <Route path="types" element={<RewardTypes />} />
      </Resource>,
      // Follow-up of results: HR and administrators keep the rules and decide on the recommendations
      // of a closed period; the evaluation team reads both, and the JP compliance per unit
      // (/trainingCompliance). Coaching plans: everyone sees those within their reach (the API
      // scopes them: HR the agency's, supervisors their staff's, employees their own or those they
      // mentor); HR plans them.
      canReadFollowUp(permissions) ? (
        <Resource
          key="followUpRules"
          name="followUpRules"
          {...followUpRules}
          create={canDecideFollowUp(permissions) ? followUpRules.create : undefined}
          edit={canDecideFollowUp(permissions) ? followUpRules.edit : undefined}
        />
      ) : null,
      canReadFollowUp(permissions) ? (
        <CustomRoutes key="followUps">
          <Route path="/followUps" element={<FollowUpQueue />} />
          <Route path="/followUps/:periodId" element={<FollowUpQueue />} />
          <Route path="/trainingCompliance" element={<TrainingCompliancePage />} />
        </CustomRoutes>
      ) : null,
      <Resource
        key="coachingPlans"
        name="coachingPlans"
        {...coachingPlans}
        create={canPlanCoaching(permissions) ? coachingPlans.create : undefined}
      />,
      // Only administrators may list accounts (the API refuses the others): no menu entry, no route.
      canManageUsers(permissions) ? <Resource key="users" name="users" {...users} /> : null,
      <Resource key="auditEntries" name="auditEntries" {...auditEntries} />,
      // SIASN (the national register): import its files with a dry-run difference, export a closed period; /siasn.
      canEditEmployees(permissions) ? (
        <CustomRoutes key="siasn">
          <Route path="/siasn" element={<SiasnPage />} />
        </CustomRoutes>
      ) : null,
    ]}
  </Admin>
);
