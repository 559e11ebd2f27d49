import type { Identifier } from 'react-admin';
import type {
  ImportEmployeesMutation,
  ImportEmployeesMutationVariables,
  ImportOrgUnitsMutation,
  ImportOrgUnitsMutationVariables,
  ImportPositionsMutation,
  ImportPositionsMutationVariables,
} from '../gql/graphql';
import { request } from './request';

// CSV imports, each in one request: employees, and the units and positions they are placed in.
// The server checks the whole file; a file with problems is refused as an HttpError (status 400)
// whose body carries `rowErrors` [{ row, column, message }] and `rowErrorCount` (errors.ts), and
// nothing is written. The three mutations take the same input and give the same payload.

const IMPORT_EMPLOYEES = /* GraphQL */ `
  mutation ImportEmployees($input: ImportEmployeesInput!) {
    importEmployees(input: $input) {
      rows
      created
      dryRun
    }
  }
`;

const IMPORT_ORG_UNITS = /* GraphQL */ `
  mutation ImportOrgUnits($input: ImportOrgUnitsInput!) {
    importOrgUnits(input: $input) {
      rows
      created
      dryRun
    }
  }
`;

const IMPORT_POSITIONS = /* GraphQL */ `
  mutation ImportPositions($input: ImportPositionsInput!) {
    importPositions(input: $input) {
      rows
      created
      dryRun
    }
  }
`;

export type ImportCsvParams = {
  /** The agency of the imported records; omitted (or null): the signed-in user's own agency. */
  agencyId?: Identifier | null;
  /** The file's text, with its header row. */
  csv: string;
  /** Check every row and report, but write nothing. */
  dryRun?: boolean;
};

export type ImportCsvResult = { rows: number; created: number; dryRun: boolean };

export type ImportEmployeesParams = ImportCsvParams;
export type ImportEmployeesResult = ImportCsvResult;

export type EmployeeMethods = {
  /** Imports (or, with `dryRun`, only checks) a CSV file of employees; all rows or none. */
  importEmployees(params: ImportCsvParams): Promise<{ data: ImportCsvResult }>;
  /** Imports (or, with `dryRun`, only checks) a CSV file of organisational units; all rows or none. */
  importOrgUnits(params: ImportCsvParams): Promise<{ data: ImportCsvResult }>;
  /** Imports (or, with `dryRun`, only checks) a CSV file of positions; all rows or none. */
  importPositions(params: ImportCsvParams): Promise<{ data: ImportCsvResult }>;
};

/** The names of the data provider's import methods. */
export type ImportMethodName = keyof EmployeeMethods;

type ImportInput = { agencyId: string | null; csv: string; dryRun: boolean };

const importInput = ({ agencyId, csv, dryRun = false }: ImportCsvParams): ImportInput => ({
  agencyId: agencyId === undefined || agencyId === null || agencyId === '' ? null : String(agencyId),
  csv,
  dryRun,
});

export const employeeMethods: EmployeeMethods = {
  async importEmployees(params) {
    const data = await request<ImportEmployeesMutation, ImportEmployeesMutationVariables>(IMPORT_EMPLOYEES, {
      input: importInput(params),
    });
    return { data: data.importEmployees };
  },
  async importOrgUnits(params) {
    const data = await request<ImportOrgUnitsMutation, ImportOrgUnitsMutationVariables>(IMPORT_ORG_UNITS, {
      input: importInput(params),
    });
    return { data: data.importOrgUnits };
  },
  async importPositions(params) {
    const data = await request<ImportPositionsMutation, ImportPositionsMutationVariables>(IMPORT_POSITIONS, {
      input: importInput(params),
    });
    return { data: data.importPositions };
  },
};
