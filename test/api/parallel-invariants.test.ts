import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * Invariants that must hold when many requests arrive at once, sent truly in
 * parallel over HTTP: a session's seats, plan generation, and the numbers the
 * system issues (complaint tracking codes, allowance scheme version numbers).
 */

const EMPLOYEES = 30;

let app: TestApp;
let agencyId: string;
let agencyCode: string;
let hr: string;
const employeeIds: string[] = [];

// The app starts in beforeAll; the runner reaches it through this forwarder.
const { run, attempt } = runner({ gql: (...args: Parameters<TestApp['gql']>) => app.gql(...args) } as TestApp, () => hr);

const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

beforeAll(async () => {
  app = await startTestApp();
  agencyCode = 'SERENTAK';
  const { agency, id } = await createAgency(app, { code: agencyCode });
  agencyId = id;
  hr = (await actor(app, [Role.HR_OFFICER], agency)).token;
  const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
    `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
    { input: { agencyId, code: 'DINAS', name: 'Dinas Serentak', kind: 'DINAS' } },
  );
  const unitId = unit.createOrgUnit.orgUnit.id;
  const head = await run<{ createPosition: { position: { id: string } } }>(
    `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
    { input: { unitId, name: 'Kepala Dinas', grade: 14, type: 'JPT_PRATAMA' } },
  );
  const staff = await run<{ createPosition: { position: { id: string } } }>(
    `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
    { input: { unitId, name: 'Pelaksana', grade: 6, type: 'PELAKSANA', superiorId: head.createPosition.position.id } },
  );
  for (let i = 0; i < EMPLOYEES; i++) {
    const created = await run<{ createEmployee: { employee: { id: string } } }>(
      `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
      {
        input: {
          name: `Pegawai Serentak ${i + 1}`,
          // Born 1985-01-01, appointed 2010-03, man, sequence i+1.
          nip: `198501012010031${String(i + 1).padStart(3, '0')}`,
          employmentType: 'PNS',
          golongan: 'III_A',
          unitId,
          positionId: i === 0 ? head.createPosition.position.id : staff.createPosition.position.id,
        },
      },
    );
    employeeIds.push(created.createEmployee.employee.id);
  }
}, 180_000);
afterAll(() => app?.close());

