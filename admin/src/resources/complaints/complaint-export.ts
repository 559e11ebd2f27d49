import type { CsvColumn } from '../../common/export.js';
import { complaintCategoryChoices, complaintStatusChoices } from './complaint-rules.js';

/** The CSV export's columns; the subject is the citizen's own text (export.ts neutralises formulas). */
export const COMPLAINT_CSV_COLUMNS: readonly CsvColumn[] = [
  { source: 'trackingCode' },
  { source: 'receivedOn' },
  { source: 'subject' },
  { source: 'category', choices: complaintCategoryChoices },
  { source: 'unitId', reference: 'orgUnits' },
  { source: 'status', choices: complaintStatusChoices },
  { source: 'dueDate' },
  { source: 'overdue', boolean: true },
];
