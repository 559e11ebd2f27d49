import type {
  ApproveAttendanceCorrectionMutation,
  ApproveAttendanceCorrectionMutationVariables,
  AttendanceCorrectionQueueQuery,
  AttendanceCorrectionQueueQueryVariables,
  RejectAttendanceCorrectionMutation,
  RejectAttendanceCorrectionMutationVariables,
  SetWorkCalendarMutation,
  SetWorkCalendarMutationVariables,
  WorkingMonthQuery,
  WorkingMonthQueryVariables,
  AttendanceSheetQuery,
  AttendanceSheetQueryVariables,
  ImportAttendanceMutation,
  ImportAttendanceMutationVariables,
} from '../gql/graphql';
import type { ImportCsvParams, ImportCsvResult } from './employee-methods';
import { request } from './request';

// Attendance: the fingerprint-machine import (same page as the other CSV imports) and a unit's month as a grid.

const IMPORT_ATTENDANCE = /* GraphQL */ `
  mutation ImportAttendance($input: ImportAttendanceInput!) {
    importAttendance(input: $input) {
      rows
      days
      created
      updated
      unchanged
      dryRun
    }
  }
`;

const ATTENDANCE_SHEET = /* GraphQL */ `
  query AttendanceSheet($unitId: ID!, $month: String!) {
    attendanceSheet(unitId: $unitId, month: $month) {
      month
      days {
        date
        weekday
        holiday
      }
      rows {
        employee {
          id
          fullName
          nip
        }
        workingDays
        lateMinutes
        earlyLeaveMinutes
        statusCounts {
          status
          days
        }
        records {
          id
          date
          status
          checkIn
          checkOut
          lateMinutes
          earlyLeaveMinutes
        }
      }
    }
  }
`;

const CORRECTION_QUEUE = /* GraphQL */ `
  query AttendanceCorrectionQueue($first: Int) {
    attendanceCorrectionQueue(first: $first) {
      totalCount
      nodes {
        id
        version
        date
        checkIn
        checkOut
        attendanceStatus
        reason
        evidenceLink
        requestedByName
        employee {
          id
          fullName
        }
      }
    }
  }
`;

const APPROVE_CORRECTION = /* GraphQL */ `
  mutation ApproveAttendanceCorrection($input: DecideAttendanceCorrectionInput!) {
    approveAttendanceCorrection(input: $input) {
      correction {
        id
        status
      }
    }
  }
`;

const REJECT_CORRECTION = /* GraphQL */ `
  mutation RejectAttendanceCorrection($input: DecideAttendanceCorrectionInput!) {
    rejectAttendanceCorrection(input: $input) {
      correction {
        id
        status
      }
    }
  }
`;

const WORKING_MONTH = /* GraphQL */ `
  query WorkingMonth($unitId: ID, $month: String!) {
    workingDays(unitId: $unitId, month: $month) {
      count
      workingMinutes
      targetMinutes
      calendar {
        id
        version
        unitId
        targetMinutesPerDay
        days {
          weekday
          start
          end
          breakMinutes
        }
      }
    }
  }
`;

const SET_WORK_CALENDAR = /* GraphQL */ `
  mutation SetWorkCalendar($input: SetWorkCalendarInput!) {
    setWorkCalendar(input: $input) {
      calendar {
        id
        version
      }
    }
  }
`;

export type AttendanceSheet = AttendanceSheetQuery['attendanceSheet'];
export type WorkingMonth = WorkingMonthQuery['workingDays'];
export type QueuedCorrection = AttendanceCorrectionQueueQuery['attendanceCorrectionQueue']['nodes'][number];
export type CorrectionDecision = { id: string; version: number; comment?: string | null };

export type AttendanceMethods = {
  /** Imports (or, with `dryRun`, only checks) a fingerprint-machine export; all rows or none. */
  importAttendance(params: ImportCsvParams): Promise<{ data: ImportCsvResult }>;
  /** A unit's month (with the units below it): the days and one row per employee. */
  getAttendanceSheet(unitId: string, month: string): Promise<AttendanceSheet>;
  /** A month of an agency (no unit) or a unit: the working days and the calendar that applies. */
  getWorkingMonth(unitId: string | null, month: string): Promise<WorkingMonth>;
  /** Sets the week of the agency (no unit) or of a unit. */
  setWorkCalendar(input: SetWorkCalendarMutationVariables['input']): Promise<void>;
  /** The corrections waiting for the actor's decision, oldest first. */
  getAttendanceCorrectionQueue(): Promise<{ data: QueuedCorrection[]; total: number }>;
  approveAttendanceCorrection(input: CorrectionDecision): Promise<void>;
  rejectAttendanceCorrection(input: CorrectionDecision): Promise<void>;
};

export const attendanceMethods: AttendanceMethods = {
  async importAttendance({ agencyId, csv, dryRun = false }) {
    const data = await request<ImportAttendanceMutation, ImportAttendanceMutationVariables>(IMPORT_ATTENDANCE, {
      input: { agencyId: agencyId === undefined || agencyId === null || agencyId === '' ? null : String(agencyId), csv, dryRun },
    });
    // The import page counts what was written: new days and days widened by the file.
    const result = data.importAttendance;
    return { data: { rows: result.rows, created: result.created + result.updated, dryRun: result.dryRun } };
  },
  async getAttendanceSheet(unitId, month) {
    const data = await request<AttendanceSheetQuery, AttendanceSheetQueryVariables>(ATTENDANCE_SHEET, { unitId, month });
    return data.attendanceSheet;
  },
  async getWorkingMonth(unitId, month) {
    return (await request<WorkingMonthQuery, WorkingMonthQueryVariables>(WORKING_MONTH, { unitId, month })).workingDays;
  },
  async setWorkCalendar(input) {
    await request<SetWorkCalendarMutation, SetWorkCalendarMutationVariables>(SET_WORK_CALENDAR, { input });
  },
  async getAttendanceCorrectionQueue() {
    const data = await request<AttendanceCorrectionQueueQuery, AttendanceCorrectionQueueQueryVariables>(CORRECTION_QUEUE, { first: 500 });
    return { data: data.attendanceCorrectionQueue.nodes, total: data.attendanceCorrectionQueue.totalCount };
  },
  async approveAttendanceCorrection(input) {
    await request<ApproveAttendanceCorrectionMutation, ApproveAttendanceCorrectionMutationVariables>(APPROVE_CORRECTION, { input });
  },
  async rejectAttendanceCorrection(input) {
    await request<RejectAttendanceCorrectionMutation, RejectAttendanceCorrectionMutationVariables>(REJECT_CORRECTION, { input });
  },
};
