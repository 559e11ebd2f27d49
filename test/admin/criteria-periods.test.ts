import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../api/src/graphql/ids.js';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { agreePlans as agreeAll, evaluatePlans as evaluateAll } from '../helpers/cycle.js';
import { createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

type TemplateRow = { id: string; name: string; revision: number; current: boolean; frozen: boolean; agency: string; lineage: string };
type ItemRow = { code: string; category: string; weight: number; target: number | null; sort_order: number };

const AGENCY_CODE = 'PEMKOT-UJI-KRITERIA';
const TEMPLATE_NAME = 'Pelaksana Pelayanan Disdukcapil Uji';
const PERIOD_NAME = 'Triwulan I 2025 Uji';

describe.runIf(runBrowser)('criteria templates and appraisal periods in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let adminToken: string;

  const templates = () =>
    app.sql<TemplateRow>(
      `select t.id, t.name, t.revision, t.current, t.frozen, t.lineage, a.code as agency
         from criteria_templates t join agencies a on a.id = t.agency_id
        where t.name = ? order by t.revision`,
      [TEMPLATE_NAME],
    );

  const itemsOf = (templateId: string) =>
    app.sql<ItemRow>(
      `select i.code, ti.category, ti.weight, ti.target, ti.sort_order
         from criteria_template_items ti join indicators i on i.id = ti.indicator_id
        where ti.template_id = ? order by ti.sort_order`,
      [templateId],
    );

  const periodStatus = async (): Promise<string | undefined> =>
    (await app.sql<{ status: string }>(`select status from appraisal_periods where name = ?`, [PERIOD_NAME]))[0]?.status;

  /** The period's plans through the API: agreed before monitoring, evaluated before closing (the plans' pages have their own test). */
  const periodId = async () =>
    toGlobalId('AppraisalPeriod', (await app.sql<{ id: string }>(`select id from appraisal_periods where name = ?`, [PERIOD_NAME]))[0]!.id);
  const agreePlans = async () => agreeAll(runner(app, () => adminToken).run, await periodId());
  const evaluatePlans = async () => evaluateAll(runner(app, () => adminToken).run, await periodId());

  /** Picks `option` in the autocomplete `combobox` after typing `text`. */
  const choose = async (combobox: ReturnType<Page['getByRole']>, text: string, option: RegExp) => {
    await combobox.fill(text);
    await page.getByRole('option', { name: option }).click();
  };

  beforeAll(async () => {
    app = await startTestApp();
    const { agency, id: agencyId } = await createAgency(app, { code: AGENCY_CODE, name: 'Pemerintah Kota Uji Kriteria' });
    const admin = await createUser(app, { roles: [Role.AGENCY_ADMIN], agency, username: 'kriteria.admin' });
    const token = await tokenFor(app, admin);

    // The agency's unit and own indicators, through the API as its administrator (indicators: their agency by default).
    const unit = await app.gql<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'DISDUKCAPIL', name: 'Dinas Kependudukan Uji', kind: 'DINAS' } },
      { token },
    );
    expect(unit.errors).toBeUndefined();
    // One employee in a PELAKSANA position of the unit, so that the period has a plan to agree before monitoring.
    const position = await app.gql<{ createPosition: { position: { id: string } } }>(
      `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
      { input: { name: 'Pengadministrasi Kependudukan', type: 'PELAKSANA', grade: 6, unitId: unit.data!.createOrgUnit.orgUnit.id } },
      { token },
    );
    expect(position.errors).toBeUndefined();
    const employee = await app.gql(
      `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
      {
        input: {
          nip: '198204122006042003',
          name: 'Rahmawati',
          employmentType: 'PNS',
          golongan: 'III_B',
          positionId: position.data!.createPosition.position.id,
        },
      },
      { token },
    );
    expect(employee.errors).toBeUndefined();
    adminToken = token;
    const indicators = [
      {
        code: 'WAKTU-LAYANAN',
        name: 'Waktu penyelesaian layanan',
        perspective: 'LAYANAN',
        unit: 'MINUTES',
        direction: 'LOWER_IS_BETTER',
        aggregation: 'AVERAGE',
      },
      {
        code: 'AKURASI-DATA',
        name: 'Akurasi data kependudukan',
        perspective: 'HASIL_KERJA',
        unit: 'PERCENT',
        direction: 'HIGHER_IS_BETTER',
        aggregation: 'AVERAGE',
      },
      {
        code: 'PELATIHAN',
        name: 'Pelatihan yang diselenggarakan',
        perspective: 'KOMPETENSI',
        unit: 'COUNT',
        direction: 'HIGHER_IS_BETTER',
        aggregation: 'SUM',
      },
    ];
    for (const input of indicators) {
      const created = await app.gql(
        `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
        { input },
        { token },
      );
      expect(created.errors).toBeUndefined();
    }

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (process.env.DEBUG_PAGE) console.log('[page]', message.type(), message.text());
    });
    await signIn(page, app.url, 'kriteria.admin');
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('builds a template, refuses to save main weights of 90 and saves them at 100', async () => {
    await page.goto(`${app.url}/admin/#/criteriaTemplates/create`);
    await page.locator('input[name="name"]').fill(TEMPLATE_NAME);
    await page.getByRole('combobox', { name: 'Jenis jabatan' }).click();
    await page.getByRole('option', { name: 'Pelaksana', exact: true }).click();
    await page.keyboard.press('Escape');
    await choose(page.getByRole('combobox', { name: 'Unit kerja' }), 'Kependudukan', /Dinas Kependudukan Uji/);

    // Two main results, 50 + 40: the running total follows the typing.
    const indicator = page.getByRole('combobox', { name: 'Indikator' });
    const total = page.getByTestId('main-weight-total');
    await choose(indicator.nth(0), 'WAKTU', /WAKTU-LAYANAN/);
    await page.locator('input[name="items.0.weight"]').fill('50');
    await page.locator('input[name="items.0.target"]').fill('30');
    await expect.poll(() => total.textContent()).toContain('Total bobot utama: 50 / 100');
    await page.locator('.ra-input-items').getByRole('button', { name: 'Tambah' }).last().click();
    // The same indicator again, by mistake: only the API checks that (below).
    await choose(indicator.nth(1), 'WAKTU', /WAKTU-LAYANAN/);
    await page.locator('input[name="items.1.weight"]').fill('40');
    await expect.poll(() => total.textContent()).toContain('Total bobot utama: 90 / 100');

    // 90: saving is refused in the browser, naming the total; nothing reaches the database.
    await page.getByRole('button', { name: 'Simpan' }).click();
    const itemsError = page.locator('.ra-input-items > .MuiFormHelperText-root');
    await itemsError.filter({ hasText: 'Total bobot utama 90, harus 100' }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'criteria-template-weight-90');
    expect(page.url()).toMatch(/#\/criteriaTemplates\/create$/);
    expect(await templates()).toEqual([]);

    // 50 + 50 = 100 passes the browser; the API refuses the repeated indicator, shown on its input.
    await page.locator('input[name="items.1.weight"]').fill('50');
    await expect.poll(() => total.textContent()).toContain('Total bobot utama: 100 / 100');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page
      .locator('.RaSimpleFormIterator-line')
      .nth(1)
      .locator('.ra-input-indicatorId')
      .getByText('WAKTU-LAYANAN tercantum dua kali')
      .waitFor({ timeout: 15_000 });
    expect(page.url()).toMatch(/#\/criteriaTemplates\/create$/);
    expect(await templates()).toEqual([]);

    // The second indicator corrected: saved, and the page shows the template with its indicators.
    await choose(indicator.nth(1), 'AKURASI', /AKURASI-DATA/);
    await page.locator('input[name="items.1.target"]').fill('95');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/criteriaTemplates\/[^/]+\/show$/, { timeout: 15_000 });

    const [template] = await templates();
    expect(template).toMatchObject({ name: TEMPLATE_NAME, revision: 1, current: true, frozen: false, agency: AGENCY_CODE });
    expect(await itemsOf(template.id)).toEqual([
      { code: 'WAKTU-LAYANAN', category: 'UTAMA', weight: 50, target: 30, sort_order: 1 },
      { code: 'AKURASI-DATA', category: 'UTAMA', weight: 50, target: 95, sort_order: 2 },
    ]);
    const items = page.getByTestId('template-items');
    await items.getByText('WAKTU-LAYANAN — Waktu penyelesaian layanan').waitFor({ timeout: 15_000 });
    expect(await items.textContent()).toContain('AKURASI-DATA — Akurasi data kependudukan');
    await screenshot(page, 'criteria-template-show');
    expect(pageErrors).toEqual([]);
  });

  it('creates a past quarter and takes it from DRAFT to CLOSED with the lifecycle buttons', async () => {
    await page.goto(`${app.url}/admin/#/appraisalPeriods/create`);
    await page.locator('input[name="name"]').fill(PERIOD_NAME);
    await page.locator('input[name="startDate"]').fill('2025-01-01');
    await page.locator('input[name="endDate"]').fill('2025-03-31');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/appraisalPeriods\/[^/]+\/show$/, { timeout: 15_000 });
    expect(await periodStatus()).toBe('DRAFT');

    const status = page.getByTestId('period-status');
    const activeStep = page.getByTestId('period-stepper').locator('.MuiStepLabel-label.Mui-active');
    const completedSteps = page.getByTestId('period-stepper').locator('.MuiStepLabel-label.Mui-completed');
    await expect.poll(() => status.textContent()).toBe('Draf');
    expect(await activeStep.textContent()).toBe('Draf');

    const steps = [
      { button: 'Mulai perencanaan', label: 'Perencanaan', status: 'PLANNING', done: 1 },
      { button: 'Mulai pemantauan', label: 'Pemantauan', status: 'MONITORING', done: 2 },
      { button: 'Mulai penilaian', label: 'Penilaian', status: 'EVALUATION', done: 3 },
    ];
    for (const step of steps) {
      if (step.status === 'MONITORING') {
        // The page names what blocks monitoring until the plans are agreed (elsewhere), then offers it.
        await page.getByText('no performance plan has been generated yet').waitFor({ timeout: 15_000 });
        await agreePlans();
        await page.reload();
      }
      const button = page.getByRole('button', { name: step.button });
      await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
      // Only the next step's button is offered.
      expect(await page.getByTestId('period-next-step').count()).toBe(1);
      await button.click();
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(step.label);
      await expect.poll(() => activeStep.textContent()).toBe(step.label);
      expect(await completedSteps.count()).toBe(step.done);
      expect(await periodStatus()).toBe(step.status);
    }

    // Planning adopted the template: it is frozen now.
    expect((await templates())[0]).toMatchObject({ frozen: true });

    // Closing asks first; then every stage is done and nothing is left to click.
    // Closing waits for the evaluations: the page names the blocker, then offers it.
    await page.getByText('approved plan(s) not evaluated yet').waitFor({ timeout: 15_000 });
    await evaluatePlans();
    await page.reload();
    await page.getByRole('button', { name: 'Tutup periode' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup periode' }).click();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Ditutup');
    await expect.poll(() => completedSteps.count()).toBe(5);
    expect(await periodStatus()).toBe('CLOSED');
    expect(await page.getByTestId('period-next-step').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ubah' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Buka kembali' }).count()).toBe(0);

    const history = page.getByTestId('period-history').locator('tbody tr');
    await expect.poll(() => history.count()).toBe(4);
    expect(await history.last().textContent()).toContain('Penilaian → Ditutup');
    await screenshot(page, 'appraisal-period-closed');
    expect(pageErrors).toEqual([]);
  });

  it('edits the adopted template as a new revision, and says so', async () => {
    const [adopted] = await templates();
    await page.goto(`${app.url}/admin/#/criteriaTemplates/${encodeURIComponent(toGlobalId('CriteriaTemplate', adopted.id))}`);
    await page.getByTestId('new-revision-note').waitFor({ timeout: 15_000 });
    await page.locator('input[name="items.0.target"]').fill('25');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Revisi baru 2 dibuat; periode yang memakai revisi lama tetap memakainya').waitFor({ timeout: 15_000 });
    await page.waitForURL(/#\/criteriaTemplates\/[^/]+\/show$/, { timeout: 15_000 });

    const revisions = await templates();
    expect(revisions.map(({ revision, current, frozen }) => ({ revision, current, frozen }))).toEqual([
      { revision: 1, current: false, frozen: true },
      { revision: 2, current: true, frozen: false },
    ]);
    expect(revisions[1].lineage).toBe(revisions[0].lineage);
    expect((await itemsOf(revisions[0].id))[0].target).toBe(30);
    expect((await itemsOf(revisions[1].id))[0].target).toBe(25);
    expect(pageErrors).toEqual([]);
  });

  it("previews the worked example's score while a scheme is edited", async () => {
    await page.goto(`${app.url}/admin/#/scoringSchemes/create`);
    const preview = page.getByTestId('score-preview');
    await expect.poll(() => preview.getByTestId('preview-score').textContent(), { timeout: 15_000 }).toContain('93,75');
    expect(await preview.getByTestId('preview-result-rating').textContent()).toBe('Sesuai ekspektasi');
    expect(await preview.getByTestId('preview-predicate').textContent()).toBe('Baik');

    // An unsaved change of the matrix changes the predicate at once.
    await page
      .getByRole('combobox', { name: 'Predikat untuk hasil kerja Sesuai ekspektasi dan perilaku kerja Di atas ekspektasi' })
      .click();
    await page.getByRole('option', { name: 'Sangat Baik' }).click();
    await expect.poll(() => preview.getByTestId('preview-predicate').textContent(), { timeout: 15_000 }).toBe('Sangat Baik');
    await screenshot(page, 'scoring-scheme-preview');
    expect(pageErrors).toEqual([]);
  });
});
