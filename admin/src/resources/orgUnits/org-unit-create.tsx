import { Create, SimpleForm } from 'react-admin';
import { AgencyAndParentInputs, OrgUnitFields } from './org-unit-inputs';

const defaults = { active: true };

export const OrgUnitCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaults}>
      <AgencyAndParentInputs />
      <OrgUnitFields />
    </SimpleForm>
  </Create>
);
