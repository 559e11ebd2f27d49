import { CsvImportButton, CsvImportPage, previewCsv as previewAnyCsv, type CsvImportConfig } from '../../common/csv-import';

/** The file's columns, in the order of the template; the first four are required. */
export const IMPORT_COLUMNS = [
  'nip',
  'employment_type',
  'front_title',
  'name',
  'back_title',
  'unit_code',
  'position',
  'golongan',
  'pppk_grade',
  'status',
  'email',
  'phone',
  'effective_date',
] as const;
export const REQUIRED_IMPORT_COLUMNS = ['nip', 'employment_type', 'name', 'unit_code'] as const;

/** Reads a file of employees the way the API does, for the preview only. */
export const previewCsv = (text: string) => previewAnyCsv(text, REQUIRED_IMPORT_COLUMNS);

export const EMPLOYEE_IMPORT: CsvImportConfig = {
  resource: 'employees',
  method: 'importEmployees',
  columns: IMPORT_COLUMNS,
  required: REQUIRED_IMPORT_COLUMNS,
};

/** Impor Pegawai: /employees/import. */
export const EmployeeImport = () => <CsvImportPage config={EMPLOYEE_IMPORT} />;

/** The list's "Impor CSV" button (shown to those who may create employees). */
export const ImportEmployeesButton = () => <CsvImportButton resource="employees" />;
