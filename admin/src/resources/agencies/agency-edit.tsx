import { Edit } from 'react-admin';
import { AgencyForm } from './agency-form';

// Pessimistic: the API checks the record's version and the code's uniqueness, and its field
// errors can only be shown on the form while the form is still open.
export const AgencyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <AgencyForm />
  </Edit>
);
