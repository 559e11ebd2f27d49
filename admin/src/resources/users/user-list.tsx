import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { DateTimeField } from '../../common/date-time-field';
import { listExporter } from '../../common/export-buttons';
import { RolesField } from './roles-field';
import { roleChoices } from './user-roles';

// A bare value is an equality filter (dataProvider/filters.ts): { roles: 'HR_OFFICER' } becomes
// `roles: { eq: HR_OFFICER }`, which the API reads as "holds this role".
const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="roles" source="roles" label="resources.users.filters.role" choices={roleChoices} alwaysOn />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies">
    <AutocompleteInput sx={{ minWidth: 320 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

const noWrap = { whiteSpace: 'nowrap' } as const;

// Accounts are deactivated, never deleted (the API has no deleteUser): no bulk actions.
export const UserList = () => (
  <List
    filters={userFilters}
    sort={{ field: 'username', order: 'ASC' }}
    perPage={25}
    exporter={listExporter(
      'users',
      [
        { source: 'username' },
        { source: 'displayName' },
        { source: 'roles', choices: roleChoices },
        { source: 'agencyId', reference: 'agencies' },
        { source: 'active', boolean: true },
        { source: 'lastLoginAt', dateTime: true },
      ],
      'akun',
    )}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="username" sx={noWrap} />
      <DataTable.Col source="displayName" />
      <DataTable.Col source="roles" disableSort>
        <RolesField source="roles" />
      </DataTable.Col>
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference="agencies" link={false} emptyText="—">
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="lastLoginAt" sx={noWrap}>
        <DateTimeField source="lastLoginAt" emptyText="resources.users.never" />
      </DataTable.Col>
    </DataTable>
  </List>
);
