/**
 * The GraphQL documents of the scale benchmark (npm run bench), shared with the
 * test of the generated dataset and the query-plan check, so all three exercise
 * the same requests.
 */

/** 1. A page of employees with unit, position, supervisor and latest predicate. */
export const EMPLOYEE_PAGE = `query EmployeePage($first: Int!, $offset: Int) {
  employees(first: $first, offset: $offset, orderBy: [{ field: NAME }]) {
    totalCount
    nodes {
      id nip name golongan status
      unit { id code name }
      position { id name type }
      supervisor { id nip name }
      latestPredicate
    }
  }
}`;

/** 1c. The same page after a keyset cursor (`pageInfo.endCursor` or an edge's cursor of the row before it). */
export const EMPLOYEE_PAGE_AFTER = `query EmployeePageAfter($first: Int!, $after: String) {
  employees(first: $first, after: $after, orderBy: [{ field: NAME }]) {
    totalCount
    nodes {
      id nip name golongan status
      unit { id code name }
      position { id name type }
      supervisor { id nip name }
      latestPredicate
    }
  }
}`;

/** The cursor of the employee at a position of the list by name (to start a keyset page there). */
export const EMPLOYEE_CURSOR_AT = `query EmployeeCursorAt($offset: Int!) {
  employees(first: 1, offset: $offset, orderBy: [{ field: NAME }]) { edges { cursor } }
}`;

/** 2. The dashboard: predicate distribution and average achievement over a unit tree in a period. */
export const DASHBOARD = `query Dashboard($periodIds: [ID!]!, $unitId: ID) {
  analytics(periodIds: $periodIds, unitId: $unitId) {
    scopeName
    predicateDistribution { coveredEmployees counts { predicate count share } units { unitCode coveredEmployees counts { predicate count } } }
    indicatorAchievement { coveredEmployees indicators { code averageAchievement coveredEmployees } }
  }
}`;

/** 3. The plan page: targets with realisations, feedback, the evaluation and its breakdown. */
export const PLAN_PAGE = `query PlanPage($id: ID!) {
  performancePlan(id: $id) {
    id status mainWeight
    employee { id name nip }
    appraiser { id name }
    period { id name status }
    targets {
      id weight target periodValue description
      indicator { code name unit direction }
      realizations { id value note period { id name } }
    }
    feedback { id type text authorName createdAt }
    evaluation {
      id status score resultRating behaviourRating predicate
      breakdown { score predicate mainScore lines { key label weight achievement contribution capped } steps }
    }
  }
}`;

/** 4. File a daily work report (the account's own). */
export const FILE_REPORT = `mutation FileReport($input: FileWorkReportInput!) {
  fileWorkReport(input: $input) { report { id } }
}`;

/** 5. Log in. */
export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;
