import { Chip } from '@mui/material';
import { DataTable, DateField, List, useGetList, useRecordContext, useTranslate } from 'react-admin';

/** How many sheets were computed with a version, and whether one past DRAFT freezes it. */
const SchemeUsageField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  // One request for the whole page: every row asks the same list, which react-query shares.
  const sheets = useGetList<{ id: string; schemeId: string; status: string }>('allowanceSheets', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'month', order: 'DESC' },
  });
  if (!record || !sheets.data) return null;
  const used = sheets.data.filter((sheet) => sheet.schemeId === record.id);
  const frozen = used.some((sheet) => sheet.status !== 'DRAFT');
  return (
    <Chip
      size="small"
      color={frozen ? 'default' : 'success'}
      variant="outlined"
      label={translate(frozen ? 'resources.allowanceSchemes.usage.frozen' : 'resources.allowanceSchemes.usage.open', {
        count: used.length,
      })}
    />
  );
};

const WeightsField = () => {
  const record = useRecordContext();
  return record ? <>{`${String(record.disciplineWeight)} / ${String(record.productivityWeight)}`}</> : null;
};

/** Skema TPP: the agency's scheme versions, newest first; a version is valid until the next one. */
export const AllowanceSchemeList = () => (
  <List perPage={25} exporter={false}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="schemeVersion" disableSort />
      <DataTable.Col source="validFrom" disableSort>
        <DateField source="validFrom" />
      </DataTable.Col>
      <DataTable.Col source="disciplineWeight" label="resources.allowanceSchemes.fields.weights" disableSort>
        <WeightsField />
      </DataTable.Col>
      <DataTable.Col source="note" disableSort />
      <DataTable.Col label="resources.allowanceSchemes.fields.usage" disableSort>
        <SchemeUsageField />
      </DataTable.Col>
    </DataTable>
  </List>
);
