import type { Identifier } from 'react-admin';
import type { DashboardAnalyticsQuery, DashboardAnalyticsQueryVariables } from '../gql/graphql';
import { request } from './request';

// The home dashboard's figures in one request: every panel for the chosen period, and the trend over
// that period and the ones before it. Each panel is one aggregate on the server.

const DASHBOARD_ANALYTICS = /* GraphQL */ `
  query DashboardAnalytics($periodIds: [ID!]!, $trendPeriodIds: [ID!]!, $unitId: ID) {
    current: analytics(periodIds: $periodIds, unitId: $unitId) {
      unitId
      scopeName
      from
      to
      year
      predicateDistribution {
        period {
          id
          name
        }
        coveredEmployees
        deviatingUnits
        counts {
          predicate
          count
          share
        }
      }
      indicatorAchievement {
        coveredEmployees
        indicators {
          code
          name
          averageAchievement
          coveredEmployees
        }
      }
      unitRanking {
        coveredEmployees
        averageScore
        units {
          unitId
          unitCode
          unitName
          rank
          averageScore
          evaluations
          coveredEmployees
        }
      }
      cycleProgress {
        coveredEmployees
        withoutPlan
        plansInProgress
        plansApproved
        evaluationsPending
        evaluated
        units {
          unitId
          unitName
          coveredEmployees
          withoutPlan
          plansInProgress
          evaluationsPending
          evaluated
        }
      }
      trainingCompliance {
        year
        requiredJp
        coveredEmployees
        compliant
        compliantShare
        averageJp
        units {
          unitId
          unitName
          coveredEmployees
          compliantShare
        }
      }
      ikm {
        coveredEmployees
        respondents
        ikm
        category
        services {
          unitId
          unitName
          serviceName
          respondents
          ikm
          category
        }
      }
      complaints {
        coveredEmployees
        received
        open
        overdue
        resolved
        meanResolutionDays
        units {
          unitId
          unitName
          received
          overdue
        }
      }
      discipline {
        day
        coveredEmployees
        activeSanctions
        ringan
        sedang
        berat
        rewards
      }
      workReports {
        weeks
        coveredEmployees
        reports
        approved
        reportsPerEmployeeWeek
        meanApprovalHours
        units {
          unitId
          unitName
          reportsPerEmployeeWeek
          meanApprovalHours
        }
      }
    }
    history: analytics(periodIds: $trendPeriodIds, unitId: $unitId) {
      trend {
        period {
          id
          name
        }
        coveredEmployees
        averageScore
        baikOrBetterShare
      }
    }
  }
`;

export type DashboardFigures = DashboardAnalyticsQuery['current'];
export type DashboardTrend = DashboardAnalyticsQuery['history']['trend'];

export type AnalyticsMethods = {
  /**
   * The dashboard of one period for a unit subtree (default the actor's scope), with the trend over
   * `trendPeriodIds` (the period and those before it). NOT_FOUND for a unit outside the actor's reach.
   */
  dashboardAnalytics(
    periodId: Identifier,
    trendPeriodIds: Identifier[],
    unitId?: Identifier | null,
  ): Promise<{ data: DashboardFigures; trend: DashboardTrend }>;
};

export const analyticsMethods: AnalyticsMethods = {
  async dashboardAnalytics(periodId, trendPeriodIds, unitId) {
    const trend = trendPeriodIds.length ? trendPeriodIds.map(String) : [String(periodId)];
    const data = await request<DashboardAnalyticsQuery, DashboardAnalyticsQueryVariables>(DASHBOARD_ANALYTICS, {
      periodIds: [String(periodId)],
      trendPeriodIds: trend,
      ...(unitId ? { unitId: String(unitId) } : {}),
    });
    return { data: data.current, trend: data.history.trend };
  },
};
