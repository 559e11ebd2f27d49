import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role, TEST_PASSWORD, tokenFor } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html')) && existsSync(path.join(ADMIN_DIR, 'public.html'));

/** Today in Western Indonesia (UTC+7), as the API counts days. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The database id inside an opaque GraphQL id ("Survey:<uuid>", base64url). */
const rawId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const runBrowser = browserAvailable() && consoleBuilt;

/**
 * The API answers refusals with a reason code; the console says them in the language chosen,
 * on the field they concern, and formats dates in that language's convention.
 */
describe.runIf(runBrowser)('the console in Indonesian and English', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app, { roles: [Role.SUPER_ADMIN], username: 'bahasa.admin' });
    await createAgency(app, { code: 'KEMBAR', name: 'Pemerintah Kota Kembar' });
    browser = await launchChromium();
    // The browser itself speaks American English: the console must not borrow its formats.
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'en-US', timezoneId: 'Asia/Jakarta' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const fieldError = (name: string) => page.locator(`.ra-input-${name} .MuiFormHelperText-root.Mui-error`);

  const submitDuplicate = async (kindLabel: string, kindOption: string, save: string) => {
    await page.goto(`${app.url}/admin/#/agencies/create`);
    await page.locator('input[name="code"]').fill('KEMBAR');
    await page.locator('input[name="name"]').fill('Pemerintah Kota Kembar Dua');
    await page.getByRole('combobox', { name: kindLabel }).click();
    await page.getByRole('option', { name: kindOption }).click();
    await page.getByRole('button', { name: save }).click();
    await fieldError('code').waitFor({ timeout: 15_000 });
    return (await fieldError('code').textContent()) ?? '';
  };

  it('shows a refusal of the server on its field in Indonesian, then in English after the switch', async () => {
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill('bahasa.admin');
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });

    // The code is taken: the API answers CONFLICT with reason DUPLICATE on input.code.
    expect(await submitDuplicate('Jenis', 'Instansi Daerah', 'Simpan')).toContain('Sudah dipakai oleh data lain');
    await screenshot(page, 'language-refusal-id');

    await page.locator('button[aria-controls="simple-menu"]').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Save' }).waitFor({ timeout: 15_000 });

    const english = await submitDuplicate('Kind', 'Regional government', 'Save');
    expect(english).toContain('Already used by another record');
    expect(english).not.toContain('Sudah');
    await screenshot(page, 'language-refusal-en');
    expect(await app.sql(`select code from agencies where code = 'KEMBAR'`)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('remembers English after a reload and formats dates as en-GB; Indonesian formats them as id-ID', async () => {
    const [agency] = await app.sql<{ id: string }>(
      `update agencies set created_at = '2026-03-05T07:30:00Z' where code = 'KEMBAR' returning id`,
    );
    const globalId = Buffer.from(`Agency:${agency!.id}`).toString('base64url');
    await page.goto(`${app.url}/admin/#/agencies/${globalId}/show`);
    await page.reload();
    const main = page.locator('main');
    await page.getByText('Regional government').waitFor({ timeout: 15_000 });
    // en-GB: day before month and a 24-hour clock (en-US, the browser's, would say "Mar 5, 2026, 02:30 PM").
    expect(await main.textContent()).toMatch(/5 Mar 2026,? 14:30/);

    await page.locator('button[aria-controls="simple-menu"]').click();
    await page.getByRole('menuitem', { name: 'Bahasa Indonesia' }).click();
    await page.getByText('Instansi Daerah').waitFor({ timeout: 15_000 });
    // id-ID: "5 Mar 2026, 14.30" (a dot between hours and minutes).
    expect(await main.textContent()).toMatch(/5 Mar 2026,? (pukul )?14\.30/);
    await screenshot(page, 'language-dates-id');
    expect(pageErrors).toEqual([]);
  });

  it("names a workflow refusal's status in words, in Indonesian and in English", async () => {
    // An HR officer, an open survey of their agency: its page offers to close it.
    const { agency, id: agencyId } = await createAgency(app, { code: 'KEMBAR-IKM', name: 'Pemerintah Kota Kembar IKM' });
    const hrToken = await tokenFor(app, await createUser(app, { roles: [Role.HR_OFFICER], agency, username: 'bahasa.hr' }));
    const run = async <T>(query: string, variables: Record<string, unknown>) => {
      const result = await app.gql<T>(query, variables, { token: hrToken });
      expect(JSON.stringify(result.errors)).toBeUndefined();
      return result.data!;
    };
    const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'DUKCAPIL', name: 'Dinas Dukcapil Kembar', kind: 'DINAS' } },
    );
    const service = await run<{ createPublicService: { service: { id: string } } }>(
      `mutation ($input: CreatePublicServiceInput!) { createPublicService(input: $input) { service { id } } }`,
      { input: { unitId: unit.createOrgUnit.orgUnit.id, name: 'Penerbitan KTP-el', description: 'KTP elektronik' } },
    );
    const created = await run<{ createSurvey: { survey: { id: string; version: number } } }>(
      `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id version } } }`,
      { input: { title: 'Survei Kembar', serviceId: service.createPublicService.service.id, startDate: inDays(-1), endDate: inDays(30) } },
    );
    const surveyId = created.createSurvey.survey.id;
    await run(`mutation ($input: SurveyStepInput!) { openSurvey(input: $input) { survey { status } } }`, {
      input: { id: surveyId, version: created.createSurvey.survey.version },
    });
    const setStatus = (status: string) => app.sql(`update surveys set status = ? where id = ?`, [status, rawId(surveyId)]);

    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
    const hr = await context.newPage();
    hr.on('pageerror', (error) => pageErrors.push(error.message));
    await hr.goto(`${app.url}/admin/`);
    await hr.locator('input[name="username"]').fill('bahasa.hr');
    await hr.locator('input[name="password"]').fill(TEST_PASSWORD);
    await hr.locator('button[type="submit"]').click();
    await hr.getByText('Selamat datang').waitFor({ timeout: 15_000 });

    /** Someone else closed the survey meanwhile: closing it again is refused with its status. */
    const closeClosedSurvey = async (confirm: string) => {
      await setStatus('OPEN');
      await hr.goto(`${app.url}/admin/#/surveys/${encodeURIComponent(surveyId)}/show`);
      await hr.reload();
      await hr.getByTestId('survey-close').waitFor({ timeout: 15_000 });
      await setStatus('CLOSED');
      await hr.getByTestId('survey-close').click();
      await hr.getByRole('dialog').getByRole('button', { name: confirm }).click();
      const alert = hr
        .getByRole('alert')
        .filter({ hasText: /status/i })
        .first();
      await alert.waitFor({ timeout: 15_000 });
      return (await alert.textContent()) ?? '';
    };

    const indonesian = await closeClosedSurvey('Konfirmasi');
    expect(indonesian).toContain('Tidak dapat dilakukan pada status Ditutup');
    expect(indonesian).not.toContain('CLOSED');
    await screenshot(hr, 'language-status-refusal-id');

    await hr.locator('button[aria-controls="simple-menu"]').click();
    await hr.getByRole('menuitem', { name: 'English' }).click();
    const english = await closeClosedSurvey('Confirm');
    expect(english).toContain('Not possible in status Closed');
    expect(english).not.toContain('CLOSED');
    await screenshot(hr, 'language-status-refusal-en');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('offers the public page in Indonesian (default) and English, and remembers the choice', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const citizen = await context.newPage();
    citizen.on('pageerror', (error) => pageErrors.push(error.message));
    await citizen.goto(`${app.url}/admin/public.html?track=TIDAK-ADA`);
    await citizen.getByRole('heading', { name: 'Layanan Publik' }).waitFor({ timeout: 15_000 });
    await citizen.getByRole('tab', { name: 'Lacak Pengaduan' }).waitFor();
    await citizen.getByRole('button', { name: 'Lacak' }).click();
    await citizen.getByRole('alert').getByText('Kode pelacakan berbentuk seperti ADU-7K3M-9QXR-2HTB.').waitFor({ timeout: 15_000 });

    // The switch says everything again in English, the refusal already shown included.
    await citizen.getByRole('combobox', { name: 'Bahasa' }).click();
    await citizen.getByRole('option', { name: 'English' }).click();
    await citizen.getByRole('heading', { name: 'Public Services' }).waitFor({ timeout: 15_000 });
    await citizen.getByRole('alert').getByText('A tracking code looks like ADU-7K3M-9QXR-2HTB.').waitFor({ timeout: 15_000 });
    expect(await citizen.getByRole('tab').allTextContents()).toEqual(['Satisfaction Survey', 'Complaint', 'Track a Complaint']);
    await citizen.getByLabel('Tracking code').fill('ADU-7K3M-9QXR-2HTB');
    await citizen.getByRole('button', { name: 'Track', exact: true }).click();
    await citizen.getByRole('alert').getByText('Nothing found. Please check your link or code.').waitFor({ timeout: 15_000 });
    expect(await citizen.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(citizen, 'language-public-en');

    // Remembered: a reload, and the complaint form, stay in English.
    await citizen.goto(`${app.url}/admin/public.html?agency=KEMBAR`);
    await citizen.getByRole('heading', { name: 'Public Services' }).waitFor({ timeout: 15_000 });
    await citizen.getByRole('form', { name: 'Complaint' }).getByLabel('Agency code').waitFor();
    await citizen.getByRole('combobox', { name: 'Kind of report' }).click();
    expect(await citizen.getByRole('option').allTextContents()).toEqual([
      'Not given',
      'Complaint',
      'Suggestion',
      'Request for information',
    ]);
    await citizen.keyboard.press('Escape');

    await citizen.getByRole('combobox', { name: 'Language' }).click();
    await citizen.getByRole('option', { name: 'Bahasa Indonesia' }).click();
    await citizen.getByRole('heading', { name: 'Layanan Publik' }).waitFor({ timeout: 15_000 });
    await citizen.reload();
    await citizen.getByRole('form', { name: 'Pengaduan' }).getByLabel('Kode instansi').waitFor({ timeout: 15_000 });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
