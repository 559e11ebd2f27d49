import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createUser, Role, TEST_PASSWORD } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

describe.runIf(runBrowser)('console in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app, { roles: [Role.SUPER_ADMIN], username: 'konsol.admin' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('logs in, creates an agency through the form and finds it in the list', async () => {
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill('konsol.admin');
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('button[type="submit"]').click();
    // Indonesian by default: the agencies menu entry is "Instansi".
    await expect.poll(() => page.getByRole('menuitem', { name: /Instansi/ }).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await page.goto(`${app.url}/admin/#/agencies/create`);
    await page.locator('input[name="code"]').fill('PEMKAB-BLANGPIDIE');
    await page.locator('input[name="name"]').fill('Pemerintah Kabupaten Uji Blangpidie');
    await page.locator('#kind').click();
    await page.getByRole('option', { name: /Daerah/ }).click();
    await page.locator('input[name="region"]').fill('Aceh');
    await screenshot(page, 'agency-create');
    await page.locator('button[type="submit"]').click();

    // Saved through the API: the record exists in the database.
    await expect
      .poll(async () => (await app.sql(`select name from agencies where code = 'PEMKAB-BLANGPIDIE'`)).length, { timeout: 15_000 })
      .toBe(1);

    await page.goto(`${app.url}/admin/#/agencies`);
    await expect.poll(() => page.getByText('Pemerintah Kabupaten Uji Blangpidie').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await screenshot(page, 'agency-list');
    expect(consoleErrors).toEqual([]);
  });
});
