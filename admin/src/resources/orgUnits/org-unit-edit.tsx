import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { MoveOrgUnitButton } from './move-org-unit-button';
import { OrgUnitFields } from './org-unit-inputs';

const OrgUnitEditActions = () => (
  <TopToolbar>
    <MoveOrgUnitButton />
    <ShowButton />
  </TopToolbar>
);

// The parent is not edited here: a move changes the whole subtree and has its own action.
// Pessimistic: the API checks the record's version and the code's uniqueness, and its field
// errors can only be shown on the form while the form is still open.
export const OrgUnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<OrgUnitEditActions />}>
    <SimpleForm>
      <OrgUnitFields />
    </SimpleForm>
  </Edit>
);
