import { Create, SimpleForm } from 'react-admin';
import { PositionInputs } from './position-inputs';

const defaults = { active: true };

export const PositionCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaults}>
      <PositionInputs />
    </SimpleForm>
  </Create>
);
