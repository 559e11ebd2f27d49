import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

type UnitRow = { id: string; code: string; name: string; kind: string; depth: number; parent_id: string | null; agency: string };

describe.runIf(runBrowser)('organisational units in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  const unit = async (code: string): Promise<UnitRow | undefined> => {
    const [row] = await app.sql<UnitRow>(
      `select u.id, u.code, u.name, u.kind, u.depth, u.parent_id, a.code as agency
         from org_units u join agencies a on a.id = u.agency_id where u.code = ?`,
      [code],
    );
    return row;
  };

  beforeAll(async () => {
    app = await startTestApp();
    await createAgency(app, { code: 'PEMKOT-UJI-BINJAI', name: 'Pemerintah Kota Uji Binjai' });
    await createUser(app, { roles: [Role.SUPER_ADMIN], username: 'unit.admin' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('creates a top unit and a child, shows the path to the child and moves it to the top', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await signIn(page, app.url, 'unit.admin');
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });

    // A top unit: the agency chosen, no parent; the code typed in lower case is saved in capitals.
    await page.goto(`${app.url}/admin/#/orgUnits/create`);
    await page.getByRole('combobox', { name: 'Instansi' }).fill('Binjai');
    await page.getByRole('option', { name: /Pemerintah Kota Uji Binjai/ }).click();
    await page.locator('input[name="code"]').fill('dinkes');
    await page.locator('input[name="name"]').fill('Dinas Kesehatan Binjai');
    await page.getByRole('combobox', { name: 'Jenis' }).click();
    await page.getByRole('option', { name: 'Dinas', exact: true }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/orgUnits\/[^/]+\/show$/, { timeout: 15_000 });

    const top = await unit('DINKES');
    expect(top).toMatchObject({ name: 'Dinas Kesehatan Binjai', kind: 'DINAS', depth: 0, parent_id: null, agency: 'PEMKOT-UJI-BINJAI' });

    // A child: only the parent chosen, the agency comes with it.
    await page.goto(`${app.url}/admin/#/orgUnits/create`);
    await page.getByRole('combobox', { name: 'Unit induk' }).fill('Kesehatan');
    await page.getByRole('option', { name: /DINKES — Dinas Kesehatan Binjai/ }).click();
    await page.locator('input[name="code"]').fill('pkm-binjai-kota');
    await page.locator('input[name="name"]').fill('Puskesmas Binjai Kota');
    await page.getByRole('combobox', { name: 'Jenis' }).click();
    await page.getByRole('option', { name: 'Puskesmas', exact: true }).click();
    await screenshot(page, 'org-unit-create');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/orgUnits\/[^/]+\/show$/, { timeout: 15_000 });

    const child = await unit('PKM-BINJAI-KOTA');
    expect(child).toMatchObject({ kind: 'PUSKESMAS', depth: 1, parent_id: top?.id, agency: 'PEMKOT-UJI-BINJAI' });

    // The child's page: the path from the top, the parent a link.
    const breadcrumb = page.getByTestId('org-unit-breadcrumb');
    await breadcrumb.getByRole('link', { name: 'Dinas Kesehatan Binjai' }).waitFor({ timeout: 15_000 });
    expect(await breadcrumb.textContent()).toBe('Dinas Kesehatan Binjai/Puskesmas Binjai Kota');
    await screenshot(page, 'org-unit-show');

    // Move it to the top of the agency.
    await page.getByRole('button', { name: 'Pindahkan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Jadikan unit teratas').check();
    await dialog.getByRole('button', { name: 'Pindahkan' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The page reloads the unit: no link left in the path.
    await breadcrumb.getByRole('link').waitFor({ state: 'detached', timeout: 15_000 });

    const moved = await unit('PKM-BINJAI-KOTA');
    expect(moved).toMatchObject({ depth: 0, parent_id: null });
    expect(pageErrors).toEqual([]);
  });
});
