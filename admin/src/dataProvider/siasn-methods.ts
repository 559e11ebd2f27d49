import type {
  ImportSiasnMutation,
  ImportSiasnMutationVariables,
  SiasnExportQuery,
  SiasnExportQueryVariables,
  SiasnImportProgressQuery,
  SiasnImportProgressQueryVariables,
  SiasnSyncStatusQuery,
  SiasnSyncStatusQueryVariables,
} from '../gql/graphql';
import { request } from './request';

// Exchange with SIASN, the national civil-servant register: its files imported with a dry-run
// difference first, the records of a closed period exported as a file, and the web service
// client's status. A refused file comes back as an HttpError with `rowErrors` (errors.ts).

// One document for both files: the target picks the root field, both answer the same report.
const IMPORT_SIASN = /* GraphQL */ `
  mutation ImportSiasn($input: ImportSiasnInput!, $units: Boolean!) {
    units: importSiasnUnits(input: $input) @include(if: $units) {
      ...SiasnImportReportFields
    }
    employees: importSiasnEmployees(input: $input) @skip(if: $units) {
      ...SiasnImportReportFields
    }
  }
  fragment SiasnImportReportFields on SiasnImportReport {
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
`;

const SIASN_IMPORT_PROGRESS = /* GraphQL */ `
  query SiasnImportProgress($key: String!) {
    siasnImportProgress(key: $key) {
      key
      phase
      processed
      total
      message
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
export type SiasnImportReport = NonNullable<ImportSiasnMutation['employees']>;
export type SiasnImportProgress = SiasnImportProgressQuery['siasnImportProgress'];
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
    /** A UUID to follow the import with `siasnImportProgress` while it runs. */
    progressKey?: string | null;
  }): Promise<{ data: SiasnImportReport }>;
  /** How far an import started with this progress key has come. */
  siasnImportProgress(key: string): Promise<{ data: SiasnImportProgress }>;
  /** The records of a closed period in the shape SIASN saves them, as a file. */
  siasnExport(params: { periodId: string; kind: SiasnExportKind; format: SiasnExportFormat }): Promise<{ data: SiasnExportFile }>;
  /** Whether the SIASN web service client is configured, and what it pushed. */
  siasnSyncStatus(): Promise<{ data: SiasnSyncStatus }>;
};

export const siasnMethods: SiasnMethods = {
  async importSiasn({ target, content, dryRun, agencyId, progressKey }) {
    const input = { content, dryRun, agencyId: agencyId || null, progressKey: progressKey ?? null };
    const data = await request<ImportSiasnMutation, ImportSiasnMutationVariables>(IMPORT_SIASN, { input, units: target === 'units' });
    return { data: (target === 'units' ? data.units : data.employees)! };
  },
  async siasnImportProgress(key) {
    const data = await request<SiasnImportProgressQuery, SiasnImportProgressQueryVariables>(SIASN_IMPORT_PROGRESS, { key });
    return { data: data.siasnImportProgress };
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
