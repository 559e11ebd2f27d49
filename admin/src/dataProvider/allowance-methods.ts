import type {
  AllowanceBreakdownQuery,
  AllowanceBreakdownQueryVariables,
  AllowancePreviewQuery,
  AllowancePreviewQueryVariables,
  AllowanceSchemeRulesInput,
  AllowanceSheetQuery,
  AllowanceSheetQueryVariables,
  AllowanceSheetRanksQuery,
  AllowanceSheetRanksQueryVariables,
  ApproveAllowanceSheetMutation,
  ComputeAllowancesMutation,
  ComputeAllowancesMutationVariables,
  LockAllowanceSheetMutation,
  UpdateAllowanceSchemeInput,
  UpdateAllowanceSchemeMutation,
  UpdateAllowanceSchemeMutationVariables,
  VerifyAllowanceSheetMutation,
  AllowanceSheetTransitionInput,
} from '../gql/graphql';
import { exportMethods, type ExportedFile } from './export-methods';
import { request } from './request';

// The allowance (TPP): the scheme editor's live preview and full-rule save, computing a month,
// a sheet with its rows, its workflow steps and files, and one employee's breakdown with the
// attendance and minutes it rests on.

/** The rule fields of a scheme, as the edit page loads them (`meta.fields`) and saves them. */
export const SCHEME_RULE_FIELDS = `baseAmounts disciplineWeight productivityWeight productivityMode
  predicateShares { predicate basisPoints }
  missingPredicate missingAttendance
  lateBands { code fromMinutes toMinutes basisPoints capBasisPoints base }
  earlyLeaveBands { code fromMinutes toMinutes basisPoints capBasisPoints base }
  unexcusedDayBasisPoints unexcusedCapBasisPoints unexcusedBase
  ceremonyBasisPoints ceremonyCapBasisPoints ceremonyBase
  statusRules { status basisPointsPerDay capBasisPoints excusedFromMinutes base }
  rounding note`;

const ALLOWANCE_PREVIEW = /* GraphQL */ `
  query AllowancePreview($employeeId: ID!, $month: String!, $scheme: AllowanceSchemeRulesInput!) {
    allowancePreview(employeeId: $employeeId, month: $month, scheme: $scheme) {
      employeeId
      month
      grade
      gross
      net
      lines {
        rule
        quantity
        basisPoints
        amount
        base
        baseAmount
        numerator
        denominator
      }
      workingDays
      presentDays
      statusDays {
        status
        days
      }
      effectiveMinutes
      targetMinutes
      predicate
      predicateSource
      paidDays
      missingDays
    }
  }
`;

const UPDATE_SCHEME = /* GraphQL */ `
  mutation UpdateAllowanceScheme($input: UpdateAllowanceSchemeInput!) {
    updateAllowanceScheme(input: $input) {
      scheme {
        id
        version
      }
    }
  }
`;

const COMPUTE = /* GraphQL */ `
  mutation ComputeAllowances($input: ComputeAllowancesInput!) {
    computeAllowances(input: $input) {
      sheet {
        id
        status
        rowCount
        warnings {
          code
          count
        }
      }
    }
  }
`;

const SHEET = /* GraphQL */ `
  query AllowanceSheet($id: ID!) {
    allowanceSheet(id: $id) {
      id
      version
      month
      status
      schemeVersion
      rowCount
      totalGross
      totalNet
      warnings {
        code
        count
      }
      rows {
        employeeId
        unitId
        unitName
        nip
        name
        grade
        gross
        net
        adjustmentOf
        reason
        lines {
          rule
          quantity
          basisPoints
          amount
          base
        }
        workingDays
        paidDays
      }
    }
  }
`;

// The rank (golongan / PPPK grade) of a sheet's employees, for its rank column.
const RANKS = /* GraphQL */ `
  query AllowanceSheetRanks($ids: [ID!]!, $first: Int) {
    employees(filter: { id: { in: $ids } }, first: $first) {
      nodes {
        id
        golongan
        pppkGrade
      }
    }
  }
`;

const VERIFY = /* GraphQL */ `
  mutation VerifyAllowanceSheet($input: AllowanceSheetTransitionInput!) {
    verifyAllowanceSheet(input: $input) {
      sheet {
        id
        version
        status
      }
    }
  }
`;

const APPROVE = /* GraphQL */ `
  mutation ApproveAllowanceSheet($input: AllowanceSheetTransitionInput!) {
    approveAllowanceSheet(input: $input) {
      sheet {
        id
        version
        status
      }
    }
  }
`;

const LOCK = /* GraphQL */ `
  mutation LockAllowanceSheet($input: AllowanceSheetTransitionInput!) {
    lockAllowanceSheet(input: $input) {
      sheet {
        id
        version
        status
      }
    }
  }
`;

