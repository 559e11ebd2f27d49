import { can, type Permission } from '../access';
import { homeKindOf } from '../home/home-rules';

/**
 * The short menu of those who take part in their own work (employees) and of supervisors: only
 * their screens, each offered when the actor holds every permission of the operations it calls.
 * The agency's offices keep the full menu (every resource registered for them, see App.tsx).
 */
export type MenuEntry = {
  key: string;
  to: string;
  label: string;
  needs: Permission[];
};

const PERSONAL: MenuEntry[] = [
  { key: 'home', to: '/', label: 'app.home.menu', needs: ['account.use'] },
  { key: 'queue', to: '/workReports/queue', label: 'resources.workReports.queue.menu', needs: ['workReports.write', 'team.supervise'] },
  {
    key: 'approvals',
    to: '/performancePlans/approvals',
    label: 'resources.performancePlans.approvals.menu',
    needs: ['plans.write', 'team.supervise'],
  },
  { key: 'teamDashboard', to: '/teamDashboard', label: 'app.home.teamDashboard', needs: ['analytics.read', 'team.supervise'] },
  { key: 'workReports', to: '/workReports', label: 'resources.workReports.name', needs: ['workReports.read'] },
  { key: 'plans', to: '/performancePlans', label: 'app.home.targets.menu', needs: ['plans.read'] },
  { key: 'evaluation', to: '/myEvaluation', label: 'app.home.evaluation.menu', needs: ['evaluations.read'] },
  { key: 'allowance', to: '/myAllowance', label: 'resources.allowanceSheets.breakdown.menu', needs: ['allowance.read'] },
  { key: 'training', to: '/trainingSessions', label: 'app.home.training.menu', needs: ['training.read'] },
  {
    key: 'corrections',
    to: '/attendanceRecords/corrections',
    label: 'resources.attendanceRecords.corrections.menu',
    needs: ['attendance.write', 'team.supervise'],
  },
  {
    key: 'attendanceGrid',
    to: '/attendanceRecords/grid',
    label: 'resources.attendanceRecords.grid.menu',
    needs: ['attendance.read', 'team.supervise'],
  },
  { key: 'discipline', to: '/disciplinaryCases', label: 'resources.disciplinaryCases.name', needs: ['discipline.write', 'team.supervise'] },
];

/** The entries of the short menu the actor may use; null for the agency's offices, who keep the full menu. */
export const personalMenu = (permissions: unknown): MenuEntry[] | null =>
  homeKindOf(permissions) === 'office' ? null : PERSONAL.filter((entry) => entry.needs.every((need) => can(permissions, need)));
