import { can } from '../../access';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import { Alert, AlertTitle, Box, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Confirm,
  maxLength,
  minLength,
  required,
  TextInput,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { FormDialog } from '../../common/form-dialog';
import type { KinerjaDataProvider } from '../../dataProvider';
import { StatusChip } from './period-fields';
import { activeStepOf, canReopenPeriod, lifecycleSteps, statusLabel, stepActionLabel, type PeriodStatus } from './period-lifecycle';

/** The next step as the API reports it (`nextStep`): where it leads, whether it is allowed now, and why not. */
type NextStep = { to: PeriodStatus; allowed: boolean; blockers: string[] };

const validateReason = [required(), minLength(10), maxLength(1000)];

const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'ra.notification.http_error');

/** "Buka kembali": a platform administrator takes a CLOSED period back to EVALUATION, saying why. */
const ReopenPeriodButton = ({ id, version, name }: { id: Identifier; version: number; name: string }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const reopen = async (values: { reason?: string }) => {
    await dataProvider.reopenPeriod(id, version, String(values.reason ?? '').trim());
    setOpen(false);
    notify('resources.appraisalPeriods.reopen.success', { type: 'success', messageArgs: { name } });
    refresh();
  };
  return (
    <>
      <Button label="resources.appraisalPeriods.reopen.action" onClick={() => setOpen(true)} variant="outlined">
        <LockOpenIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.appraisalPeriods.reopen.title"
        description="resources.appraisalPeriods.reopen.description"
        messageArgs={{ name }}
        submitLabel="resources.appraisalPeriods.reopen.submit"
        submitIcon={<LockOpenIcon />}
        onSubmit={reopen}
        maxWidth="sm"
      >
        <TextInput
          source="reason"
          label="resources.appraisalPeriods.reopen.reason"
          validate={validateReason}
          multiline
          minRows={3}
          fullWidth
          helperText="resources.appraisalPeriods.reopen.reasonHelper"
        />
      </FormDialog>
    </>
  );
};

/**
 * The period's lifecycle as steps (DRAFT, PLANNING, MONITORING, EVALUATION, CLOSED), with the one
 * step it can take next: its button, enabled only when the API allows it now, and what blocks it
 * when not. Closing asks for a confirmation (a closed period is read-only). After a step the page
 * reloads the period; a refusal (a blocker that appeared meanwhile, a stale version) is shown in a
 * notification with the API's reasons.
 */
export const PeriodLifecyclePanel = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [confirmingClose, setConfirmingClose] = useState(false);
  const step = useMutation({
    mutationFn: ({ id, version, to }: { id: Identifier; version: number; to: PeriodStatus }) =>
      dataProvider.takePeriodStep(id, version, to),
    // The stepper, the status and the history show the step at once: no toast, so that a refusal
    // is never queued behind one.
    onSuccess: () => refresh(),
    onError: (error) => {
      notify(messageOf(error), { type: 'error', autoHideDuration: 10_000 });
      refresh();
    },
  });

  if (!record) return null;
  const status = String(record.status);
  const next = (record.nextStep ?? null) as NextStep | null;
  const editor = can(permissions, 'configuration.manage');
  const take = () => step.mutate({ id: record.id, version: Number(record.version), to: next!.to });

  return (
    <Box sx={{ px: 2, pt: 2 }} data-testid="period-lifecycle">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="subtitle2">{translate('resources.appraisalPeriods.fields.status')}:</Typography>
        <StatusChip status={status} testId="period-status" />
      </Stack>
      <Stepper
        activeStep={activeStepOf(status)}
        alternativeLabel
        aria-label={translate('resources.appraisalPeriods.lifecycle.title')}
        data-testid="period-stepper"
      >
        {lifecycleSteps(status).map(({ status: stage, state }) => (
          <Step key={stage} completed={state === 'done'}>
            <StepLabel>{translate(statusLabel(stage))}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Stack spacing={1} sx={{ mt: 2, alignItems: 'flex-start' }}>
        {next && editor ? (
          <Button
            variant="contained"
            label={stepActionLabel(next.to)}
            disabled={!next.allowed || step.isPending}
            onClick={() => (next.to === 'CLOSED' ? setConfirmingClose(true) : take())}
            data-testid="period-next-step"
          >
            <SkipNextIcon />
          </Button>
        ) : null}
        {next && !next.allowed ? (
          <Alert severity="warning" data-testid="period-blockers" sx={{ width: '100%' }}>
            <AlertTitle>
              {translate('resources.appraisalPeriods.lifecycle.blocked', { status: translate(statusLabel(next.to)) })}
            </AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {next.blockers.map((blocker) => (
                <li key={blocker}>{blocker}</li>
              ))}
            </Box>
          </Alert>
        ) : null}
        {!next ? <Typography variant="body2">{translate('resources.appraisalPeriods.lifecycle.closed')}</Typography> : null}
        {canReopenPeriod(permissions, status) ? (
          <ReopenPeriodButton id={record.id} version={Number(record.version)} name={String(record.name)} />
        ) : null}
      </Stack>
      <Confirm
        isOpen={confirmingClose}
        title="resources.appraisalPeriods.lifecycle.confirmClose.title"
        content="resources.appraisalPeriods.lifecycle.confirmClose.content"
        titleTranslateOptions={{ name: String(record.name) }}
        contentTranslateOptions={{ name: String(record.name) }}
        confirm="resources.appraisalPeriods.lifecycle.actions.CLOSED"
        confirmColor="warning"
        onConfirm={() => {
          setConfirmingClose(false);
          take();
        }}
        onClose={() => setConfirmingClose(false)}
      />
    </Box>
  );
};
