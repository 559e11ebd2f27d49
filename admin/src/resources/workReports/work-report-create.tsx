import { Create, SimpleForm } from 'react-admin';
import { WorkReportInputs } from './work-report-inputs';
import { toWorkReportInput } from './work-report-rules';

/** A new daily report, filed by the employee for themself (fileWorkReport). */
export const WorkReportCreate = () => (
  <Create redirect="show" transform={toWorkReportInput}>
    <SimpleForm>
      <WorkReportInputs />
    </SimpleForm>
  </Create>
);
