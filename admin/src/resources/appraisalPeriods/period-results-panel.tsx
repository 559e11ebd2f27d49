import { can } from '../../access';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import BarChartIcon from '@mui/icons-material/BarChart';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import PublicIcon from '@mui/icons-material/Public';
import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { BooleanInput, Button, Link, useDataProvider, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { PdfDownloadButton } from '../../common/export-buttons';
import { FormDialog } from '../../common/form-dialog';
import { RecordLink } from '../../common/record-link';
import type { ConfirmedEvaluations, KinerjaDataProvider } from '../../dataProvider';
import { useCurrentActor } from '../performancePlans/use-current-actor';
import { PeriodUnitDialog } from './period-unit-dialog';

type Published = { units: number; suppressed: number };

/** What confirming at once did: how many, and the drafts left with what keeps each (a link to its plan). */
const ConfirmedReport = ({ result, onClose }: { result: ConfirmedEvaluations; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Alert
      severity={result.skippedCount > 0 ? 'warning' : 'success'}
      onClose={onClose}
      sx={{ width: '100%' }}
      data-testid="confirm-evaluations-result"
    >
      <AlertTitle>
        {translate('resources.appraisalPeriods.results.confirmed', { confirmed: result.confirmed, skipped: result.skippedCount })}
      </AlertTitle>
      {result.skipped.length > 0 ? (
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {result.skipped.map((entry) => (
            <li key={entry.planId}>
              <RecordLink resource="performancePlans" id={entry.planId}>
                {entry.employeeName}
              </RecordLink>
              {`: ${entry.problems.join('; ')}`}
            </li>
          ))}
        </Box>
      ) : null}
    </Alert>
  );
};

/**
 * The period's results: "Konfirmasi semua penilaian lengkap" while it is EVALUATION (for HR, the
 * agency's drafts; for an appraiser, their own), the distribution curve from EVALUATION on, and
 * "Publikasikan hasil" once CLOSED (HR), saying how many units were published and suppressed.
 */
export const PeriodResultsPanel = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const actor = useCurrentActor();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const [confirmed, setConfirmed] = useState<ConfirmedEvaluations | null>(null);
  const [published, setPublished] = useState<Published | null>(null);
  if (!record || (record.status !== 'EVALUATION' && record.status !== 'CLOSED')) return null;
  const editor = can(permissions, 'configuration.manage');
  const canConfirm = record.status === 'EVALUATION' && (editor || !!actor?.employeeId);
  const canPublish = record.status === 'CLOSED' && editor;

  const confirmAll = async (values: { unitId?: string | null }) => {
    const { data } = await dataProvider.confirmEvaluations(record.id, values.unitId || null);
    setConfirmOpen(false);
    setConfirmed(data);
    refresh();
  };

  const publish = async (values: { includeEmployees?: boolean }) => {
    const { data } = await dataProvider.publishResults(record.id, !!values.includeEmployees);
    setPublishOpen(false);
    setPublished(data);
  };

  return (
    <Box sx={{ px: 2, pt: 2 }} data-testid="period-results">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2">{translate('resources.appraisalPeriods.results.title')}:</Typography>
        <Button
          component={Link}
          to={`/appraisalPeriods/${encodeURIComponent(String(record.id))}/distribution`}
          label="resources.appraisalPeriods.results.distribution"
          data-testid="period-distribution-link"
        >
          <BarChartIcon />
        </Button>
        {record.status === 'CLOSED' && can(permissions, 'followUps.read') ? (
          <Button
            component={Link}
            to={`/followUps/${encodeURIComponent(String(record.id))}`}
            label="resources.appraisalPeriods.results.followUp"
            data-testid="period-follow-up-link"
          >
            <AssignmentTurnedInIcon />
          </Button>
        ) : null}
        <PdfDownloadButton path={`periods/${encodeURIComponent(String(record.id))}/report.pdf`} label="app.exports.reportPdf" />
        {canConfirm ? (
          <Button
            label="resources.appraisalPeriods.results.confirmAll"
            variant="outlined"
            onClick={() => setConfirmOpen(true)}
            data-testid="confirm-evaluations"
          >
            <DoneAllIcon />
          </Button>
        ) : null}
        {canPublish ? (
          <Button
            label="resources.appraisalPeriods.results.publish"
            variant="contained"
            onClick={() => setPublishOpen(true)}
            data-testid="publish-results"
          >
            <PublicIcon />
          </Button>
        ) : null}
      </Stack>
      {confirmed ? (
        <Box sx={{ mt: 1 }}>
          <ConfirmedReport result={confirmed} onClose={() => setConfirmed(null)} />
        </Box>
      ) : null}
      {published ? (
        <Alert severity="success" sx={{ mt: 1 }} onClose={() => setPublished(null)} data-testid="publish-results-result">
          {translate('resources.appraisalPeriods.results.published', published)}
        </Alert>
      ) : null}
      <PeriodUnitDialog
        open={confirmOpen}
        onClose={() => setConfirmOpen(false)}
        title="resources.appraisalPeriods.results.confirmTitle"
        description="resources.appraisalPeriods.results.confirmDescription"
        submitLabel="resources.appraisalPeriods.results.confirmSubmit"
        record={record}
        icon={<DoneAllIcon />}
        onSubmit={confirmAll}
      />
      <FormDialog
        open={publishOpen}
        onClose={() => setPublishOpen(false)}
        title="resources.appraisalPeriods.results.publishTitle"
        description="resources.appraisalPeriods.results.publishDescription"
        messageArgs={{ name: record.name }}
        submitLabel="resources.appraisalPeriods.results.publishSubmit"
        submitIcon={<PublicIcon />}
        onSubmit={publish}
        alwaysEnableSubmit
        maxWidth="sm"
      >
        <BooleanInput
          source="includeEmployees"
          label="resources.appraisalPeriods.results.includeEmployees"
          helperText="resources.appraisalPeriods.results.includeEmployeesHelper"
        />
      </FormDialog>
    </Box>
  );
};
