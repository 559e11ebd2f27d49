import { Alert } from '@mui/material';
import { Edit, SimpleForm, useRecordContext, useTranslate } from 'react-admin';
import { WorkReportInputs } from './work-report-inputs';
import { toWorkReportInput } from './work-report-rules';

const ReturnedComment = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record?.status !== 'RETURNED' || !record.reviewComment) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%' }}>
      {translate('resources.workReports.show.returned', { comment: String(record.reviewComment) })}
    </Alert>
  );
};

/** Changes an own report that is not approved; saving a returned one resubmits it. */
export const WorkReportEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic" transform={toWorkReportInput}>
    <SimpleForm>
      <ReturnedComment />
      <WorkReportInputs />
    </SimpleForm>
  </Edit>
);
