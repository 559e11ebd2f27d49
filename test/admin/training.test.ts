import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'public.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

/** Today in Western Indonesia (UTC+7), as the API counts days. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const PEOPLE: [string, string][] = [
  ['198501012010012001', 'Ani Lestari'],
  ['198602022010011002', 'Budi Santoso'],
  ['198703032010012003', 'Citra Kirana'],
  ['198804042010011004', 'Dedi Kurniawan'],
];

describe.runIf(runBrowser)('training sessions in the console: enrolment past capacity and the waiting list', () => {
  let app: TestApp;
  let browser: Browser;
  let hrToken: string;
  let sessionId: string;
  let pastSessionId: string;
  let page: Page;
  const pageErrors: string[] = [];

  const run = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await app.gql<T>(query, variables, { token: hrToken });
    expect(JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };

  const createSession = async (input: Record<string, unknown>) =>
    (
      await run<{ createTrainingSession: { session: { id: string } } }>(
        `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { session { id } } }`,
        { input },
      )
    ).createTrainingSession.session.id;

  /** Enrolment statuses in the database, by employee name. */
  const stored = async () =>
    Object.fromEntries(
      (
        await app.sql<{ name: string; status: string }>(
          `select e.name, n.status from enrollments n join employees e on e.id = n.employee_id
             join training_sessions s on s.id = n.session_id where s.name = ?`,
          ['Angkatan I Uji Latih'],
        )
      ).map((row) => [row.name, row.status]),
    );

  const rowStatus = (name: string) =>
    page.locator(`[data-testid="enrollment-row"][data-employee="${name}"]`).getByTestId('enrollment-status');

  const enrol = async (name: string) => {
    await page.getByTestId('session-enroll').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Pegawai').fill(name.split(' ')[0]!);
    await page.getByRole('option', { name: new RegExp(name) }).click({ timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Daftarkan' }).click();
  };

  beforeAll(async () => {
    app = await startTestApp();
    const { agency, id: agencyId } = await createAgency(app, { code: 'PEMKOT-UJI-LATIH', name: 'Pemerintah Kota Uji Pelatihan' });
    hrToken = await tokenFor(app, await createUser(app, { roles: [Role.HR_OFFICER], agency, username: 'latih.hr' }));
    const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'BKPSDM', name: 'BKPSDM Uji Latih', kind: 'BADAN' } },
    );
    const employeeIds: Record<string, string> = {};
    for (const [nip, name] of PEOPLE) {
      employeeIds[name] = (
        await run<{ createEmployee: { employee: { id: string } } }>(
          `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
          { input: { nip, name, employmentType: 'PNS', golongan: 'III_A', unitId: unit.createOrgUnit.orgUnit.id } },
        )
      ).createEmployee.employee.id;
    }
    const program = await run<{ createTrainingProgram: { program: { id: string } } }>(
      `mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { program { id } } }`,
      {
        input: {
          code: 'PEL-PELAYANAN-PRIMA',
          title: 'Pelayanan Prima',
          competencyArea: 'TEKNIS',
          mode: 'KLASIKAL',
          kind: 'PELATIHAN',
          jpHours: 16,
          provider: 'BPSDM Provinsi',
        },
      },
    );
    const programId = program.createTrainingProgram.program.id;
    sessionId = await createSession({
      programId,
      name: 'Angkatan I Uji Latih',
      startDate: inDays(7),
      endDate: inDays(8),
      capacity: 2,
      location: 'Aula BKPSDM',
      trainer: 'Widyaiswara Uji',
    });
    // Dedi already sits in another class on the same days.
    const other = await createSession({
      programId,
      name: 'Angkatan II Uji Latih',
      startDate: inDays(8),
      endDate: inDays(9),
      capacity: 5,
      online: true,
    });
    await run(`mutation ($input: EnrollInTrainingInput!) { enrollInTraining(input: $input) { enrollment { id } } }`, {
      input: { sessionId: other, employeeId: employeeIds['Dedi Kurniawan'] },
    });

    // A class that has already ended (its days moved into the past), with Ani waiting for her result.
    pastSessionId = await createSession({
      programId,
      name: 'Angkatan Lalu Uji Latih',
      startDate: inDays(20),
      endDate: inDays(21),
      capacity: 5,
      online: true,
    });
    await run(`mutation ($input: EnrollInTrainingInput!) { enrollInTraining(input: $input) { enrollment { id } } }`, {
      input: { sessionId: pastSessionId, employeeId: employeeIds['Ani Lestari'] },
    });
    await app.sql(`update training_sessions set start_date = ?, end_date = ? where name = ?`, [
      inDays(-5),
      inDays(-4),
      'Angkatan Lalu Uji Latih',
    ]);

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, app.url, 'latih.hr');
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists the catalogue and the sessions', async () => {
    await page.goto(`${app.url}/admin/#/trainingPrograms`);
    await page.getByText('PEL-PELAYANAN-PRIMA').waitFor({ timeout: 15_000 });
    await page.getByText('BPSDM Provinsi').waitFor();
    await page.goto(`${app.url}/admin/#/trainingSessions`);
    await page.getByText('Angkatan I Uji Latih').click({ timeout: 15_000 });
    await page.waitForURL(/#\/trainingSessions\/[^/]+\/show$/, { timeout: 15_000 });
    await page.getByTestId('session-seats').getByText('0 dari 2 kursi terisi').waitFor({ timeout: 15_000 });
    expect(pageErrors).toEqual([]);
  });

  it('adds a programme and schedules a session of it through the forms', async () => {
    await page.goto(`${app.url}/admin/#/trainingPrograms/create`);
    await page.locator('input[name="code"]').fill('PEL-MANAJEMEN-WAKTU');
    await page.locator('input[name="title"]').fill('Manajemen Waktu');
    await page.getByLabel('Kompetensi').click();
    await page.getByRole('option', { name: 'Manajerial' }).click();
    await page.locator('input[name="jpHours"]').fill('8');
    await page.locator('input[name="provider"]').fill('BKPSDM');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/trainingPrograms$/, { timeout: 15_000 });
    await page.getByText('PEL-MANAJEMEN-WAKTU').waitFor({ timeout: 15_000 });

    await page.goto(`${app.url}/admin/#/trainingSessions/create`);
    await page.getByLabel('Program').fill('Manajemen');
    await page.getByRole('option', { name: /Manajemen Waktu/ }).click({ timeout: 15_000 });
    await page.locator('input[name="name"]').fill('Angkatan Waktu Uji Latih');
    await page.locator('input[name="startDate"]').fill(inDays(30));
    await page.locator('input[name="endDate"]').fill(inDays(31));
    await page.locator('input[name="location"]').fill('Ruang Rapat');
    await page.locator('input[name="capacity"]').fill('10');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/trainingSessions\/[^/]+\/show$/, { timeout: 15_000 });
    await page.getByTestId('session-seats').getByText('0 dari 10 kursi terisi').waitFor({ timeout: 15_000 });
    const [created] = await app.sql<{ capacity: number; code: string; jp_hours: number; competency_area: string }>(
      `select s.capacity, p.code, p.jp_hours, p.competency_area from training_sessions s
         join training_programs p on p.id = s.program_id where s.name = ?`,
      ['Angkatan Waktu Uji Latih'],
    );
    expect(created).toEqual({ capacity: 10, code: 'PEL-MANAJEMEN-WAKTU', jp_hours: 8, competency_area: 'MANAJERIAL' });
    expect(pageErrors).toEqual([]);
  });

  it('enrols three employees past the capacity, waitlists the third, and promotes it when a seat frees', async () => {
    await page.goto(`${app.url}/admin/#/trainingSessions/${encodeURIComponent(sessionId)}/show`);
    await page.getByTestId('session-capacity').waitFor({ timeout: 15_000 });

    await enrol('Ani Lestari');
    await rowStatus('Ani Lestari').getByText('Terdaftar').waitFor({ timeout: 15_000 });
    await enrol('Budi Santoso');
    await rowStatus('Budi Santoso').getByText('Terdaftar').waitFor({ timeout: 15_000 });
    await enrol('Citra Kirana');
    await page.getByText('Kuota penuh: Citra Kirana masuk daftar tunggu').waitFor({ timeout: 15_000 });
    await rowStatus('Citra Kirana').getByText('Daftar tunggu').waitFor({ timeout: 15_000 });
    await page.getByTestId('session-seats').getByText('2 dari 2 kursi terisi').waitFor({ timeout: 15_000 });
    await page.getByTestId('session-waitlist').getByText('Daftar tunggu: 1').waitFor();
    await screenshot(page, 'training-session-waitlisted');
    expect(await stored()).toEqual({ 'Ani Lestari': 'REGISTERED', 'Budi Santoso': 'REGISTERED', 'Citra Kirana': 'WAITLISTED' });

    // Dedi's other class overlaps: refused, with the API's message naming it; nothing stored.
    await enrol('Dedi Kurniawan');
    await page
      .getByText(/Angkatan II Uji Latih/)
      .first()
      .waitFor({ timeout: 15_000 });
    await screenshot(page, 'training-session-overlap-refused');
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
    expect(Object.keys(await stored())).not.toContain('Dedi Kurniawan');

    // Budi withdraws: Citra gets his seat.
    await page.locator('[data-testid="enrollment-row"][data-employee="Budi Santoso"]').getByTestId('enrollment-cancel').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Batalkan pendaftaran' }).click();
    await page.getByText('Pendaftaran dibatalkan; Citra Kirana mendapat kursi').waitFor({ timeout: 15_000 });
    await rowStatus('Citra Kirana').getByText('Terdaftar').waitFor({ timeout: 15_000 });
    await rowStatus('Budi Santoso').getByText('Dibatalkan').waitFor();
    await page.getByTestId('session-waitlist').getByText('Daftar tunggu: 0').waitFor();
    await screenshot(page, 'training-session-promoted');
    expect(await stored()).toEqual({ 'Ani Lestari': 'REGISTERED', 'Budi Santoso': 'CANCELLED', 'Citra Kirana': 'REGISTERED' });
    expect(pageErrors).toEqual([]);
  });

  it("records the result of an ended session: completed, with score, certificate and the programme's JP", async () => {
    await page.goto(`${app.url}/admin/#/trainingSessions/${encodeURIComponent(pastSessionId)}/show`);
    const row = page.locator('[data-testid="enrollment-row"][data-employee="Ani Lestari"]');
    await row.getByTestId('enrollment-result').click({ timeout: 15_000 });
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Status').click();
    await page.getByRole('option', { name: 'Lulus', exact: true }).click();
    await dialog.locator('input[name="score"]').fill('85');
    await dialog.locator('input[name="certificateNumber"]').fill('STTPP-2026-001');
    await dialog.getByRole('button', { name: 'Catat' }).click();
    await page.getByText('Hasil dicatat').waitFor({ timeout: 15_000 });
    await row.getByTestId('enrollment-status').getByText('Lulus').waitFor({ timeout: 15_000 });
    await row.getByText('STTPP-2026-001').waitFor();
    await screenshot(page, 'training-session-result');
    const [result] = await app.sql<{ status: string; score: number; jp_earned: number; certificate_number: string }>(
      `select n.status, n.score, n.jp_earned, n.certificate_number from enrollments n
         join training_sessions s on s.id = n.session_id where s.name = ?`,
      ['Angkatan Lalu Uji Latih'],
    );
    expect(result).toMatchObject({ status: 'COMPLETED', jp_earned: 16, certificate_number: 'STTPP-2026-001' });
    expect(Number(result!.score)).toBe(85);
    expect(pageErrors).toEqual([]);
  });
});
