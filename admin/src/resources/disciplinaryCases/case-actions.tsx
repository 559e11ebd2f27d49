import DoneAllIcon from '@mui/icons-material/DoneAll';
import GavelIcon from '@mui/icons-material/Gavel';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import RuleIcon from '@mui/icons-material/Rule';
import SearchIcon from '@mui/icons-material/ManageSearch';
import { useState } from 'react';
import {
  Button,
  Confirm,
  DateInput,
  FormDataConsumer,
  maxLength,
  minLength,
  RadioButtonGroupInput,
  required,
  TextInput,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DialogActionButton } from '../../common/dialog-action-button';
import { FormDialog } from '../../common/form-dialog';
import type { KinerjaDataProvider } from '../../dataProvider';
import { formatDay } from '../../common/format';
import { todayInIndonesia } from '../performancePlans/plan-rules';
import { refusalText } from './case-refusal';
import { appealOutcomeChoices, type CaseStep } from './case-rules';
import { SanctionTypeInput } from './sanction-type-input';

const validateRecord = [required(), minLength(10), maxLength(20000)];
const validateReason = [required(), minLength(10), maxLength(4000)];
const validateNote = [required(), minLength(3), maxLength(4000)];
const validateDecree = [required(), minLength(3), maxLength(100)];

type Translate = ReturnType<typeof useTranslate>;

/**
 * Runs a step; a field error stays on its input (FormDialog), any other refusal is rethrown with
 * its explanation in words, which the dialog shows.
 */
const explained = async <T,>(step: () => Promise<T>, translate: Translate): Promise<T> => {
  try {
    return await step();
  } catch (error) {
    if ((error as { body?: { errors?: unknown } }).body?.errors) throw error;
    throw new Error(refusalText(error, translate));
  }
};

