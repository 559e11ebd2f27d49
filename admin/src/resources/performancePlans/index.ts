import AssignmentIcon from '@mui/icons-material/Assignment';
import type { RaRecord } from 'react-admin';
import { PerformancePlanEdit } from './plan-edit';
import { PerformancePlanList } from './plan-list';
import { PerformancePlanShow } from './plan-show';

export { PlanApprovals } from './plan-approvals';

/**
 * Rencana Kinerja (SKP): plans per period, made by generatePlans from the period's page; the
 * page of a plan shows its targets with cascading and realisations and offers the steps; the
 * edit page replaces the targets while the plan is a draft or returned. No create or delete.
 */
export const performancePlans = {
  list: PerformancePlanList,
  show: PerformancePlanShow,
  edit: PerformancePlanEdit,
  icon: AssignmentIcon,
  recordRepresentation: (record: RaRecord) =>
    `${(record.employee as { fullName?: string } | undefined)?.fullName ?? ''} — ${(record.period as { name?: string } | undefined)?.name ?? ''}`,
};
