import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { buildAnalyticsFixture } from '../helpers/analytics-fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'public.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

/**
 * The home dashboard on the agency of test/helpers/analytics-fixture.ts, as HR sees it: it opens on
 * Triwulan II 2025 (the latest period with results) for the whole agency. The figures of that quarter:
 * 5 evaluated, average score (100 + 120 + 100 + 90 + 110) / 5 = 104; 7 active employees, Tono without
 * a plan, Yogi's evaluation pending; 2 of 7 with at least 20 JP = 28.57 %, 56 / 7 = 8 JP on average;
 * IKM 87.5 from 2 respondents among PKM's 4 staff; 2 complaints received in the quarter, 1 overdue, the
 * other resolved in 5 days; 2 sanctions in force on 30 June 2025 and 1 reward; 39 reports / 7 / 13 weeks
 * = 0.43 per employee per week, approved after 3 hours on average.
 */
describe.runIf(runBrowser)('the home dashboard in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const figure = (key: string) => page.getByTestId(`figure-${key}`);
  const n = (panel: string) => page.getByTestId(`panel-${panel}-n`);
  const expectText = async (locator: ReturnType<Page['getByTestId']>, text: string) => {
    await locator.filter({ hasText: text }).waitFor({ timeout: 15_000 });
    expect((await locator.textContent())?.trim()).toBe(text);
  };

  beforeAll(async () => {
    app = await startTestApp();
    const fixture = await buildAnalyticsFixture(app);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, app.url, fixture.usernames.hr!);
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang, Sinta HR').waitFor({ timeout: 15_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the panels of the latest quarter for the agency, in Indonesian', async () => {
    await page.getByTestId('analytics-dashboard').waitFor({ timeout: 15_000 });
    await expectText(page.getByTestId('dashboard-scope'), 'Pemerintah Kabupaten Contoh, 1 Apr 2025 s.d. 30 Jun 2025');
    await page.getByRole('heading', { name: 'Distribusi predikat' }).waitFor({ timeout: 15_000 });
    await expectText(n('predicates'), 'n = 5');
    await expectText(n('trend'), 'n = 5');
    await expectText(figure('average-score'), '104');
    await expectText(n('cycle'), 'n = 7');
    await expectText(figure('without-plan'), '1');
    await expectText(figure('evaluations-pending'), '1');
    await expectText(figure('evaluated'), '5');
    await expectText(figure('training-share'), '28,57 %');
    await expectText(figure('training-average'), '8');
    await expectText(figure('ikm'), '87,5');
    await expectText(n('ikm'), 'n = 4');
    await expectText(figure('complaints-received'), '2');
    await expectText(figure('complaints-overdue'), '1');
    await expectText(figure('complaints-days'), '5');
    await expectText(figure('sanctions'), '2');
    await page.getByText('Hukuman disiplin berlaku (30 Jun 2025)').waitFor();
    await expectText(figure('reports-per-week'), '0,43');
    await expectText(figure('approval-hours'), '3');
    // Each panel leads to the list behind it: the complaints panel to the overdue ones.
    const complaints = await page.getByTestId('panel-complaints-link').getAttribute('href');
    expect(decodeURIComponent(complaints ?? '')).toContain('complaints?filter={"overdue":true}');
    const discipline = await page.getByTestId('panel-discipline-link').getAttribute('href');
    expect(decodeURIComponent(discipline ?? '')).toContain('disciplinaryCases?filter={"status":"ACTIVE"}');
    // The charts are drawn (recharts renders SVG).
    expect(await page.getByTestId('panel-predicates').locator('svg.recharts-surface').count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-id');
    expect(pageErrors).toEqual([]);
  });

  it('narrows to a unit from the ranking', async () => {
    await page
      .getByTestId('ranking-list')
      .getByRole('button', { name: /Dinas Kesehatan/ })
      .click();
    await expectText(page.getByTestId('dashboard-scope'), 'Dinas Kesehatan, 1 Apr 2025 s.d. 30 Jun 2025');
    // Hendra and PKM's Putri, Rudi, Sari: (100 + 120 + 100 + 90) / 4 = 102.5.
    await expectText(n('predicates'), 'n = 4');
    await expectText(figure('average-score'), '102,5');
    await page
      .getByTestId('ranking-list')
      .getByRole('button', { name: /Puskesmas Sukamaju/ })
      .waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('switches to English, with British number and date formats', async () => {
    await page.getByRole('combobox', { name: 'Unit' }).click();
    await page.getByRole('option', { name: 'Cakupan Anda' }).click();
    await page.locator('button[aria-controls="simple-menu"]').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Predicate distribution' }).waitFor({ timeout: 15_000 });
    await expectText(page.getByTestId('dashboard-scope'), 'Pemerintah Kabupaten Contoh, 1 Apr 2025 to 30 Jun 2025');
    await page.getByRole('heading', { name: 'Competence development compliance' }).waitFor();
    await expectText(figure('training-share'), '28.57 %');
    await expectText(figure('ikm'), '87.5');
    await expectText(figure('reports-per-week'), '0.43');
    await page.getByText('Sanctions in force (30 Jun 2025)').waitFor();
    await page.getByText('Employees with at least 20 JP').waitFor();
    await screenshot(page, 'dashboard-en');
    expect(pageErrors).toEqual([]);
  });

  it("leads from a predicate's bar to the plans of that predicate", async () => {
    await page.goto(`${app.url}/admin/#/`);
    const bar = page.getByTestId('panel-predicates').locator('.recharts-bar-rectangle path').first();
    await bar.click({ timeout: 15_000 });
    await page.waitForURL(/#\/performancePlans\?/, { timeout: 15_000 });
    expect(decodeURIComponent(page.url())).toMatch(/"predicate":"[A-Z_]+"/);
    await expect.poll(() => page.locator('.RaDataTable-row, tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});