const lines = (text: unknown): string[] =>
  String(text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Periksa: the examination record (BAP), its day and the examiner(s), one per line. */
const ExamineButton = ({ record }: { record: RaRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  return (
    <DialogActionButton<{ examinedOn?: string; examiners?: string; record?: string }>
      texts="resources.disciplinaryCases.examine"
      icon={<SearchIcon />}
      onSubmit={(values) =>
        explained(
          () =>
            dataProvider.examineDisciplinaryCase(record.id, Number(record.version), {
              examinedOn: String(values.examinedOn ?? todayInIndonesia()),
              examiners: lines(values.examiners),
              record: String(values.record ?? '').trim(),
            }),
          translate,
        )
      }
      testId="case-examine"
      variant={record.status === 'PROPOSED' ? 'contained' : 'outlined'}
    >
      <DateInput
        source="examinedOn"
        label="resources.disciplinaryCases.fields.examinedOn"
        defaultValue={todayInIndonesia()}
        validate={required()}
      />
      <TextInput
        source="examiners"
        label="resources.disciplinaryCases.fields.examiners"
        helperText="resources.disciplinaryCases.helpers.examiners"
        validate={required()}
        multiline
        minRows={2}
        fullWidth
      />
      <TextInput
        source="record"
        label="resources.disciplinaryCases.fields.examinationRecord"
        validate={validateRecord}
        multiline
        minRows={4}
        fullWidth
      />
    </DialogActionButton>
  );
};

/**
 * Putuskan: a sanction of the catalogue by decree. The effective day defaults to the 15th working
 * day after the decree; the API computes the end from the type and the notice says both.
 */
const DecideButton = ({ record }: { record: RaRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const submit = async (values: Record<string, unknown>) => {
    const { data } = await explained(
      () =>
        dataProvider.decideDisciplinaryCase(record.id, Number(record.version), {
          sanctionTypeCode: String(values.sanctionTypeCode ?? ''),
          decreeNumber: String(values.decreeNumber ?? '').trim(),
          decreeDate: String(values.decreeDate ?? ''),
          effectiveFrom: (values.effectiveFrom as string | null | undefined) ?? null,
        }),
      translate,
    );
    setOpen(false);
    notify(data.endDate ? 'resources.disciplinaryCases.decide.success' : 'resources.disciplinaryCases.decide.successPermanent', {
      type: 'success',
      autoHideDuration: 10_000,
      messageArgs: { effectiveFrom: formatDay(data.effectiveFrom), endDate: formatDay(data.endDate) },
    });
    refresh();
  };
  return (
    <>
      <Button label="resources.disciplinaryCases.decide.action" variant="contained" onClick={() => setOpen(true)} data-testid="case-decide">
        <GavelIcon />
      </Button>
      {open ? (
        <FormDialog
          open
          onClose={() => setOpen(false)}
          title="resources.disciplinaryCases.decide.title"
          description="resources.disciplinaryCases.decide.description"
          submitLabel="resources.disciplinaryCases.decide.submit"
          submitIcon={<GavelIcon />}
          onSubmit={submit}
          alwaysEnableSubmit
          maxWidth="sm"
        >
          <SanctionTypeInput />
          <TextInput source="decreeNumber" label="resources.disciplinaryCases.fields.decreeNumber" validate={validateDecree} fullWidth />
          <DateInput
            source="decreeDate"
            label="resources.disciplinaryCases.fields.decreeDate"
            defaultValue={todayInIndonesia()}
            validate={required()}
          />
          <DateInput
            source="effectiveFrom"
            label="resources.disciplinaryCases.fields.effectiveFrom"
            helperText="resources.disciplinaryCases.helpers.effectiveFrom"
          />
        </FormDialog>
      ) : null}
    </>
  );
};

/** Aktifkan / Selesaikan: a step without inputs, after a confirmation; a refusal says why (not yet in force, still running). */
const ConfirmStepButton = ({ record, step }: { record: RaRecord; step: 'activate' | 'complete' }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const texts = `resources.disciplinaryCases.${step}`;
  const confirm = async () => {
    setLoading(true);
    try {
      if (step === 'activate') await dataProvider.activateDisciplinaryCase(record.id, Number(record.version));
      else await dataProvider.completeDisciplinaryCase(record.id, Number(record.version));
      notify(`${texts}.success`, { type: 'success' });
    } catch (error) {
      notify(refusalText(error, translate), { type: 'error', autoHideDuration: 15_000 });
    } finally {
      setLoading(false);
      setOpen(false);
      refresh();
    }
  };
  return (
    <>
      <Button label={`${texts}.action`} variant="contained" onClick={() => setOpen(true)} data-testid={`case-${step}`}>
        {step === 'activate' ? <PlayArrowIcon /> : <DoneAllIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={loading}
        title={`${texts}.title`}
        content={`${texts}.description`}
        translateOptions={{ effectiveFrom: formatDay(record.effectiveFrom), endDate: formatDay(record.endDate) }}
        confirm={`${texts}.action`}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** Ajukan keberatan / banding: within 14 working days of the decree; the API picks the remedy the sanction allows. */
const FileAppealButton = ({ record }: { record: RaRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  return (
    <DialogActionButton<{ filedOn?: string; reason?: string }>
      texts="resources.disciplinaryCases.fileAppeal"
      icon={<ReportProblemIcon />}
      messageArgs={{ decreeDate: formatDay(record.decreeDate) }}
      onSubmit={(values) =>
        explained(
          () =>
            dataProvider.fileSanctionAppeal(record.id, Number(record.version), {
              filedOn: String(values.filedOn ?? todayInIndonesia()),
              reason: String(values.reason ?? '').trim(),
            }),
          translate,
        )
      }
      testId="case-file-appeal"
      variant="outlined"
      color="warning"
    >
      <DateInput
        source="filedOn"
        label="resources.disciplinaryCases.fields.appealFiledOn"
        defaultValue={todayInIndonesia()}
        validate={required()}
      />
      <TextInput
        source="reason"
        label="resources.disciplinaryCases.fields.appealReason"
        validate={validateReason}
        multiline
        minRows={3}
        fullWidth
      />
    </DialogActionButton>
  );
};

/** Putuskan keberatan / banding: the sanction stands (UPHELD), is replaced (CHANGED, another type) or withdrawn (ANNULLED). */
const DecideAppealButton = ({ record }: { record: RaRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  const current = (record.sanctionType as { code?: string } | null | undefined)?.code ?? null;
  return (
    <DialogActionButton<{ outcome?: string; decidedOn?: string; note?: string; sanctionTypeCode?: string }>
      texts="resources.disciplinaryCases.decideAppeal"
      icon={<RuleIcon />}
      messageArgs={{ kind: translate(`resources.disciplinaryCases.appealKinds.${String(record.appealKind)}`, { _: '' }) }}
      onSubmit={(values) =>
        explained(
          () =>
            dataProvider.decideSanctionAppeal(record.id, Number(record.version), {
              outcome: values.outcome as 'UPHELD',
              decidedOn: String(values.decidedOn ?? todayInIndonesia()),
              note: String(values.note ?? '').trim(),
              sanctionTypeCode: values.outcome === 'CHANGED' ? (values.sanctionTypeCode ?? null) : null,
            }),
          translate,
        )
      }
      testId="case-decide-appeal"
      variant="contained"
    >
      <RadioButtonGroupInput
        source="outcome"
        label="resources.disciplinaryCases.fields.appealOutcome"
        choices={appealOutcomeChoices}
        validate={required()}
        row
      />
      <FormDataConsumer<{ outcome?: string }>>
        {({ formData }) => (formData.outcome === 'CHANGED' ? <SanctionTypeInput except={current} /> : null)}
      </FormDataConsumer>
      <DateInput
        source="decidedOn"
        label="resources.disciplinaryCases.fields.appealDecidedOn"
        defaultValue={todayInIndonesia()}
        validate={required()}
      />
      <TextInput
        source="note"
        label="resources.disciplinaryCases.fields.appealNote"
        validate={validateNote}
        multiline
        minRows={2}
        fullWidth
      />
    </DialogActionButton>
  );
};

/** The button of one step of a case. */
export const CaseStepButton = ({ step, record }: { step: CaseStep; record: RaRecord }) => {
  switch (step) {
    case 'examine':
      return <ExamineButton record={record} />;
    case 'decide':
      return <DecideButton record={record} />;
    case 'activate':
    case 'complete':
      return <ConfirmStepButton record={record} step={step} />;
    case 'fileAppeal':
      return <FileAppealButton record={record} />;
    case 'decideAppeal':
      return <DecideAppealButton record={record} />;
  }
};
