import { Alert, Box } from '@mui/material';
import { DeleteButton, Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { AppraisalPeriodEditInputs, toPeriodInput } from './appraisal-period-inputs';
import { isPeriodOpen } from './period-lifecycle';

const AppraisalPeriodEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

/** Save; Delete only for a DRAFT period (the API refuses the others, and one with sub-periods). */
const AppraisalPeriodEditToolbar = () => {
  const record = useRecordContext();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record?.status === 'DRAFT' ? <DeleteButton mutationMode="pessimistic" /> : null}
    </Toolbar>
  );
};

/** A closed period is read-only: instead of the form, a note (a platform administrator can reopen it). */
const AppraisalPeriodEditForm = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record && !isPeriodOpen(record.status)) {
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="info" data-testid="period-closed-note">
          {translate('resources.appraisalPeriods.edit.closed')}
        </Alert>
      </Box>
    );
  }
  return (
    <SimpleForm toolbar={<AppraisalPeriodEditToolbar />}>
      <AppraisalPeriodEditInputs />
    </SimpleForm>
  );
};

// Pessimistic: the API checks the version and the dates (length, overlaps, inside the annual
// period); its errors mark the form.
export const AppraisalPeriodEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<AppraisalPeriodEditActions />} transform={toPeriodInput}>
    <AppraisalPeriodEditForm />
  </Edit>
);
