import { Edit, SimpleForm } from 'react-admin';
import { PositionInputs } from './position-inputs';

// Pessimistic: the API checks the record's version and the reporting line (no cycles, same
// agency), and its field errors can only be shown while the form is still open.
export const PositionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <PositionInputs />
    </SimpleForm>
  </Edit>
);
