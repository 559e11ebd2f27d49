import type { Identifier } from 'react-admin';
import type { MyHomeQuery, MyHomeQueryVariables, TeamHomeQuery, TeamHomeQueryVariables } from '../gql/graphql';
import { request } from './request';

// The homes ("Kinerja saya" and the supervisor's): each one request with every panel, so that
// opening the console costs a fixed number of statements whatever the person has recorded.

const MY_HOME = /* GraphQL */ `
  query MyHome($employeeId: ID!, $from: Date!, $year: Int!, $month: String!) {
    reports: workReports(
      filter: { employeeId: { eq: $employeeId }, date: { gte: $from } }
      orderBy: [{ field: DATE, direction: DESC }]
      first: 100
    ) {
      totalCount
      nodes {
        id
        date
        activity
        hours
        status
        reviewComment
      }
    }
    plans: performancePlans(filter: { employeeId: { eq: $employeeId } }, first: 20) {
      nodes {
        id
        status
        employeeId
        appraiserId
        appraiserSuperiorId
        period {
          id
          name
          status
          startDate
          endDate
        }
        targets {
          id
          category
          target
          targetMax
          periodValue
          weight
          indicator {
            id
            code
            name
          }
        }
        feedback {
          id
          type
          text
          authorName
          createdAt
        }
        evaluation {
          id
          status
          version
          score
          predicate
          objectionDeadline
          objectionReason
          decision
          decisionNote
          confirmedAt
        }
      }
    }
    trainingHours(employeeId: $employeeId, year: $year) {
      totalJp
      requiredJp
      remainingJp
      compliant
      enrollments {
        id
        status
        jpEarned
        session {
          id
          name
          startDate
          endDate
          program {
            id
            title
          }
        }
      }
    }
    allowance: allowanceBreakdown(employeeId: $employeeId, month: $month) {
      month
      net
      sheetStatus
      adjustmentOf
    }
  }
`;

const TEAM_HOME = /* GraphQL */ `
  query TeamHome($employeeId: ID!) {
    queue: workReportQueue(first: 100) {
      totalCount
      nodes {
        id
        date
        activity
        output
        hours
        status
        version
        employee {
          id
          fullName
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
    plansWaiting: performancePlans(filter: { status: { eq: SUBMITTED }, appraiserId: { eq: $employeeId } }, first: 0) {
      totalCount
    }
    evaluated: performancePlans(filter: { status: { eq: APPROVED } }, orderBy: [{ field: UPDATED_AT, direction: DESC }], first: 100) {
      nodes {
        id
        appraiserSuperiorId
        employee {
          id
          fullName
        }
        period {
          id
          name
          status
        }
        evaluation {
          id
          status
          version
          predicate
          objectionReason
        }
      }
    }
  }
`;

export type MyHome = MyHomeQuery;
export type MyHomePlan = MyHomeQuery['plans']['nodes'][number];
export type MyHomeReport = MyHomeQuery['reports']['nodes'][number];
export type TeamHome = TeamHomeQuery;
export type TeamQueueReport = TeamHomeQuery['queue']['nodes'][number];

export type HomeMethods = {
  /** The signed-in employee's week of reports (from `from`), plans with targets, feedback and evaluation, the year's JP, the month's allowance. */
  getMyHome(employeeId: Identifier, from: string, year: number, month: string): Promise<{ data: MyHome }>;
  /** The supervisor's queue of reports, the plans waiting for their approval, the approved plans with their evaluations (objections). */
  getTeamHome(employeeId: Identifier): Promise<{ data: TeamHome }>;
};

export const homeMethods: HomeMethods = {
  async getMyHome(employeeId, from, year, month) {
    const data = await request<MyHomeQuery, MyHomeQueryVariables>(MY_HOME, { employeeId: String(employeeId), from, year, month });
    return { data };
  },
  async getTeamHome(employeeId) {
    const data = await request<TeamHomeQuery, TeamHomeQueryVariables>(TEAM_HOME, { employeeId: String(employeeId) });
    return { data };
  },
};
