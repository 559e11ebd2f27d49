import PaymentsIcon from '@mui/icons-material/Payments';
import type { RaRecord } from 'react-admin';
import { AllowanceSheetList } from './allowance-sheet-list';
import { AllowanceSheetShow } from './allowance-sheet-show';

export { AllowanceBreakdownPage, MyAllowancePage } from './allowance-breakdown';

/** Daftar TPP: monthly allowance sheets with their workflow (HR and administrators). */
export const allowanceSheets = {
  list: AllowanceSheetList,
  show: AllowanceSheetShow,
  icon: PaymentsIcon,
  recordRepresentation: (record: RaRecord) => String(record.month),
};
