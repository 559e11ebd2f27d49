import type { Identifier } from 'react-admin';
import type { ImportEmployeesMutation, ImportEmployeesMutationVariables } from '../gql/graphql';
import { request } from './request';

// Operations on employees that are no CRUD: importing a CSV file in one request. The server
// checks the whole file; a file with problems is refused as an HttpError (status 400) whose body
// carries `rowErrors` [{ row, column, message }] and `rowErrorCount` (errors.ts), and nothing is written.

const IMPORT_EMPLOYEES = /* GraphQL */ `
  mutation ImportEmployees($input: ImportEmployeesInput!) {
    importEmployees(input: $input) {
      rows
      created
      dryRun
    }
  }
`;

export type ImportEmployeesParams = {
  /** The agency of the employees; omitted (or null): the signed-in user's own agency. */
  agencyId?: Identifier | null;
  /** The file's text, with its header row. */
  csv: string;
  /** Check every row and report, but write nothing. */
  dryRun?: boolean;
};

export type ImportEmployeesResult = { rows: number; created: number; dryRun: boolean };

export type EmployeeMethods = {
  /** Imports (or, with `dryRun`, only checks) a CSV file of employees; all rows or none. */
  importEmployees(params: ImportEmployeesParams): Promise<{ data: ImportEmployeesResult }>;
};

export const employeeMethods: EmployeeMethods = {
  async importEmployees({ agencyId, csv, dryRun = false }) {
    const data = await request<ImportEmployeesMutation, ImportEmployeesMutationVariables>(IMPORT_EMPLOYEES, {
      input: { agencyId: agencyId === undefined || agencyId === null || agencyId === '' ? null : String(agencyId), csv, dryRun },
    });
    return { data: data.importEmployees };
  },
};