describe('under parallel requests', () => {
  it(`never seats more than a session's capacity: ${EMPLOYEES} parallel enrolments, the rest waitlisted`, async () => {
    const program = await run<{ createTrainingProgram: { program: { id: string } } }>(
      `mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { program { id } } }`,
      {
        input: {
          agencyId,
          code: 'PEL-SERENTAK',
          title: 'Pelatihan Serentak',
          competencyArea: 'TEKNIS',
          kind: 'PELATIHAN',
          mode: 'KLASIKAL',
          jpHours: 20,
        },
      },
    );
    const session = await run<{ createTrainingSession: { session: { id: string } } }>(
      `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { session { id } } }`,
      {
        input: {
          programId: program.createTrainingProgram.program.id,
          name: 'Angkatan I',
          capacity: 5,
          online: true,
          startDate: '2030-05-01',
          endDate: '2030-05-03',
        },
      },
    );
    const sessionId = session.createTrainingSession.session.id;
    const responses = await Promise.all(
      employeeIds.map((employeeId) =>
        attempt<{ enrollInTraining: { enrollment: { status: string } } }>(
          `mutation ($input: EnrollInTrainingInput!) { enrollInTraining(input: $input) { enrollment { status } } }`,
          { input: { employeeId, sessionId } },
        ),
      ),
    );
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const statuses = responses.map((r) => r.data!.enrollInTraining.enrollment.status);
    expect(statuses.filter((s) => s === 'REGISTERED')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(EMPLOYEES - 5);
    const stored = await app.sql<{ status: string; n: string }>(
      `select status, count(*) as n from enrollments where session_id = ? group by status order by status`,
      [rowId(sessionId)],
    );
    expect(stored.map((r) => [r.status, Number(r.n)])).toEqual([
      ['REGISTERED', 5],
      ['WAITLISTED', EMPLOYEES - 5],
    ]);
    const seats = await run<{ trainingSession: { seatsTaken: number; waitlistCount: number } }>(
      `query ($id: ID!) { trainingSession(id: $id) { seatsTaken waitlistCount } }`,
      { id: sessionId },
    );
    expect(seats.trainingSession).toEqual({ seatsTaken: 5, waitlistCount: EMPLOYEES - 5 });
  });

  it('creates each plan once when plan generation runs 5 times in parallel', async () => {
    const indicator = await run<{ createIndicator: { indicator: { id: string } } }>(
      `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
      {
        input: {
          agencyId,
          code: 'KUALITAS',
          name: 'Kualitas',
          direction: 'HIGHER_IS_BETTER',
          perspective: 'HASIL_KERJA',
          unit: 'PERCENT',
          aggregation: 'AVERAGE',
        },
      },
    );
    await run(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
      input: { agencyId, name: 'Umum', items: [{ indicatorId: indicator.createIndicator.indicator.id, weight: 100, target: 90 }] },
    });
    const period = await run<{ createAppraisalPeriod: { period: { id: string; version: number } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id version } } }`,
      { input: { agencyId, name: 'Triwulan I 2025', type: 'QUARTERLY', startDate: '2025-01-01', endDate: '2025-03-31' } },
    );
    const periodId = period.createAppraisalPeriod.period.id;
    await run(`mutation ($input: PeriodTransitionInput!) { startPlanning(input: $input) { period { status } } }`, {
      input: { id: periodId, version: period.createAppraisalPeriod.period.version },
    });
    const runs = await Promise.all(
      Array.from({ length: 5 }, () =>
        attempt<{ generatePlans: { created: number; existing: number } }>(
          `mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created existing } }`,
          { input: { periodId } },
        ),
      ),
    );
    expect(runs.flatMap((r) => r.errors ?? [])).toEqual([]);
    // Together the runs created every plan exactly once; each saw the others' plans as existing.
    expect(runs.reduce((sum, r) => sum + r.data!.generatePlans.created, 0)).toBe(EMPLOYEES);
    for (const r of runs) expect(r.data!.generatePlans.created + r.data!.generatePlans.existing).toBe(EMPLOYEES);
    const plans = await app.sql<{ employee_id: string; n: string }>(
      `select employee_id, count(*) as n from performance_plans where period_id = ? group by employee_id`,
      [rowId(periodId)],
    );
    expect(plans).toHaveLength(EMPLOYEES);
    expect(plans.every((p) => Number(p.n) === 1)).toBe(true);
    const [targets] = await app.sql<{ n: string }>(
      `select count(*) as n from plan_targets t join performance_plans p on p.id = t.plan_id where p.period_id = ?`,
      [rowId(periodId)],
    );
    expect(Number(targets!.n)).toBe(EMPLOYEES);
  });

  it('never issues a complaint tracking code twice under 30 parallel submissions', async () => {
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        app.gql<{ submitComplaint: { trackingCode: string } }>(
          `mutation ($input: SubmitComplaintInput!) { submitComplaint(input: $input) { trackingCode } }`,
          {
            input: {
              agencyCode,
              category: 'PENGADUAN',
              subject: `Antrean lama ${i}`,
              description: 'Saya menunggu lebih dari tiga jam di loket pendaftaran tanpa kejelasan.',
            },
          },
          // Citizens from different addresses: the per-address limit is not what is tested here.
          { headers: { 'x-forwarded-for': `198.51.100.${i + 1}` } },
        ),
      ),
    );
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const codes = responses.map((r) => r.data!.submitComplaint.trackingCode);
    expect(new Set(codes).size).toBe(30);
    const [stored] = await app.sql<{ n: string; distinct_codes: string }>(
      `select count(*) as n, count(distinct tracking_code) as distinct_codes from complaints where tracking_code in (?)`,
      [codes],
    );
    expect([Number(stored!.n), Number(stored!.distinct_codes)]).toEqual([30, 30]);
  });

  it('never issues an allowance scheme version number twice under parallel creation', async () => {
    const baseAmounts = Array.from({ length: 17 }, (_, i) => 1_000_000 + i * 100_000);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        attempt<{ createAllowanceScheme: { scheme: { schemeVersion: number } } }>(
          `mutation ($input: CreateAllowanceSchemeInput!) { createAllowanceScheme(input: $input) { scheme { schemeVersion } } }`,
          { input: { agencyId, validFrom: `2030-${String(i + 1).padStart(2, '0')}-01`, baseAmounts } },
        ),
      ),
    );
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = responses.map((r) => r.data!.createAllowanceScheme.scheme.schemeVersion).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
