import type {
  ImportSiasnEmployeesMutation,
  ImportSiasnEmployeesMutationVariables,
  ImportSiasnUnitsMutation,
  ImportSiasnUnitsMutationVariables,
  SiasnExportQuery,
  SiasnExportQueryVariables,
  SiasnSyncStatusQuery,
  SiasnSyncStatusQueryVariables,
} from '../gql/graphql';
import { request } from './request';

// Exchange with SIASN, the national civil-servant register: its files imported with a dry-run
// difference first, the records of a closed period exported as a file, and the web service
// client's status. A refused file comes back as an HttpError with `rowErrors` (errors.ts).

const IMPORT_SIASN_UNITS = /* GraphQL */ `
  mutation ImportSiasnUnits($input: ImportSiasnInput!) {
    importSiasnUnits(input: $input) {
      dryRun
      format
      rows
      created
      changed
      unchanged
      refused
      truncated
      entries {
        row
        key
        label
        outcome
        changes {
          field
          before
          after
        }
        errors {
          row
          column
          message
        }
      }
    }
  }
`;

const IMPORT_SIASN_EMPLOYEES = /* GraphQL */ `
  mutation ImportSiasnEmployees($input: ImportSiasnInput!) {
    importSiasnEmployees(input: $input) {
      dryRun
      format
      rows
      created
      changed
      unchanged
      refused
      truncated
      entries {
        row
        key
        label
        outcome
        changes {
          field
          before
          after
        }
        errors {
          row
          column
          message
        }
      }
    }
  }
`;

const SIASN_EXPORT = /* GraphQL */ `
  query SiasnExport($periodId: ID!, $kind: SiasnRecordKind!, $format: SiasnExportFormat) {
    siasnExport(periodId: $periodId, kind: $kind, format: $format) {
      kind
      endpoint
      fileName
      count
      content
      skipped {
        sourceId
        label
        reason
      }
    }
  }
`;

const SIASN_SYNC_STATUS = /* GraphQL */ `
  query SiasnSyncStatus {
    siasnSyncStatus {
      configured
      baseUrl
      pushedRecords
      refusedRecords
      lastPushAt
    }
  }
`;

export type SiasnImportTarget = 'units' | 'employees';
export type SiasnImportReport = ImportSiasnUnitsMutation['importSiasnUnits'];
export type SiasnExportFile = SiasnExportQuery['siasnExport'];
export type SiasnSyncStatus = SiasnSyncStatusQuery['siasnSyncStatus'];
export type SiasnExportKind = SiasnExportQueryVariables['kind'];
export type SiasnExportFormat = NonNullable<SiasnExportQueryVariables['format']>;

export type SiasnMethods = {
  /** Compares (dry run) or imports a SIASN file of units (ref-unor) or employees (data-utama, Export Data ASN). */
  importSiasn(params: {
    target: SiasnImportTarget;
    content: string;
    dryRun: boolean;
    agencyId?: string | null;
  }): Promise<{ data: SiasnImportReport }>;
  /** The records of a closed period in the shape SIASN saves them, as a file. */
  siasnExport(params: { periodId: string; kind: SiasnExportKind; format: SiasnExportFormat }): Promise<{ data: SiasnExportFile }>;
  /** Whether the SIASN web service client is configured, and what it pushed. */
  siasnSyncStatus(): Promise<{ data: SiasnSyncStatus }>;
};

export const siasnMethods: SiasnMethods = {
  async importSiasn({ target, content, dryRun, agencyId }) {
    const input = { content, dryRun, agencyId: agencyId || null };
    if (target === 'units') {
      const data = await request<ImportSiasnUnitsMutation, ImportSiasnUnitsMutationVariables>(IMPORT_SIASN_UNITS, { input });
      return { data: data.importSiasnUnits };
    }
    const data = await request<ImportSiasnEmployeesMutation, ImportSiasnEmployeesMutationVariables>(IMPORT_SIASN_EMPLOYEES, { input });
    return { data: data.importSiasnEmployees };
  },
  async siasnExport(variables) {
    const data = await request<SiasnExportQuery, SiasnExportQueryVariables>(SIASN_EXPORT, variables);
    return { data: data.siasnExport };
  },
  async siasnSyncStatus() {
    const data = await request<SiasnSyncStatusQuery, SiasnSyncStatusQueryVariables>(SIASN_SYNC_STATUS, {});
    return { data: data.siasnSyncStatus };
  },
};
