import { Create } from 'react-admin';
import { AgencyForm } from './agency-form';

export const AgencyCreate = () => (
  <Create redirect="show">
    <AgencyForm />
  </Create>
);
