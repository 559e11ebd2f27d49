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

const AGENCY_CODE = 'PEMKOT-UJI-IKM';

/** Today in Western Indonesia (UTC+7), as the API counts days. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.runIf(runBrowser)('community surveys and complaints: the public page and the console', () => {
  let app: TestApp;
  let browser: Browser;
  let hrToken: string;
  let surveyId: string;
  let hrPage: Page;
  const pageErrors: string[] = [];

  const run = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await app.gql<T>(query, variables, { token: hrToken });
    expect(JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };

  const newPage = async (name: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    return page;
  };

  /** A citizen, without logging in: the survey's public form, every element answered. */
  const answerSurvey = async (page: Page, values: number[], comment: string) => {
    await page.goto(`${app.url}/admin/public.html?survey=${encodeURIComponent(surveyId)}`);
    await page.getByRole('form', { name: 'Survei kepuasan' }).waitFor({ timeout: 15_000 });
    const elements = page.locator('[data-element]');
    expect(await elements.count()).toBe(values.length);
    for (const [index, value] of values.entries()) {
      await elements.nth(index).locator(`input[type="radio"][value="${value}"]`).check();
    }
    await page.locator('textarea[name="comment"]').fill(comment);
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
  };

  beforeAll(async () => {
    app = await startTestApp();
    const { agency, id: agencyId } = await createAgency(app, { code: AGENCY_CODE, name: 'Pemerintah Kota Uji IKM' });
    hrToken = await tokenFor(app, await createUser(app, { roles: [Role.HR_OFFICER], agency, username: 'ikm.hr' }));
    const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'DUKCAPIL', name: 'Dinas Dukcapil Uji IKM', kind: 'DINAS' } },
    );
    const service = await run<{ createPublicService: { service: { id: string } } }>(
      `mutation ($input: CreatePublicServiceInput!) { createPublicService(input: $input) { service { id } } }`,
      { input: { unitId: unit.createOrgUnit.orgUnit.id, name: 'Penerbitan KTP-el', description: 'KTP elektronik' } },
    );
    const survey = await run<{ createSurvey: { survey: { id: string; version: number } } }>(
      `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id version } } }`,
      {
        input: {
          title: 'Survei Kepuasan Layanan KTP-el',
          serviceId: service.createPublicService.service.id,
          startDate: inDays(-1),
          endDate: inDays(30),
        },
      },
    );
    surveyId = survey.createSurvey.survey.id;
    await run(`mutation ($input: SurveyStepInput!) { openSurvey(input: $input) { survey { status } } }`, {
      input: { id: surveyId, version: survey.createSurvey.survey.version },
    });
    browser = await launchChromium();
    hrPage = await newPage('hr');
    await signIn(hrPage, app.url, 'ikm.hr');
    await hrPage.goto(`${app.url}/admin/`);
    await hrPage.getByText('Selamat datang').waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('takes a survey response on the public page and shows the new IKM in the console', async () => {
    await hrPage.goto(`${app.url}/admin/#/surveys/${encodeURIComponent(surveyId)}/show`);
    await hrPage.getByTestId('ikm-panel').waitFor({ timeout: 15_000 });
    await expect.poll(() => hrPage.getByTestId('ikm-respondents').textContent(), { timeout: 10_000 }).toBe('0');
    await expect.poll(() => hrPage.getByTestId('survey-public-link').textContent()).toContain('/admin/public.html?survey=');

    const citizen = await newPage('citizen');
    await answerSurvey(citizen, [4, 4, 4, 4, 4, 4, 4, 4, 3], 'Petugas ramah dan cepat.');
    await citizen.getByText('Terima kasih! Jawaban Anda sudah kami terima.').waitFor({ timeout: 15_000 });
    await screenshot(citizen, 'community-public-survey-sent');

    const rows = await app.sql<{ answers: number[]; comment: string | null }>(`select answers, comment from survey_responses`);
    expect(rows).toEqual([{ answers: [4, 4, 4, 4, 4, 4, 4, 4, 3], comment: 'Petugas ramah dan cepat.' }]);

    // The same answers from the same address again: refused, explained, nothing stored.
    await answerSurvey(citizen, [4, 4, 4, 4, 4, 4, 4, 4, 3], 'Petugas ramah dan cepat.');
    await citizen.getByRole('alert').getByText('Isian yang sama sudah kami terima dari alamat Anda hari ini.').waitFor({ timeout: 15_000 });
    expect(await app.sql(`select id from survey_responses`)).toHaveLength(1);

    // Beyond the agency's submissions per address and hour: refused with the wait, nothing stored.
    const setLimit = (submissionsPerHour: number) =>
      run(`mutation ($input: SetCommunitySettingsInput!) { setCommunitySettings(input: $input) { submissionsPerHour } }`, {
        input: { submissionsPerHour },
      });
    await setLimit(1);
    await answerSurvey(citizen, [3, 3, 3, 3, 3, 3, 3, 3, 3], 'Cukup.');
    await citizen
      .getByRole('alert')
      .getByText(/^Terlalu banyak kiriman dari alamat Anda\. Silakan coba lagi dalam \d+ menit\.$/)
      .waitFor({ timeout: 15_000 });
    await screenshot(citizen, 'community-public-survey-rate-limited');
    expect(await app.sql(`select id from survey_responses`)).toHaveLength(1);
    await setLimit(20);

    // IKM = (8 x 4 + 3) / 9 x 25 = 97.22: category A, one respondent, below the minimum sample.
    await hrPage.reload();
    await hrPage.getByTestId('ikm-panel').waitFor({ timeout: 15_000 });
    await expect.poll(() => hrPage.getByTestId('ikm-respondents').textContent(), { timeout: 15_000 }).toBe('1');
    expect(await hrPage.getByTestId('ikm-value').textContent()).toBe('97,22');
    expect(await hrPage.getByTestId('ikm-category').textContent()).toContain('A');
    await hrPage.getByTestId('ikm-below-minimum').waitFor();
    await hrPage.getByTestId('ikm-chart').locator('.recharts-bar-rectangle').first().waitFor({ timeout: 10_000 });
    await screenshot(hrPage, 'community-survey-ikm');

    await hrPage.goto(`${app.url}/admin/#/surveyResponses`);
    await hrPage.getByText('Petugas ramah dan cepat.').waitFor({ timeout: 15_000 });

    // Closed from its page: the public form says so.
    await hrPage.goto(`${app.url}/admin/#/surveys/${encodeURIComponent(surveyId)}/show`);
    await hrPage.getByTestId('survey-close').click({ timeout: 15_000 });
    await hrPage.getByRole('dialog').getByRole('button', { name: 'Konfirmasi' }).click();
    await hrPage.getByTestId('survey-status').getByText('Ditutup').waitFor({ timeout: 15_000 });
    await citizen.goto(`${app.url}/admin/public.html?survey=${encodeURIComponent(surveyId)}`);
    await citizen.getByRole('alert').getByText('Survei ini sedang tidak dibuka.').waitFor({ timeout: 15_000 });
    const [closed] = await app.sql<{ status: string }>(`select status from surveys where title = ?`, ['Survei Kepuasan Layanan KTP-el']);
    expect(closed!.status).toBe('CLOSED');
    expect(pageErrors).toEqual([]);
  });

  it('lets HR add a service and a survey in the console and open it', async () => {
    await hrPage.goto(`${app.url}/admin/#/publicServices/create`);
    await hrPage.locator('input[name="name"]').fill('Akta Kelahiran');
    await hrPage.getByLabel('Unit kerja').fill('Dukcapil');
    await hrPage.getByRole('option', { name: /Dinas Dukcapil Uji IKM/ }).click({ timeout: 15_000 });
    await hrPage.getByRole('button', { name: 'Simpan' }).click();
    await hrPage.waitForURL(/#\/publicServices$/, { timeout: 15_000 });
    await hrPage.getByText('Akta Kelahiran').waitFor({ timeout: 15_000 });

    await hrPage.goto(`${app.url}/admin/#/surveys/create`);
    await hrPage.locator('input[name="title"]').fill('Survei Akta Kelahiran');
    await hrPage.getByLabel('Layanan').fill('Akta');
    await hrPage.getByRole('option', { name: 'Akta Kelahiran' }).click({ timeout: 15_000 });
    await hrPage.locator('input[name="startDate"]').fill(today);
    await hrPage.locator('input[name="endDate"]').fill(inDays(14));
    await hrPage.getByRole('button', { name: 'Simpan' }).click();
    await hrPage.waitForURL(/#\/surveys\/[^/]+\/show$/, { timeout: 15_000 });
    await hrPage.getByTestId('survey-status').getByText('Draf').waitFor({ timeout: 15_000 });
    await hrPage.getByRole('cell', { name: 'Sarana dan Prasarana', exact: true }).waitFor();
    await hrPage.getByTestId('survey-open').click();
    await hrPage.getByRole('dialog').getByRole('button', { name: 'Konfirmasi' }).click();
    await hrPage.getByTestId('survey-status').getByText('Dibuka').waitFor({ timeout: 15_000 });
    await hrPage.getByTestId('survey-public-link').waitFor();
    const [survey] = await app.sql<{ status: string; elements: unknown[] }>(`select status, elements from surveys where title = ?`, [
      'Survei Akta Kelahiran',
    ]);
    expect(survey!.status).toBe('OPEN');
    expect(survey!.elements).toHaveLength(9);
    expect(pageErrors).toEqual([]);
  });

  it('files a complaint on the public page, tracks it, and takes it through the workflow in the console', async () => {
    const citizen = await newPage('reporter');
    await citizen.goto(`${app.url}/admin/public.html?agency=${AGENCY_CODE}`);
    const form = citizen.getByRole('form', { name: 'Pengaduan' });
    await form.waitFor({ timeout: 15_000 });
    await form.locator('input[name="subject"]').fill('Antrean KTP-el terlalu lama');
    await form.locator('textarea[name="description"]').first().fill('Sudah menunggu tiga jam di loket perekaman.');
    await form.locator('input[name="reporterName"]').fill('Siti Aminah');
    await form.locator('input[name="reporterContact"]').fill('0812-0000-1111');
    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    const code = (await citizen.getByTestId('tracking-code').textContent({ timeout: 15_000 }))!;
    expect(code).toMatch(/^ADU-/);
    const [stored] = await app.sql<{ status: string; reporter_contact: string }>(
      `select status, reporter_contact from complaints where tracking_code = ?`,
      [code],
    );
    expect(stored).toEqual({ status: 'RECEIVED', reporter_contact: '0812-0000-1111' });

    await citizen.getByRole('tab', { name: 'Lacak Pengaduan' }).click();
    await citizen.locator('input[name="trackingCode"]').fill(code.toLowerCase());
    await citizen.getByRole('button', { name: 'Lacak' }).click();
    await citizen.getByTestId('complaint-status').getByText('Diterima', { exact: true }).waitFor({ timeout: 15_000 });
    await screenshot(citizen, 'community-public-complaint-tracked');

    await hrPage.goto(`${app.url}/admin/#/complaints`);
    await hrPage.getByText('Antrean KTP-el terlalu lama').click({ timeout: 15_000 });
    await hrPage.waitForURL(/#\/complaints\/[^/]+\/show$/, { timeout: 15_000 });
    await hrPage.getByTestId('complaint-contact').getByText('Siti Aminah — 0812-0000-1111').waitFor({ timeout: 15_000 });
    await hrPage.getByTestId('complaint-verify').click();
    await hrPage.getByRole('dialog').getByRole('button', { name: 'Verifikasi' }).click();
    await hrPage.getByTestId('complaint-status').getByText('Diverifikasi').waitFor({ timeout: 15_000 });
    await screenshot(hrPage, 'community-complaint-verified');
    const [verified] = await app.sql<{ status: string }>(`select status from complaints where tracking_code = ?`, [code]);
    expect(verified!.status).toBe('VERIFIED');

    // Assigned to the unit, started, answered (publicly and internally), resolved and closed.
    await hrPage.getByTestId('complaint-assign').click();
    const assign = hrPage.getByRole('dialog');
    await assign.getByLabel('Unit penanggung jawab').fill('Dukcapil');
    await hrPage.getByRole('option', { name: /Dinas Dukcapil Uji IKM/ }).click({ timeout: 15_000 });
    await assign.getByRole('button', { name: 'Teruskan' }).click();
    await hrPage.getByTestId('complaint-status').getByText('Diteruskan').waitFor({ timeout: 15_000 });
    await hrPage.getByTestId('complaint-start').click();
    await hrPage.getByRole('dialog').getByRole('button', { name: 'Mulai' }).click();
    await hrPage.getByTestId('complaint-status').getByText('Ditindaklanjuti').waitFor({ timeout: 15_000 });
    for (const [text, isPublic] of [
      ['Loket tambahan dibuka mulai besok.', true],
      ['Catatan internal: petugas loket 2 cuti.', false],
    ] as const) {
      await hrPage.getByTestId('complaint-respond').click();
      const respond = hrPage.getByRole('dialog');
      await respond.locator('textarea[name="text"]').first().fill(text);
      if (!isPublic) await respond.locator('input[name="isPublic"]').uncheck();
      await respond.getByRole('button', { name: 'Tanggapi' }).click();
      await hrPage.getByText(text).waitFor({ timeout: 15_000 });
    }
    await hrPage.getByTestId('complaint-resolve').click();
    const resolve = hrPage.getByRole('dialog');
    await resolve.locator('textarea[name="text"]').first().fill('Antrean kini rata-rata 30 menit.');
    await resolve.getByRole('button', { name: 'Selesaikan' }).click();
    await hrPage.getByTestId('complaint-status').getByText('Selesai').waitFor({ timeout: 15_000 });
    await hrPage.getByTestId('complaint-close').click();
    await hrPage.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();
    await hrPage.getByTestId('complaint-status').getByText('Ditutup').waitFor({ timeout: 15_000 });
    await screenshot(hrPage, 'community-complaint-closed');
    const [closed] = await app.sql<{ status: string; resolved_at: Date | null }>(
      `select status, resolved_at from complaints where tracking_code = ?`,
      [code],
    );
    expect(closed!.status).toBe('CLOSED');
    expect(closed!.resolved_at).not.toBeNull();

    // The reporter sees the public answers only.
    await citizen.getByRole('button', { name: 'Lacak' }).click();
    const status = citizen.getByTestId('complaint-status');
    await status.getByText('Ditutup', { exact: true }).waitFor({ timeout: 15_000 });
    await status.getByText(/Loket tambahan dibuka mulai besok\./).waitFor();
    expect(await status.textContent()).not.toContain('Catatan internal');
    await screenshot(citizen, 'community-public-complaint-closed');
    expect(pageErrors).toEqual([]);
  });
});
