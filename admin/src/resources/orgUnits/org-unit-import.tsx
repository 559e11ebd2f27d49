import { CsvImportButton, CsvImportPage, type CsvImportConfig } from '../../common/csv-import';

/** The columns of a units file (docs/imports.md, "Importing units (CSV)"), in the order of the template. */
export const ORG_UNIT_IMPORT: CsvImportConfig = {
  resource: 'orgUnits',
  method: 'importOrgUnits',
  columns: ['code', 'name', 'kind', 'parent_code', 'active'],
  required: ['code', 'name', 'kind'],
};

/** Impor Unit Kerja: /orgUnits/import. */
export const OrgUnitImport = () => <CsvImportPage config={ORG_UNIT_IMPORT} />;

/** The list's "Impor CSV" button (shown to those who may create units). */
export const ImportOrgUnitsButton = () => <CsvImportButton resource="orgUnits" />;
