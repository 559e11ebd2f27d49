import { can } from '../../access';
import { Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  ReferenceManyField,
  SelectField,
  usePermissions,
  useRecordContext,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { orgUnitKindChoices } from '../orgUnits';

/** A new unit, with this agency already chosen. */
const AddUnitButton = ({ agencyId }: { agencyId: Identifier }) => {
  const { permissions } = usePermissions();
  if (!can(permissions, 'organization.manage')) return null;
  return <CreateButton resource="orgUnits" label="resources.agencies.units.add" state={{ record: { agencyId } }} />;
};

/** The agency's top units (unit kerja without a parent), each opening its page. */
export const AgencyUnitsField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <ReferenceManyField reference="orgUnits" target="agencyId" filter={{ parentId_isNull: true }} perPage={50}>
        <DataTable
          rowClick="show"
          bulkActionButtons={false}
          empty={<Typography variant="body2">{translate('resources.agencies.units.empty')}</Typography>}
        >
          <DataTable.Col source="code" />
          <DataTable.Col source="name" />
          <DataTable.Col source="kind">
            <SelectField source="kind" choices={orgUnitKindChoices} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <AddUnitButton agencyId={record.id} />
    </>
  );
};
