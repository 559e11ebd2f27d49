import type { Identifier } from 'react-admin';
import type {
  ApproveWorkReportMutation,
  ApproveWorkReportMutationVariables,
  CommentOnWorkReportMutation,
  CommentOnWorkReportMutationVariables,
  FeedbackType,
  GiveFeedbackMutation,
  GiveFeedbackMutationVariables,
  ReturnWorkReportMutation,
  ReturnWorkReportMutationVariables,
  WorkReportQueueQuery,
  WorkReportQueueQueryVariables,
} from '../gql/graphql';
import { request } from './request';

// Daily work reports beyond their CRUD (filing is `create`, through fileWorkReport, see
// schema-index.ts): the supervisor's queue and decisions, comments on both sides, and the
// appraiser's continuous feedback on a plan (umpan balik).

const WORK_REPORT_AFTER_STEP = /* GraphQL */ `
  fragment WorkReportAfterStep on WorkReport {
    id
    status
    version
    reviewComment
    reviewedAt
    updatedAt
  }
`;

const APPROVE_WORK_REPORT = /* GraphQL */ `
  mutation ApproveWorkReport($input: ApproveWorkReportInput!) {
    approveWorkReport(input: $input) {
      report {
        ...WorkReportAfterStep
      }
    }
  }
`;

const RETURN_WORK_REPORT = /* GraphQL */ `
  mutation ReturnWorkReport($input: ReturnWorkReportInput!) {
    returnWorkReport(input: $input) {
      report {
        ...WorkReportAfterStep
      }
    }
  }
`;

const COMMENT_ON_WORK_REPORT = /* GraphQL */ `
  mutation CommentOnWorkReport($input: CommentOnWorkReportInput!) {
    commentOnWorkReport(input: $input) {
      comment {
        id
        reportId
        authorName
        text
        createdAt
      }
    }
  }
`;

const WORK_REPORT_QUEUE = /* GraphQL */ `
  query WorkReportQueue($first: Int, $offset: Int) {
    workReportQueue(first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        date
        activity
        output
        hours
        status
        version
        submittedAt
        evidenceLinks
        employee {
          id
          fullName
          nipFormatted
        }
        target {
          id
          indicator {
            code
            name
          }
        }
      }
    }
  }
`;

const GIVE_FEEDBACK = /* GraphQL */ `
  mutation GiveFeedback($input: GiveFeedbackInput!) {
    giveFeedback(input: $input) {
      feedback {
        id
        planId
        type
        text
        authorName
        createdAt
      }
    }
  }
`;

export type WorkReportAfterStep = ApproveWorkReportMutation['approveWorkReport']['report'];
export type QueuedWorkReport = WorkReportQueueQuery['workReportQueue']['nodes'][number];
export type WorkReportComment = CommentOnWorkReportMutation['commentOnWorkReport']['comment'];
export type GivenFeedback = GiveFeedbackMutation['giveFeedback']['feedback'];

export type WorkReportMethods = {
  /** SUBMITTED -> APPROVED, with an optional remark (the direct supervisor, HR). */
  approveWorkReport(id: Identifier, version: number, comment?: string | null): Promise<{ data: WorkReportAfterStep }>;
  /** SUBMITTED -> RETURNED with what to change (required). */
  returnWorkReport(id: Identifier, version: number, comment: string): Promise<{ data: WorkReportAfterStep }>;
  /** A comment on a report, by the employee or a reviewer. */
  commentOnWorkReport(reportId: Identifier, text: string): Promise<{ data: WorkReportComment }>;
  /** The supervisor's queue: the SUBMITTED reports of their direct staff, oldest first. */
  getWorkReportQueue(page: number, perPage: number): Promise<{ data: QueuedWorkReport[]; total: number }>;
  /** Feedback on a plan by its appraiser or the appraiser's superior. */
  giveFeedback(planId: Identifier, type: FeedbackType, text: string, targetId?: Identifier | null): Promise<{ data: GivenFeedback }>;
};

export const workReportMethods: WorkReportMethods = {
  async approveWorkReport(id, version, comment) {
    const data = await request<ApproveWorkReportMutation, ApproveWorkReportMutationVariables>(
      APPROVE_WORK_REPORT + WORK_REPORT_AFTER_STEP,
      {
        input: { id: String(id), version, ...(comment ? { comment } : {}) },
      },
    );
    return { data: data.approveWorkReport.report };
  },

  async returnWorkReport(id, version, comment) {
    const data = await request<ReturnWorkReportMutation, ReturnWorkReportMutationVariables>(RETURN_WORK_REPORT + WORK_REPORT_AFTER_STEP, {
      input: { id: String(id), version, comment },
    });
    return { data: data.returnWorkReport.report };
  },

  async commentOnWorkReport(reportId, text) {
    const data = await request<CommentOnWorkReportMutation, CommentOnWorkReportMutationVariables>(COMMENT_ON_WORK_REPORT, {
      input: { reportId: String(reportId), text },
    });
    return { data: data.commentOnWorkReport.comment };
  },

  async getWorkReportQueue(page, perPage) {
    const offset = (page - 1) * perPage;
    const data = await request<WorkReportQueueQuery, WorkReportQueueQueryVariables>(WORK_REPORT_QUEUE, {
      first: perPage,
      ...(offset > 0 ? { offset } : {}),
    });
    return { data: data.workReportQueue.nodes, total: data.workReportQueue.totalCount };
  },

  async giveFeedback(planId, type, text, targetId) {
    const data = await request<GiveFeedbackMutation, GiveFeedbackMutationVariables>(GIVE_FEEDBACK, {
      input: { planId: String(planId), type, text, ...(targetId ? { targetId: String(targetId) } : {}) },
    });
    return { data: data.giveFeedback.feedback };
  },
};
