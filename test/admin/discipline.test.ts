import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { addWorkingDays, sanctionEndDate } from '../../api/src/modules/discipline/sanction-rules.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'public.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

/** Today in Western Indonesia (UTC+7), as the API counts days. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** A day as the console writes it: "17 Agustus 2026". */
const written = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe.runIf(runBrowser)('discipline and rewards in the console: a case from proposal to a running sanction that blocks a reward', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let hrToken: string;
  const pageErrors: string[] = [];
  const examinedOn = inDays(-25);
  const decreeDate = inDays(-20);
  const effectiveFrom = inDays(-10);
  // POTONGAN_TUKIN_25_6 runs six months from its effective day.
  const endDate = sanctionEndDate(effectiveFrom, { durationMonths: 6, permanent: false })!;

  const run = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await app.gql<T>(query, variables, { token: hrToken });
    expect(JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };

  const storedCase = async () =>
    (
      await app.sql<{
        status: string;
        code: string | null;
        decree_number: string | null;
        effective_from: string | null;
        end_date: string | null;
      }>(
        `select c.status, t.code, c.decree_number, c.effective_from::text, c.end_date::text
           from disciplinary_cases c left join sanction_types t on t.id = c.sanction_type_id
           join employees e on e.id = c.employee_id where e.name = ?`,
        ['Ani Lestari'],
      )
    )[0];

  const caseStatus = () => page.getByTestId('case-stepper');

  /** Picks an employee in an autocomplete labelled `label`. */
  const pickEmployee = async (scope: Page | Locator, label: string, name: string) => {
    await scope.getByLabel(label).fill(name.split(' ')[0]!);
    await page.getByRole('option', { name: new RegExp(name) }).click({ timeout: 15_000 });
  };

  beforeAll(async () => {
    app = await startTestApp();
    const { agency, id: agencyId } = await createAgency(app, { code: 'PEMKOT-UJI-DISIPLIN', name: 'Pemerintah Kota Uji Disiplin' });
    hrToken = await tokenFor(app, await createUser(app, { roles: [Role.HR_OFFICER], agency, username: 'disiplin.hr' }));
    await createUser(app, { roles: [Role.AGENCY_ADMIN], agency, username: 'disiplin.admin' });
    const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'DISDUKCAPIL', name: 'Disdukcapil Uji Disiplin', kind: 'DINAS' } },
    );
    for (const [nip, name] of [
      ['198501012010012001', 'Ani Lestari'],
      ['198602022010011002', 'Budi Santoso'],
    ]) {
      await run(`mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
        input: { nip, name, employmentType: 'PNS', golongan: 'III_A', unitId: unit.createOrgUnit.orgUnit.id },
      });
    }

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, app.url, 'disiplin.hr');
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('proposes a case and examines it', async () => {
    await page.goto(`${app.url}/admin/#/disciplinaryCases/create`);
    await pickEmployee(page, 'Pegawai', 'Ani Lestari');
    await page.locator('input[name="violationDate"]').fill(inDays(-30));
    await page.locator('input[name="article"]').fill('PP 94/2021 Pasal 4 huruf f');
    await page.locator('textarea[name="violation"]').fill('Tidak masuk kerja tanpa alasan yang sah selama 12 hari kerja');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/disciplinaryCases\/[^/]+\/show$/, { timeout: 15_000 });
    await page.locator('[data-testid="case-stepper"][data-status="PROPOSED"]').waitFor({ timeout: 15_000 });
    expect(await storedCase()).toMatchObject({ status: 'PROPOSED', code: null });

    await page.getByTestId('case-examine').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="examinedOn"]').fill(examinedOn);
    await dialog.locator('textarea[name="examiners"]').fill('Kepala Bidang Pelayanan');
    await dialog.locator('textarea[name="record"]').fill('Berita acara pemeriksaan: pegawai mengakui tidak masuk tanpa keterangan.');
    await dialog.getByRole('button', { name: 'Simpan pemeriksaan' }).click();
    await page.getByText('Pemeriksaan dicatat').waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="case-stepper"][data-status="EXAMINED"]').waitFor({ timeout: 15_000 });
    await page.locator('#main-content').getByText('Kepala Bidang Pelayanan').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('decides it with a 6-month allowance cut picked from the catalogue, shows the computed end, and activates it', async () => {
    await page.getByTestId('case-decide').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Jenis hukuman').click();
    // The picker lists the catalogue under its levels; a light reprimand and dismissal are there too.
    await page.getByRole('option', { name: /Teguran lisan/ }).waitFor({ timeout: 15_000 });
    await page.getByRole('option', { name: /Pemberhentian dengan hormat/ }).waitFor();
    await page.getByRole('option', { name: /Pemotongan tunjangan kinerja 25% selama 6 bulan/ }).click();
    await dialog
      .getByTestId('sanction-summary')
      .getByText(/Berlaku 6 bulan.*dipotong 25%.*keberatan/)
      .waitFor({ timeout: 15_000 });
    await dialog.locator('input[name="decreeNumber"]').fill('800/17/BKPSDM/2026');
    await dialog.locator('input[name="decreeDate"]').fill(decreeDate);
    await dialog.locator('input[name="effectiveFrom"]').fill(effectiveFrom);
    await screenshot(page, 'discipline-decide-dialog');
    await dialog.getByRole('button', { name: 'Putuskan' }).click();
    await page.getByText(`Hukuman diputuskan: berlaku ${written(effectiveFrom)} s.d. ${written(endDate)}`).waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="case-stepper"][data-status="DECIDED"]').waitFor({ timeout: 15_000 });
    await page
      .getByTestId('case-in-force')
      .getByText(`Berlaku ${written(effectiveFrom)} s.d. ${written(endDate)}`)
      .waitFor();
    await page.getByTestId('case-decision').getByText('800/17/BKPSDM/2026').waitFor();
    expect(await storedCase()).toEqual({
      status: 'DECIDED',
      code: 'POTONGAN_TUKIN_25_6',
      decree_number: '800/17/BKPSDM/2026',
      effective_from: effectiveFrom,
      end_date: endDate,
    });

    await page.getByTestId('case-activate').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Jalankan' }).click();
    await page.getByText('Hukuman berjalan').waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="case-stepper"][data-status="ACTIVE"]').waitFor({ timeout: 15_000 });
    await caseStatus().getByText('Berjalan').waitFor();
    await screenshot(page, 'discipline-case-active');
    expect((await storedCase())!.status).toBe('ACTIVE');

    // The list shows it with its sanction and dates; filtering by another level hides it.
    await page.goto(`${app.url}/admin/#/disciplinaryCases`);
    const row = page.locator('tr', { hasText: 'Ani Lestari' });
    await row.getByText('800/17/BKPSDM/2026').waitFor({ timeout: 15_000 });
    await row.getByTestId('case-status').getByText('Berjalan').waitFor();
    await row.getByText(written(endDate)).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("shows the sanction in force on the employee's page", async () => {
    await page.goto(`${app.url}/admin/#/employees`);
    await page.getByText('Ani Lestari').click({ timeout: 15_000 });
    const panel = page.getByTestId('employee-active-sanctions');
    await panel.getByText('Pemotongan tunjangan kinerja 25% selama 6 bulan').waitFor({ timeout: 15_000 });
    await panel.getByText(`Berlaku ${written(effectiveFrom)} s.d. ${written(endDate)} — 800/17/BKPSDM/2026`).waitFor();
    // Its cases, a click away: the list filtered to the employee.
    await page.getByTestId('employee-cases-link').click();
    await page.waitForURL(/#\/disciplinaryCases\?/, { timeout: 15_000 });
    await page.locator('tr', { hasText: 'Ani Lestari' }).getByText('800/17/BKPSDM/2026').waitFor({ timeout: 15_000 });
    expect(await page.locator('tr', { hasText: 'Budi Santoso' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('refuses, next to the form, a reward that needs a clean record, naming the sanction; grants one that does not', async () => {
    await page.goto(`${app.url}/admin/#/rewards/create`);
    await pickEmployee(page, 'Pegawai', 'Ani Lestari');
    await page.getByLabel('Jenis penghargaan').click();
    await page.getByRole('option', { name: 'ASN Berprestasi' }).click({ timeout: 15_000 });
    await page.getByTestId('reward-type-rules').getByText('tidak sedang menjalani hukuman Sedang, Berat').waitFor({ timeout: 15_000 });
    await page.locator('input[name="decreeNumber"]').fill('SK/PENGHARGAAN/2026/01');
    await page.locator('textarea[name="reason"]').fill('Inovasi layanan kependudukan daring');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const refusal = page.locator('[data-testid="reward-refusal"][data-reason="SANCTION_ON_RECORD"]');
    await refusal.getByText('Penghargaan tidak dapat diberikan').waitFor({ timeout: 15_000 });
    await refusal
      .getByText(/mensyaratkan catatan bersih.*Pemotongan tunjangan kinerja 25% selama 6 bulan.*800\/17\/BKPSDM\/2026/)
      .waitFor();
    await screenshot(page, 'discipline-reward-refused');
    expect(page.url()).toMatch(/#\/rewards\/create$/);
    expect(await app.sql(`select id from rewards`)).toEqual([]);

    // A certificate of appreciation has no such rule.
    await page.getByLabel('Jenis penghargaan').click();
    await page.getByRole('option', { name: 'Piagam penghargaan' }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/rewards\/[^/]+\/show$/, { timeout: 15_000 });
    await page.getByText('Inovasi layanan kependudukan daring').waitFor({ timeout: 15_000 });
    const granted = await app.sql<{ code: string; reason: string }>(
      `select t.code, r.reason from rewards r join reward_types t on t.id = r.reward_type_id`,
    );
    expect(granted).toEqual([{ code: 'PIAGAM_PENGHARGAAN', reason: 'Inovasi layanan kependudukan daring' }]);
    expect(pageErrors).toEqual([]);
  });

  it('lists the reward catalogue and lets HR add a type of the agency with its rules', async () => {
    await page.goto(`${app.url}/admin/#/rewards/types`);
    await page
      .locator('[data-testid="reward-type-row"][data-code="SATYALANCANA_KARYA_SATYA_10"]')
      .getByText('bebas hukuman Sedang, Berat selama 10 tahun terakhir; masa kerja minimal 10 tahun sejak TMT CPNS')
      .waitFor({ timeout: 15_000 });
    await page.getByTestId('reward-type-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="code"]').fill('PELAYAN_TERBAIK');
    await dialog.locator('input[name="name"]').fill('Pelayan Publik Terbaik');
    await dialog.getByLabel('Mensyaratkan catatan bersih').check();
    await dialog.getByLabel('Ringan').check();
    await dialog.locator('input[name="lookbackYears"]').fill('2');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Jenis penghargaan ditambahkan').waitFor({ timeout: 15_000 });
    const row = page.locator('[data-testid="reward-type-row"][data-code="PELAYAN_TERBAIK"]');
    await row.getByText('bebas hukuman Ringan, Sedang, Berat selama 2 tahun terakhir').waitFor({ timeout: 15_000 });
    await row.getByText('Instansi').waitFor();
    const [stored] = await app.sql<{ requires_clean_record: boolean; disqualifying_levels: string[]; lookback_years: number }>(
      `select requires_clean_record, disqualifying_levels, lookback_years from reward_types where code = 'PELAYAN_TERBAIK'`,
    );
    expect(stored).toEqual({ requires_clean_record: true, disqualifying_levels: ['RINGAN', 'SEDANG', 'BERAT'], lookback_years: 2 });
    expect(pageErrors).toEqual([]);
  });

  it('refuses a late objection on its date, takes one in time, and records the decision changing the sanction', async () => {
    await page.goto(`${app.url}/admin/#/disciplinaryCases`);
    await page.locator('tr', { hasText: 'Ani Lestari' }).getByText('800/17/BKPSDM/2026').click({ timeout: 15_000 });
    await page.getByTestId('case-file-appeal').click({ timeout: 15_000 });
    const dialog = page.getByRole('dialog');
    const deadline = addWorkingDays(decreeDate, 14);
    await dialog.locator('input[name="filedOn"]').fill(addWorkingDays(decreeDate, 15));
    await dialog.locator('textarea[name="reason"]').fill('Saya sakit dan memiliki surat keterangan dokter');
    await dialog.getByRole('button', { name: 'Ajukan' }).click();
    await dialog.getByText(`Between ${decreeDate} and ${deadline}`).waitFor({ timeout: 15_000 });
    await screenshot(page, 'discipline-objection-late');
    expect(
      (
        await app.sql<{ appeal_kind: string | null }>(
          `select appeal_kind from disciplinary_cases where decree_number = '800/17/BKPSDM/2026'`,
        )
      )[0]!.appeal_kind,
    ).toBeNull();

    await dialog.locator('input[name="filedOn"]').fill(addWorkingDays(decreeDate, 3));
    await dialog.getByRole('button', { name: 'Ajukan' }).click();
    await page.getByText('Upaya administratif dicatat').waitFor({ timeout: 15_000 });
    await page.getByTestId('case-appeal').getByText('Menunggu putusan').waitFor({ timeout: 15_000 });

    await page.getByTestId('case-decide-appeal').click();
    const decision = page.getByRole('dialog');
    await decision.getByLabel('Hukuman diubah').check();
    await decision.getByLabel('Jenis hukuman').click();
    // The decided sanction is not offered as its own replacement.
    await page.getByRole('option', { name: /selama 9 bulan/ }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('option', { name: /selama 6 bulan/ }).count()).toBe(0);
    await page.getByRole('option', { name: /Pemotongan tunjangan kinerja 25% selama 12 bulan/ }).click();
    await decision.locator('textarea[name="note"]').fill('Pelanggaran berulang: hukuman diperberat');
    await decision.getByRole('button', { name: 'Simpan putusan' }).click();
    await page.getByText('Putusan dicatat').waitFor({ timeout: 15_000 });
    const longer = sanctionEndDate(effectiveFrom, { durationMonths: 12, permanent: false })!;
    await page
      .getByTestId('case-in-force')
      .getByText(`Berlaku ${written(effectiveFrom)} s.d. ${written(longer)}`)
      .waitFor({ timeout: 15_000 });
    await page.getByTestId('case-appeal').getByText('Hukuman diubah').waitFor();
    expect(await storedCase()).toMatchObject({ status: 'ACTIVE', code: 'POTONGAN_TUKIN_25_12', end_date: longer });
    expect(pageErrors).toEqual([]);
  });

  it('shows who decides each level; HR may read it, not change it', async () => {
    await page.goto(`${app.url}/admin/#/disciplinaryCases/authorities`);
    const berat = page.locator('[data-testid="authority-row"][data-level="BERAT"]');
    await berat.getByText('Administrator Instansi').waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="authority-row"][data-level="RINGAN"]').getByText('sampai 2 tingkat ke atas').waitFor();
    expect(await page.getByTestId('authority-edit-BERAT').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('lets the administrator keep moderate sanctions to themself; HR deciding one is then refused, in words', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    const admin = await context.newPage();
    admin.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(admin, app.url, 'disiplin.admin');
    await admin.goto(`${app.url}/admin/#/disciplinaryCases/authorities`);
    await admin.getByTestId('authority-edit-SEDANG').click({ timeout: 15_000 });
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Petugas Kepegawaian').uncheck();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await admin.getByText('Kewenangan disimpan').waitFor({ timeout: 15_000 });
    const sedang = admin.locator('[data-testid="authority-row"][data-level="SEDANG"]');
    await sedang.getByText('Pengaturan instansi').waitFor({ timeout: 15_000 });
    expect(await sedang.getByText('Petugas Kepegawaian').count()).toBe(0);
    await context.close();
    const [stored] = await app.sql<{ roles: string[] }>(`select roles from discipline_authorities where level = 'SEDANG'`);
    expect(stored!.roles).toEqual(['AGENCY_ADMIN']);

    // Budi's examined case: HR picks a moderate sanction and is told who decides it; nothing changes.
    const { employees } = await run<{ employees: { nodes: { id: string }[] } }>(`{ employees(filter: { q: "Budi" }) { nodes { id } } }`);
    const { proposeDisciplinaryCase } = await run<{ proposeDisciplinaryCase: { case: { id: string; version: number } } }>(
      `mutation ($input: ProposeDisciplinaryCaseInput!) { proposeDisciplinaryCase(input: $input) { case { id version } } }`,
      {
        input: {
          employeeId: employees.nodes[0]!.id,
          violation: 'Terlambat masuk kerja berulang kali dalam sebulan',
          violationDate: inDays(-5),
          article: 'PP 94/2021 Pasal 4 huruf a',
        },
      },
    );
    const proposed = proposeDisciplinaryCase.case;
    await run(`mutation ($input: ExamineDisciplinaryCaseInput!) { examineDisciplinaryCase(input: $input) { case { id } } }`, {
      input: {
        id: proposed.id,
        version: proposed.version,
        examinedOn: inDays(-2),
        examiners: ['Kepala Bidang'],
        record: 'Pegawai mengakui keterlambatan.',
      },
    });
    await page.goto(`${app.url}/admin/#/disciplinaryCases/${encodeURIComponent(proposed.id)}/show`);
    await page.getByTestId('case-decide').click({ timeout: 15_000 });
    const decide = page.getByRole('dialog');
    await decide.getByLabel('Jenis hukuman').click();
    await page.getByRole('option', { name: /Pemotongan tunjangan kinerja 25% selama 9 bulan/ }).click({ timeout: 15_000 });
    await decide.locator('input[name="decreeNumber"]').fill('800/18/BKPSDM/2026');
    await decide.getByRole('button', { name: 'Putuskan' }).click();
    await page
      .getByText(/Anda tidak berwenang untuk langkah ini \(A SEDANG sanction is decided by AGENCY_ADMIN/)
      .waitFor({ timeout: 15_000 });
    await screenshot(page, 'discipline-decide-refused');
    const [budi] = await app.sql<{ status: string }>(
      `select c.status from disciplinary_cases c join employees e on e.id = c.employee_id where e.name = 'Budi Santoso'`,
    );
    expect(budi!.status).toBe('EXAMINED');
    expect(pageErrors).toEqual([]);
  });
});
