import { Create, SimpleForm } from 'react-admin';
import { OwnerAgencyInput } from '../../common/configuration-inputs';
import { IndicatorInputs } from './indicator-inputs';

const defaults = { active: true, dataSource: 'MANUAL', aggregation: 'LAST' };

export const IndicatorCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaults}>
      <OwnerAgencyInput national />
      <IndicatorInputs />
    </SimpleForm>
  </Create>
);
