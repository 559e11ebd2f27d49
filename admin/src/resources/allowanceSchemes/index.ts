import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import type { RaRecord } from 'react-admin';
import { AllowanceSchemeCreate, AllowanceSchemeEdit } from './allowance-scheme-forms';
import { AllowanceSchemeList } from './allowance-scheme-list';

/** Skema TPP: versioned allowance rules of the agency, with a live preview of one employee's month. */
export const allowanceSchemes = {
  list: AllowanceSchemeList,
  create: AllowanceSchemeCreate,
  edit: AllowanceSchemeEdit,
  icon: RequestQuoteIcon,
  recordRepresentation: (record: RaRecord) => `v${String(record.schemeVersion)} (${String(record.validFrom)})`,
};
