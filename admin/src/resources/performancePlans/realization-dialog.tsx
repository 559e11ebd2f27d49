import DeleteIcon from '@mui/icons-material/Delete';
import { IconButton, Tooltip } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import {
  Button,
  Confirm,
  maxLength,
  minValue,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { FormDialog } from '../../common/form-dialog';
import type { KinerjaDataProvider } from '../../dataProvider';
import { parseEvidenceLinks, recordablePeriods, todayInIndonesia, validateEvidenceLinks, type PeriodChoice } from './plan-rules';

/** A target of the plan page, as far as the dialog needs it. */
type TargetChoice = { id: string; sortOrder: number; indicator: { code: string; name: string; unit: string } };

const validateRequired = [required()];
const validateValue = [required(), minValue(0)];
const validateNote = [maxLength(2000)];
const validateLinks = [validateEvidenceLinks];

const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'ra.notification.http_error');

/**
 * The API names a bad link by its position (`evidenceLinks.2`); the dialog has one input for
 * all of them, so such errors are shown on it.
 */
const onLinksInput = (error: unknown): unknown => {
  const body = (error as { body?: { errors?: Record<string, string> } } | null)?.body;
  if (!body?.errors) return error;
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(body.errors)) {
    const name = field.startsWith('evidenceLinks.') ? 'evidenceLinks' : field;
    errors[name] ??= message;
  }
  body.errors = errors;
  return error;
};

/**
 * "Catat realisasi": what was achieved on a target of the (approved) plan in a period: the
 * plan's own period or one of its sub-periods that has started, the value in the indicator's
 * unit, a note and evidence links (one per line). A second record for the same target and
 * period replaces the first (the API's rule), which the dialog says.
 */
export const RecordRealizationButton = ({ icon }: { icon: ReactElement }) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record) return null;

  const targets = (record.targets ?? []) as TargetChoice[];
  const period = record.period as PeriodChoice & { children?: PeriodChoice[] };
  const periods = recordablePeriods(period, period.children ?? [], todayInIndonesia());
  const targetChoices = targets.map((target) => ({
    id: target.id,
    name: `${target.sortOrder}. ${target.indicator.code} — ${target.indicator.name}`,
  }));
  const periodChoices = periods.map((choice) => ({ id: choice.id, name: choice.name }));

  const submit = async (values: Record<string, unknown>) => {
    const note = typeof values.note === 'string' && values.note.trim() !== '' ? values.note.trim() : null;
    try {
      await dataProvider.recordRealization({
        targetId: String(values.targetId),
        periodId: String(values.periodId),
        value: Number(values.value),
        note,
        evidenceLinks: parseEvidenceLinks(values.evidenceLinks),
      });
    } catch (error) {
      throw onLinksInput(error);
    }
    setOpen(false);
    notify('resources.performancePlans.realizations.success', { type: 'success' });
    refresh();
  };

  return (
    <>
      <Button
        label="resources.performancePlans.realizations.action"
        variant="contained"
        onClick={() => setOpen(true)}
        data-testid="plan-record-realization"
      >
        {icon}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.performancePlans.realizations.title"
        description="resources.performancePlans.realizations.description"
        submitLabel="resources.performancePlans.realizations.submit"
        submitIcon={icon}
        onSubmit={submit}
        maxWidth="sm"
      >
        <SelectInput
          source="targetId"
          label="resources.performancePlans.realizations.targetId"
          choices={targetChoices}
          defaultValue={targetChoices[0]?.id}
          translateChoice={false}
          validate={validateRequired}
          fullWidth
        />
        <SelectInput
          source="periodId"
          label="resources.performancePlans.realizations.periodId"
          choices={periodChoices}
          defaultValue={periodChoices.length > 1 ? periodChoices[periodChoices.length - 2].id : periodChoices[0]?.id}
          translateChoice={false}
          validate={validateRequired}
          helperText={translate('resources.performancePlans.realizations.periodHelper')}
          fullWidth
        />
        <NumberInput source="value" label="resources.performancePlans.realizations.value" validate={validateValue} min={0} fullWidth />
        <TextInput
          source="note"
          label="resources.performancePlans.realizations.note"
          validate={validateNote}
          multiline
          minRows={2}
          fullWidth
        />
        <TextInput
          source="evidenceLinks"
          label="resources.performancePlans.realizations.evidenceLinks"
          helperText="resources.performancePlans.realizations.evidenceHelper"
          validate={validateLinks}
          multiline
          minRows={2}
          fullWidth
        />
      </FormDialog>
    </>
  );
};

/** Deletes a realisation after a confirmation, based on the version shown (a changed one is refused). */
export const DeleteRealizationButton = ({ id, version, label }: { id: Identifier; version: number; label: string }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => dataProvider.deleteRealization(id, version),
    onSuccess: () => {
      notify('resources.performancePlans.realizations.deleted', { type: 'info' });
      refresh();
    },
    onError: (error) => {
      notify(messageOf(error), { type: 'error', autoHideDuration: 15_000 });
      refresh();
    },
  });
  return (
    <>
      <Tooltip title={translate('resources.performancePlans.realizations.delete')}>
        <IconButton
          size="small"
          aria-label={translate('resources.performancePlans.realizations.delete')}
          onClick={() => setConfirming(true)}
          disabled={mutation.isPending}
        >
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={confirming}
        title="resources.performancePlans.realizations.confirmDelete"
        content={label}
        confirm="ra.action.delete"
        confirmColor="warning"
        onConfirm={() => {
          setConfirming(false);
          mutation.mutate();
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
