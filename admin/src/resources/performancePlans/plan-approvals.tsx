import { can } from '../../access';
import { Alert } from '@mui/material';
import { ExportButton, List, Loading, TopToolbar, useTranslate } from 'react-admin';

import { PLAN_LIST_FIELDS, PlanTable, usePlanExporter } from './plan-list';
import { useCurrentActor } from './use-current-actor';

/**
 * The plans waiting for the actor's decision: SUBMITTED plans they appraise (`appraiserId`), and
 * for HR also those without an appraiser in the system (the head of the region's), which HR
 * approves. A fixed filter: the list shows nothing else.
 */
const useApprovalFilter = (): Record<string, unknown> | null | undefined => {
  const actor = useCurrentActor();
  if (!actor) return undefined;
  const mine = actor.employeeId ? [{ appraiserId: { eq: actor.employeeId } }] : [];
  const forHr = can(actor.permissions, 'plans.manageAgency') ? [{ appraiserId: { isNull: true } }] : [];
  const who = [...mine, ...forHr];
  if (who.length === 0) return null;
  return { status: 'SUBMITTED', or: who };
};

/** Persetujuan SKP: the supervisor's queue of submitted plans, oldest submission first. */
export const PlanApprovals = () => {
  const translate = useTranslate();
  const filter = useApprovalFilter();
  const exporter = usePlanExporter();
  if (filter === undefined) return <Loading />;
  if (filter === null) {
    return (
      <Alert severity="info" sx={{ mt: 2 }} data-testid="approvals-not-appraiser">
        {translate('resources.performancePlans.approvals.notAppraiser')}
      </Alert>
    );
  }
  return (
    <List
      resource="performancePlans"
      title="resources.performancePlans.approvals.title"
      filter={filter}
      sort={{ field: 'submittedAt', order: 'ASC' }}
      perPage={25}
      disableSyncWithLocation
      storeKey="performancePlans.approvals"
      exporter={exporter}
      actions={
        <TopToolbar>
          <ExportButton />
        </TopToolbar>
      }
      empty={
        <Alert severity="success" sx={{ mt: 2 }} data-testid="approvals-empty">
          {translate('resources.performancePlans.approvals.empty')}
        </Alert>
      }
      queryOptions={{ meta: { fields: PLAN_LIST_FIELDS } }}
    >
      <PlanTable />
    </List>
  );
};