const BREAKDOWN = /* GraphQL */ `
  query AllowanceBreakdown($employeeId: ID!, $month: String!) {
    allowanceBreakdown(employeeId: $employeeId, month: $month) {
      sheetId
      month
      sheetStatus
      schemeVersion
      employeeId
      unitName
      nip
      name
      grade
      gross
      net
      adjustmentOf
      reason
      workingDays
      paidDays
      predicate
      predicateSource
      missingDays
      lines {
        rule
        quantity
        basisPoints
        amount
        base
        baseAmount
        numerator
        denominator
      }
    }
    employee(id: $employeeId) {
      id
      fullName
      nip
    }
    effectiveMinutes(employeeId: $employeeId, month: $month) {
      approvedMinutes
      effectiveMinutes
      targetMinutes
      shareBasisPoints
    }
    attendanceRecords(filter: { employeeId: { eq: $employeeId }, month: $month }, first: 62) {
      nodes {
        id
        date
        status
        checkIn
        checkOut
        lateMinutes
        earlyLeaveMinutes
        workingDay
      }
    }
  }
`;

export type AllowancePreview = NonNullable<AllowancePreviewQuery['allowancePreview']>;
export type AllowanceSheetDetail = AllowanceSheetQuery['allowanceSheet'] & {
  /** Written rank per employee ID: "III/b", or the PPPK grade. */
  ranks: Record<string, string>;
};
export type AllowanceSheetRowDetail = AllowanceSheetQuery['allowanceSheet']['rows'][number];
export type AllowanceBreakdown = AllowanceBreakdownQuery;
export type AllowanceStep = 'verify' | 'approve' | 'lock';

const golonganLabel = (value: string): string => {
  const [room, letter] = value.split('_');
  return letter ? `${room}/${letter.toLowerCase()}` : value;
};

export type AllowanceMethods = {
  /** An employee's month under the rules in the editor (not saved); writes nothing. Null: not paid that month. */
  previewAllowance(employeeId: string, month: string, scheme: AllowanceSchemeRulesInput): Promise<{ data: AllowancePreview | null }>;
  /** Saves every rule of a version (the API replaces them all, so unchanged ones are sent too). */
  updateAllowanceScheme(input: UpdateAllowanceSchemeInput): Promise<{ data: { id: string; version: number } }>;
  /**
   * Computes (or recomputes a draft of) the actor's agency's month; CONFLICT once the sheet is past DRAFT. A month
   * without any attendance is refused (NO_ATTENDANCE_DATA on confirmWithoutAttendance) until confirmed.
   */
  computeAllowances(month: string, confirmWithoutAttendance?: boolean): Promise<{ data: { id: string } }>;
  /** A sheet with every row, and the employees' ranks. */
  getAllowanceSheet(id: string): Promise<{ data: AllowanceSheetDetail }>;
  /** Moves a sheet one stage on: DRAFT -> VERIFIED -> APPROVED -> LOCKED. */
  stepAllowanceSheet(step: AllowanceStep, input: AllowanceSheetTransitionInput): Promise<void>;
  /** One employee's month: their rows of the sheet, attendance records and effective minutes. */
  getAllowanceBreakdown(employeeId: string, month: string): Promise<{ data: AllowanceBreakdown }>;
  /** `GET /exports/allowance-sheets/<id>/sheet.xlsx|pdf?lang=`. */
  exportAllowanceSheet(id: string, format: 'xlsx' | 'pdf', lang: string): Promise<ExportedFile>;
};

export const allowanceMethods: AllowanceMethods = {
  async previewAllowance(employeeId, month, scheme) {
    const data = await request<AllowancePreviewQuery, AllowancePreviewQueryVariables>(ALLOWANCE_PREVIEW, { employeeId, month, scheme });
    return { data: data.allowancePreview ?? null };
  },
  async updateAllowanceScheme(input) {
    const data = await request<UpdateAllowanceSchemeMutation, UpdateAllowanceSchemeMutationVariables>(UPDATE_SCHEME, { input });
    return { data: data.updateAllowanceScheme.scheme };
  },
  async computeAllowances(month, confirmWithoutAttendance = false) {
    const data = await request<ComputeAllowancesMutation, ComputeAllowancesMutationVariables>(COMPUTE, {
      input: { month, confirmWithoutAttendance },
    });
    return { data: data.computeAllowances.sheet };
  },
  async getAllowanceSheet(id) {
    const sheet = (await request<AllowanceSheetQuery, AllowanceSheetQueryVariables>(SHEET, { id })).allowanceSheet;
    const ids = [...new Set(sheet.rows.map((row) => row.employeeId))];
    const ranks: Record<string, string> = {};
    // At most 500 a request (the API's page size).
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const data = await request<AllowanceSheetRanksQuery, AllowanceSheetRanksQueryVariables>(RANKS, { ids: part, first: part.length });
      for (const employee of data.employees.nodes)
        ranks[employee.id] = employee.golongan ? golonganLabel(employee.golongan) : (employee.pppkGrade ?? '');
    }
    return { data: { ...sheet, ranks } };
  },
  async stepAllowanceSheet(step, input) {
    const document = { verify: VERIFY, approve: APPROVE, lock: LOCK }[step];
    await request<VerifyAllowanceSheetMutation | ApproveAllowanceSheetMutation | LockAllowanceSheetMutation, unknown>(document, { input });
  },
  async getAllowanceBreakdown(employeeId, month) {
    return { data: await request<AllowanceBreakdownQuery, AllowanceBreakdownQueryVariables>(BREAKDOWN, { employeeId, month }) };
  },
  exportAllowanceSheet: (id, format, lang) =>
    exportMethods.exportDocument(`allowance-sheets/${encodeURIComponent(id)}/sheet.${format}`, { lang }),
};
