import { CsvImportButton, CsvImportPage, type CsvImportConfig } from '../../common/csv-import';

/** The columns of a positions file (docs/imports.md, "Importing positions (CSV)"), in the order of the template. */
export const POSITION_IMPORT: CsvImportConfig = {
  resource: 'positions',
  method: 'importPositions',
  columns: ['unit_code', 'name', 'type', 'grade', 'superior_unit_code', 'superior_name', 'active'],
  required: ['unit_code', 'name', 'type', 'grade'],
};

/** Impor Jabatan: /positions/import. */
export const PositionImport = () => <CsvImportPage config={POSITION_IMPORT} />;

/** The list's "Impor CSV" button (shown to those who may create positions). */
export const ImportPositionsButton = () => <CsvImportButton resource="positions" />;
