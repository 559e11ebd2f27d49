import { addDays, todayInIndonesia } from '../../api/src/dates.js';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import type { TestApp } from './app.js';
import { actor, createAgency, createUser, Role, tokenFor } from './factories.js';
import { runner } from './gql-run.js';

/**
 * A health office with a reporting line and agreed plans for the quarter of today:
 * Dinas Kesehatan (Kadis, Hendra) > Puskesmas (Kapus, Sri) > two staff (Siti, Yusuf),
 * each with an account linked to the employee; HR of the agency; a supervisor of
 * another agency. Every plan of the quarter is approved by its appraiser.
 */
export interface ReportingLine {
  agencyId: string;
  /** Global IDs: employees (kadis, kapus, siti, yusuf), the quarter, plans by employee key. */
  ids: Record<string, string>;
  plans: Record<string, { id: string; version: number; targets: { id: string }[] }>;
  /** Bearer tokens: hr, kadis, kapus, siti, yusuf, outsider (a supervisor of another agency). */
  tokens: Record<string, string>;
  today: string;
  quarter: { startDate: string; endDate: string };
}

/** First and last day of the quarter holding `day`. */
export function quarterOf(day: string): { startDate: string; endDate: string } {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const startDate = `${year}-${String(first).padStart(2, '0')}-01`;
  const next = first + 3 > 12 ? `${year + 1}-01-01` : `${year}-${String(first + 3).padStart(2, '0')}-01`;
  return { startDate, endDate: addDays(next, -1) };
}

export async function setUpReportingLine(app: TestApp): Promise<ReportingLine> {
  const agency = await createAgency(app, { code: `DINKES-${Math.random().toString(36).slice(2, 6).toUpperCase()}` });
  const hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  const { run } = runner(app, () => hr);
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = { hr };
  const post = <T>(query: string, input: Record<string, unknown>, token = hr) => run<T>(query, { input }, token);

  const unit = async (input: Record<string, unknown>) =>
    (
      await post<{ createOrgUnit: { orgUnit: { id: string } } }>(
        `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
        input,
      )
    ).createOrgUnit.orgUnit.id;
  const dinkes = await unit({ agencyId: agency.id, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS' });
  const pkm = await unit({ parentId: dinkes, code: 'PKM', name: 'Puskesmas Kertapati', kind: 'PUSKESMAS' });
  const position = async (input: Record<string, unknown>) =>
    (
      await post<{ createPosition: { position: { id: string } } }>(
        `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
        input,
      )
    ).createPosition.position.id;
  const kadisPos = await position({ unitId: dinkes, name: 'Kepala Dinas Kesehatan', type: 'JPT_PRATAMA', grade: 14 });
  const kapusPos = await position({ unitId: pkm, name: 'Kepala Puskesmas', type: 'PENGAWAS', grade: 9, superiorId: kadisPos });
  const stafPos = await position({ unitId: pkm, name: 'Pengelola Layanan', type: 'PELAKSANA', grade: 6, superiorId: kapusPos });
  const people: [string, string, string, string, Role][] = [
    ['kadis', '197003051995031001', 'Hendra Saputra', kadisPos, Role.SUPERVISOR],
    ['kapus', '198002022005012004', 'Sri Wahyuni', kapusPos, Role.SUPERVISOR],
    ['siti', '199001012015012007', 'Siti Aminah', stafPos, Role.EMPLOYEE],
    ['yusuf', '199203152016011002', 'Yusuf Effendi', stafPos, Role.EMPLOYEE],
  ];
  for (const [key, nip, name, positionId, role] of people) {
    ids[key] = (
      await post<{ createEmployee: { employee: { id: string } } }>(
        `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
        { nip, name, employmentType: 'PNS', golongan: 'III_B', positionId, effectiveDate: '2024-01-02' },
      )
    ).createEmployee.employee.id;
    const user = await createUser(app, { roles: [role], agency: agency.agency, username: `${key}-${agency.agency.code.toLowerCase()}` });
    await app.sql('update users set employee_id = ?, display_name = ? where id = ?', [
      fromGlobalId(ids[key]!, 'Employee', 'id'),
      name,
      user.id,
    ]);
    tokens[key] = await tokenFor(app, user);
  }
  const other = await createAgency(app, { code: `LAIN-${Math.random().toString(36).slice(2, 6).toUpperCase()}` });
  tokens.outsider = (await actor(app, [Role.SUPERVISOR, Role.HR_OFFICER], other.agency)).token;

  const indicator = async (code: string) =>
    (
      await post<{ createIndicator: { indicator: { id: string } } }>(
        `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
        { code, name: code, direction: 'HIGHER_IS_BETTER', perspective: 'HASIL_KERJA', unit: 'PERCENT', aggregation: 'AVERAGE' },
      )
    ).createIndicator.indicator.id;
  const coverage = await indicator('CAKUPAN-LAYANAN');
  const quality = await indicator('KUALITAS-KERJA');
  await post(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
    name: 'Umum',
    items: [
      { indicatorId: coverage, weight: 60, target: 90 },
      { indicatorId: quality, weight: 40, target: 85 },
    ],
  });

  const today = todayInIndonesia();
  const quarter = quarterOf(today);
  ids.quarter = (
    await post<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { name: `Triwulan ${quarter.startDate}`, type: 'QUARTERLY', ...quarter },
    )
  ).createAppraisalPeriod.period.id;
  await post(`mutation ($input: PeriodTransitionInput!) { startPlanning(input: $input) { period { status } } }`, {
    id: ids.quarter,
    version: 1,
  });
  await post(`mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created } }`, { periodId: ids.quarter });

  type Plan = { id: string; version: number; employeeId: string; targets: { id: string }[] };
  const { performancePlans } = await run<{ performancePlans: { nodes: Plan[] } }>(
    `query ($periodId: ID!) { performancePlans(filter: { periodId: { eq: $periodId } }) { nodes { id version employeeId targets { id } } } }`,
    { periodId: ids.quarter },
  );
  const appraiserOf: Record<string, string> = { kadis: hr, kapus: tokens.kadis!, siti: tokens.kapus!, yusuf: tokens.kapus! };
  const plans: ReportingLine['plans'] = {};
  for (const plan of performancePlans.nodes) {
    const key = Object.keys(appraiserOf).find((k) => ids[k] === plan.employeeId)!;
    const submitted = await post<{ submitPlan: { plan: { version: number } } }>(
      `mutation ($input: PlanStepInput!) { submitPlan(input: $input) { plan { version } } }`,
      { id: plan.id, version: plan.version },
    );
    const approved = await post<{ approvePlan: { plan: { version: number } } }>(
      `mutation ($input: PlanStepInput!) { approvePlan(input: $input) { plan { version } } }`,
      { id: plan.id, version: submitted.submitPlan.plan.version },
      appraiserOf[key],
    );
    plans[key] = { id: plan.id, version: approved.approvePlan.plan.version, targets: plan.targets };
  }
  return { agencyId: agency.id, ids, plans, tokens, today, quarter };
}
