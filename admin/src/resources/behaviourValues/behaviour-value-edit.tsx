import { Edit, Labeled, ShowButton, SimpleForm, TextInput, TopToolbar } from 'react-admin';
import { SharedRecordToolbar } from '../../common/configuration-inputs';
import { OwnerAgencyField } from '../../common/owner-agency-field';
import { BehaviourValueInputs } from './behaviour-value-inputs';

const BehaviourValueEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

// The code cannot change (an agency value's code says which national value it replaces).
// National values are read-only for everyone but platform administrators; only agency values
// can be deleted (the national one they replaced applies again).
export const BehaviourValueEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<BehaviourValueEditActions />}>
    <SimpleForm toolbar={<SharedRecordToolbar deletable />}>
      <Labeled source="agencyId">
        <OwnerAgencyField />
      </Labeled>
      <TextInput source="code" readOnly />
      <BehaviourValueInputs />
    </SimpleForm>
  </Edit>
);
