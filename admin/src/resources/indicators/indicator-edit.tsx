import { Edit, Labeled, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { SharedRecordToolbar } from '../../common/configuration-inputs';
import { OwnerAgencyField } from '../../common/owner-agency-field';
import { IndicatorInputs } from './indicator-inputs';

const IndicatorEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

// Pessimistic: the API checks the version, the code's uniqueness and that what the numbers mean
// (direction, unit, aggregation) does not change under a period; its errors show on the form.
// National indicators are read-only for everyone but platform administrators.
export const IndicatorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<IndicatorEditActions />}>
    <SimpleForm toolbar={<SharedRecordToolbar deletable />}>
      <Labeled source="agencyId">
        <OwnerAgencyField />
      </Labeled>
      <IndicatorInputs />
    </SimpleForm>
  </Edit>
);
