import { Create, SimpleForm } from 'react-admin';
import { AppraisalPeriodCreateInputs, toPeriodInput } from './appraisal-period-inputs';

const defaults = { type: 'QUARTERLY' };

/** A new period starts as DRAFT. */
export const AppraisalPeriodCreate = () => (
  <Create redirect="show" transform={toPeriodInput}>
    <SimpleForm defaultValues={defaults}>
      <AppraisalPeriodCreateInputs />
    </SimpleForm>
  </Create>
);
