import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import { can, type Permission } from './access';
import { authProvider } from './authProvider';
import { Dashboard, TeamDashboardPage } from './dashboard/dashboard';
import { MyEvaluationPage } from './home/my-home';
import { buildDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/app-layout';
import { agencies } from './resources/agencies';
import { appraisalPeriods, PeriodDistribution } from './resources/appraisalPeriods';
import { auditEntries } from './resources/auditEntries';
import { behaviourValues } from './resources/behaviourValues';
import { criteriaTemplates } from './resources/criteriaTemplates';
import { coachingPlans } from './resources/coachingPlans';
import { followUpRules } from './resources/followUpRules';
import { FollowUpQueue } from './resources/followUps';
import { TrainingCompliancePage } from './resources/trainingCompliance';
import { complaints } from './resources/complaints';
import { canProposeCase, DisciplineAuthorities, disciplinaryCases } from './resources/disciplinaryCases';
import { EmployeeImport, employees } from './resources/employees';
import { OrgUnitImport, orgUnits } from './resources/orgUnits';
import { indicators } from './resources/indicators';
import { PlanApprovals, performancePlans } from './resources/performancePlans';
import { PositionImport, positions } from './resources/positions';
import { publicServices } from './resources/publicServices';
import { rewards, RewardTypes } from './resources/rewards';
import { scoringSchemes } from './resources/scoringSchemes';
import { surveyResponses } from './resources/surveyResponses';
import { surveys } from './resources/surveys';
import { trainingPrograms } from './resources/trainingPrograms';
import { trainingSessions } from './resources/trainingSessions';
import { SiasnPage } from './resources/siasn';
import { users } from './resources/users';
import { WorkReportQueue, workReports } from './resources/workReports';
import { AttendanceCorrections, AttendanceGrid, AttendanceImport, attendanceRecords } from './resources/attendanceRecords';
import { holidays, WorkCalendarEditor } from './resources/holidays';
import { allowanceSchemes } from './resources/allowanceSchemes';
import { AllowanceBreakdownPage, allowanceSheets, MyAllowancePage } from './resources/allowanceSheets';

const dataProvider = buildDataProvider();

// No `requireAuth`: with it, react-admin 5.15 + react-router 7 can loop logout -> /login thousands
// of times before the login page shows (react-admin issue #10764). Every page checks auth anyway.
// The resources depend on the actor's permissions (authProvider.getPermissions: the named permissions
// of the API's access policy, see access.ts): a list, page, create or edit page, or route is
// registered only for those holding the permission of the operation it calls (the resolvers' @Allow).
// Resources whose list the API refuses to an actor are not registered for them (no menu entry).

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
    {(permissions: unknown) => {
      const may = (permission: Permission) => can(permissions, permission);
      return [
        // Everyone reads agencies within their reach; registering and deleting them (createAgency,
        // deleteAgency) is for platform administrators, changing one (updateAgency) also for agency ones.
        <Resource
          key="agencies"
          name="agencies"
          {...agencies}
          create={may('agencies.create') ? agencies.create : undefined}
          edit={may('agencies.update') ? agencies.edit : undefined}
        />,
        // Everyone reads units (within their scope); organization.manage gets the create, edit and import pages.
        <Resource
          key="orgUnits"
          name="orgUnits"
          {...orgUnits}
          create={may('organization.manage') ? orgUnits.create : undefined}
          edit={may('organization.manage') ? orgUnits.edit : undefined}
        >
          {/* Impor Unit Kerja (a CSV file): /orgUnits/import, for those who may create units. */}
          {may('organization.manage') ? <Route path="import" element={<OrgUnitImport />} /> : null}
        </Resource>,
        // Everyone reads positions (within their scope); organization.manage gets the create, edit and import pages.
        <Resource
          key="positions"
          name="positions"
          {...positions}
          create={may('organization.manage') ? positions.create : undefined}
          edit={may('organization.manage') ? positions.edit : undefined}
        >
          {/* Impor Jabatan (a CSV file): /positions/import, for those who may create positions. */}
          {may('organization.manage') ? <Route path="import" element={<PositionImport />} /> : null}
        </Resource>,
        // Employees: readers of the whole agency (employees.readAgency) see list and pages, those with
        // employees.manage also create, change and import them; others get no route.
        may('employees.readAgency') ? (
          <Resource
            key="employees"
            name="employees"
            {...employees}
            create={may('employees.manage') ? employees.create : undefined}
            edit={may('employees.manage') ? employees.edit : undefined}
          >
            {/* Impor Pegawai (a CSV file): /employees/import, for those who may create employees. */}
            {may('employees.manage') ? <Route path="import" element={<EmployeeImport />} /> : null}
          </Resource>
        ) : null,
        // Performance criteria and appraisal periods: everyone reads them (configuration.read); only
        // those with configuration.manage get the create and edit pages. National records stay
        // read-only for all but those reaching every agency (agencies.all; their pages say so).
        <Resource
          key="indicators"
          name="indicators"
          {...indicators}
          create={may('configuration.manage') ? indicators.create : undefined}
          edit={may('configuration.manage') ? indicators.edit : undefined}
        />,
        <Resource
          key="behaviourValues"
          name="behaviourValues"
          {...behaviourValues}
          create={may('configuration.manage') ? behaviourValues.create : undefined}
          edit={may('configuration.manage') ? behaviourValues.edit : undefined}
        />,
        <Resource
          key="criteriaTemplates"
          name="criteriaTemplates"
          {...criteriaTemplates}
          create={may('configuration.manage') ? criteriaTemplates.create : undefined}
          edit={may('configuration.manage') ? criteriaTemplates.edit : undefined}
        />,
        <Resource
          key="scoringSchemes"
          name="scoringSchemes"
          {...scoringSchemes}
          create={may('configuration.manage') ? scoringSchemes.create : undefined}
          edit={may('configuration.manage') ? scoringSchemes.edit : undefined}
        />,
        <Resource
          key="appraisalPeriods"
          name="appraisalPeriods"
          {...appraisalPeriods}
          create={may('configuration.manage') ? appraisalPeriods.create : undefined}
          edit={may('configuration.manage') ? appraisalPeriods.edit : undefined}
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
          {may('attendance.manage') ? <Route path="import" element={<AttendanceImport />} /> : null}
        </Resource>,
        // Holidays and collective leave: everyone reads them; configuration.manage adds and changes them.
        <Resource
          key="holidays"
          name="holidays"
          {...holidays}
          create={may('configuration.manage') ? holidays.create : undefined}
          edit={may('configuration.manage') ? holidays.edit : undefined}
        >
          {/* Hari dan jam kerja: the agency's or a unit's working week, /holidays/calendar. */}
          {may('configuration.manage') ? <Route path="calendar" element={<WorkCalendarEditor />} /> : null}
        </Resource>,
        // The allowance (TPP): allowance.manage keeps the scheme versions, allowance.readAgency reads
        // the monthly sheets with their workflow; everyone opens their own month (/myAllowance), and a sheet's row opens
        // one employee's month (/allowanceBreakdown/:employeeId/:month; the API scopes it).
        may('allowance.manage') ? <Resource key="allowanceSchemes" name="allowanceSchemes" {...allowanceSchemes} /> : null,
        may('allowance.readAgency') ? <Resource key="allowanceSheets" name="allowanceSheets" {...allowanceSheets} /> : null,
        <CustomRoutes key="allowance">
          <Route path="/myAllowance" element={<MyAllowancePage />} />
          {/* Evaluasi saya: the signed-in employee's latest evaluation, to acknowledge or object to. */}
          <Route path="/myEvaluation" element={<MyEvaluationPage />} />
          {/* Dasbor tim: the dashboard's figures for a supervisor's subtree (analytics.read), off their home. */}
          {may('analytics.read') ? <Route path="/teamDashboard" element={<TeamDashboardPage />} /> : null}
          <Route path="/allowanceBreakdown/:employeeId/:month" element={<AllowanceBreakdownPage />} />
        </CustomRoutes>,
        // Community (surveys and complaints): configuration.manage runs services and surveys,
        // community.readAgency reads the responses; the complaint queue shows each actor the
        // complaints within their reach (the API scopes it).
        may('configuration.manage') ? <Resource key="publicServices" name="publicServices" {...publicServices} /> : null,
        may('configuration.manage') ? <Resource key="surveys" name="surveys" {...surveys} /> : null,
        may('community.readAgency') ? <Resource key="surveyResponses" name="surveyResponses" {...surveyResponses} /> : null,
        <Resource key="complaints" name="complaints" {...complaints} />,
        // Training: everyone of the agency reads the catalogue and the sessions; training.manage (HR)
        // keeps them, and enrols employees and records results on a session's page.
        <Resource
          key="trainingPrograms"
          name="trainingPrograms"
          {...trainingPrograms}
          create={may('training.manage') ? trainingPrograms.create : undefined}
          edit={may('training.manage') ? trainingPrograms.edit : undefined}
        />,
        <Resource
          key="trainingSessions"
          name="trainingSessions"
          {...trainingSessions}
          create={may('training.manage') ? trainingSessions.create : undefined}
          edit={may('training.manage') ? trainingSessions.edit : undefined}
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
          {may('discipline.manage') ? <Route path="authorities" element={<DisciplineAuthorities />} /> : null}
        </Resource>,
        <Resource key="rewards" name="rewards" {...rewards} create={may('discipline.manage') ? rewards.create : undefined}>
          <Route path="types" element={<RewardTypes />} />
        </Resource>,
        // Follow-up of results: HR and administrators keep the rules and decide on the recommendations
        // of a closed period; the evaluation team reads both, and the JP compliance per unit
        // (/trainingCompliance). Coaching plans: everyone sees those within their reach (the API
        // scopes them: HR the agency's, supervisors their staff's, employees their own or those they
        // mentor); HR plans them.
        may('followUps.read') ? (
          <Resource
            key="followUpRules"
            name="followUpRules"
            {...followUpRules}
            create={may('discipline.manage') ? followUpRules.create : undefined}
            edit={may('discipline.manage') ? followUpRules.edit : undefined}
          />
        ) : null,
        may('followUps.read') ? (
          <CustomRoutes key="followUps">
            <Route path="/followUps" element={<FollowUpQueue />} />
            <Route path="/followUps/:periodId" element={<FollowUpQueue />} />
          </CustomRoutes>
        ) : null,
        // The JP compliance per unit reads every employee of the agency (trainingCompliance, employees.readAgency).
        may('employees.readAgency') ? (
          <CustomRoutes key="trainingCompliance">
            <Route path="/trainingCompliance" element={<TrainingCompliancePage />} />
          </CustomRoutes>
        ) : null,
        <Resource
          key="coachingPlans"
          name="coachingPlans"
          {...coachingPlans}
          create={may('discipline.manage') ? coachingPlans.create : undefined}
        />,
        // Only account managers may list accounts (users, users.manage; the API refuses the others): no menu entry, no route.
        may('users.manage') ? <Resource key="users" name="users" {...users} /> : null,
        // The audit trail: only for those who may read it (auditEntries, audit.read); no menu entry, no route for others.
        may('audit.read') ? <Resource key="auditEntries" name="auditEntries" {...auditEntries} /> : null,
        // SIASN (the national register): import its files with a dry-run difference, export a closed period; /siasn.
        may('siasn.manage') ? (
          <CustomRoutes key="siasn">
            <Route path="/siasn" element={<SiasnPage />} />
          </CustomRoutes>
        ) : null,
      ];
    }}
  </Admin>
);
