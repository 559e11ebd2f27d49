import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import LockIcon from '@mui/icons-material/Lock';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ReplyIcon from '@mui/icons-material/Reply';
import { useState, type ReactElement } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  Button,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useNotify,
  useRefresh,
  type RaRecord,
} from 'react-admin';
import { FormDialog } from '../../common/form-dialog';
import type { KinerjaDataProvider } from '../../dataProvider';
import { complaintCategoryChoices, type ComplaintStep } from './complaint-rules';

const ICONS: Record<ComplaintStep, ReactElement> = {
  verify: <CheckCircleIcon />,
  assign: <AssignmentIndIcon />,
  start: <PlayArrowIcon />,
  respond: <ReplyIcon />,
  resolve: <DoneAllIcon />,
  close: <LockIcon />,
  reject: <BlockIcon />,
};

const validateText = [required(), maxLength(2000)];

/** The inputs of a step's dialog; start and close need none. */
const StepInputs = ({ step, record }: { step: ComplaintStep; record: RaRecord }) => {
  switch (step) {
    case 'verify':
      return (
        <>
          <SelectInput source="category" choices={complaintCategoryChoices} defaultValue={record.category} fullWidth />
          <ReferenceInput source="unitId" reference="orgUnits">
            <AutocompleteInput fullWidth defaultValue={record.unitId} />
          </ReferenceInput>
          <ReferenceInput source="employeeId" reference="employees">
            <AutocompleteInput fullWidth />
          </ReferenceInput>
        </>
      );
    case 'assign':
      return (
        <>
          <ReferenceInput source="unitId" reference="orgUnits">
            <AutocompleteInput fullWidth validate={required()} label="resources.complaints.fields.assignedUnitId" />
          </ReferenceInput>
          <ReferenceInput source="officerId" reference="employees">
            <AutocompleteInput fullWidth label="resources.complaints.fields.assignedOfficerId" />
          </ReferenceInput>
        </>
      );
    case 'respond':
      return (
        <>
          <TextInput source="text" label="resources.complaints.respond.text" validate={validateText} multiline minRows={3} fullWidth />
          <BooleanInput source="isPublic" label="resources.complaints.respond.isPublic" defaultValue={true} />
        </>
      );
    case 'resolve':
      return <TextInput source="text" label="resources.complaints.resolve.text" validate={validateText} multiline minRows={3} fullWidth />;
    case 'reject':
      return <TextInput source="text" label="resources.complaints.reject.text" validate={validateText} multiline minRows={2} fullWidth />;
    default:
      return null;
  }
};

/**
 * One step of a complaint's workflow as a button and a small dialog: Verifikasi (correcting the
 * classification, unit or employee), Teruskan (a unit and an officer), Mulai, Tanggapi (public or
 * internal), Selesaikan (the public answer), Tutup, Tolak (a reason).
 */
export const ComplaintStepButton = ({ step, record }: { step: ComplaintStep; record: RaRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const version = Number(record.version);
  const submit = async (values: Record<string, unknown>) => {
    const text = String(values.text ?? '').trim();
    if (step === 'verify')
      await dataProvider.verifyComplaint(record.id, version, {
        category: values.category as never,
        unitId: values.unitId as string | undefined,
        employeeId: values.employeeId as string | undefined,
      });
    else if (step === 'assign')
      await dataProvider.assignComplaint(record.id, version, String(values.unitId), values.officerId as string | undefined);
    else if (step === 'start') await dataProvider.startComplaint(record.id, version);
    else if (step === 'respond') await dataProvider.respondToComplaint(record.id, text, values.isPublic !== false);
    else if (step === 'resolve') await dataProvider.resolveComplaint(record.id, version, text);
    else if (step === 'close') await dataProvider.closeComplaint(record.id, version);
    else await dataProvider.rejectComplaint(record.id, version, text);
    setOpen(false);
    notify(`resources.complaints.${step}.success`, { type: 'success' });
    refresh();
  };
  return (
    <>
      <Button
        label={`resources.complaints.${step}.action`}
        variant={step === 'reject' || step === 'respond' ? 'outlined' : 'contained'}
        color={step === 'reject' ? 'error' : 'primary'}
        onClick={() => setOpen(true)}
        data-testid={`complaint-${step}`}
      >
        {ICONS[step]}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`resources.complaints.${step}.title`}
        submitLabel={`resources.complaints.${step}.action`}
        submitIcon={ICONS[step]}
        onSubmit={submit}
        alwaysEnableSubmit
        maxWidth="sm"
      >
        <StepInputs step={step} record={record} />
      </FormDialog>
    </>
  );
};
