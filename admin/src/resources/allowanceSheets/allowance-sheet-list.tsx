import { can } from '../../access';
import CalculateIcon from '@mui/icons-material/Calculate';
import { Chip } from '@mui/material';
import {
  BooleanInput,
  DataTable,
  List,
  regex,
  required,
  SelectInput,
  TextInput,
  TopToolbar,
  useDataProvider,
  usePermissions,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { DialogActionButton } from '../../common/dialog-action-button';

import type { KinerjaDataProvider } from '../../dataProvider';
import { useMoneyFormat } from './money';

export const SHEET_STATUSES = ['DRAFT', 'VERIFIED', 'APPROVED', 'LOCKED'] as const;
const statusChoices = SHEET_STATUSES.map((id) => ({ id, name: `resources.allowanceSheets.status.${id}` }));
const validateMonth = [required(), regex(/^\d{4}-\d{2}$/, 'resources.allowanceSheets.validation.month')];

export const SheetStatusField = ({ status }: { status?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = status ?? (record?.status as string | undefined);
  if (!value) return null;
  const colour = value === 'LOCKED' ? 'default' : value === 'APPROVED' ? 'success' : value === 'VERIFIED' ? 'info' : 'warning';
  return <Chip size="small" color={colour} label={translate(`resources.allowanceSheets.status.${value}`)} data-testid="sheet-status" />;
};

const MoneyField = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const { rupiah } = useMoneyFormat();
  return record ? <>{rupiah(Number(record[source]))}</> : null;
};

/**
 * Hitung bulan: computes the agency's month with the scheme version valid then, and opens the
 * sheet. A sheet past DRAFT is refused by the API (CONFLICT), shown in the dialog; so is a month
 * without any attendance record, on the confirmation box, until it is ticked.
 */
export const ComputeMonthButton = () => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const redirect = useRedirect();
  return (
    <DialogActionButton<{ month: string; confirmWithoutAttendance?: boolean }>
      texts="resources.allowanceSheets.compute"
      icon={<CalculateIcon />}
      testId="compute-month"
      onSubmit={async ({ month, confirmWithoutAttendance }) => {
        const { data } = await dataProvider.computeAllowances(month, !!confirmWithoutAttendance);
        redirect('show', 'allowanceSheets', data.id);
      }}
    >
      <TextInput
        source="month"
        type="month"
        validate={validateMonth}
        slotProps={{ inputLabel: { shrink: true } }}
        label="resources.allowanceSheets.fields.month"
      />
      <BooleanInput
        source="confirmWithoutAttendance"
        label="resources.allowanceSheets.fields.confirmWithoutAttendance"
        helperText="resources.allowanceSheets.compute.confirmHelp"
      />
    </DialogActionButton>
  );
};

const SheetListActions = () => {
  const { permissions } = usePermissions();
  return <TopToolbar>{can(permissions, 'allowance.manage') ? <ComputeMonthButton /> : null}</TopToolbar>;
};

const sheetFilters = [
  <TextInput key="month" source="month" type="month" alwaysOn slotProps={{ inputLabel: { shrink: true } }} />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
];

/**
 * Daftar TPP: the agency's monthly sheets, newest first, by month and stage; the unit is chosen on a
 * sheet's page. No empty page: "Hitung bulan" is how the first sheet comes about.
 */
export const AllowanceSheetList = () => (
  <List filters={sheetFilters} actions={<SheetListActions />} perPage={25} exporter={false} empty={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="month" disableSort />
      <DataTable.Col source="status" disableSort>
        <SheetStatusField />
      </DataTable.Col>
      <DataTable.Col source="schemeVersion" disableSort />
      <DataTable.Col source="rowCount" disableSort />
      <DataTable.Col source="totalGross" disableSort>
        <MoneyField source="totalGross" />
      </DataTable.Col>
      <DataTable.Col source="totalNet" disableSort>
        <MoneyField source="totalNet" />
      </DataTable.Col>
    </DataTable>
  </List>
);
