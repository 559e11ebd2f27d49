import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TEST_PASSWORD } from '../helpers/factories.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test/admin/__screenshots__');

/**
 * Whether browser tests can run here. Without Chromium they are skipped with a
 * clear message, unless REQUIRE_BROWSER=1 (CI), where the absence fails the run.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(`REQUIRE_BROWSER=1 but no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  }
  console.warn(`\n  Browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
  return false;
}

/** Debian's Chromium, headless, with nothing that reaches for the network on its own. */
function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** The worker's Chromium: the browser files run one after another in one worker (vitest.config.ts), so they share it. */
let shared: Promise<Browser> | undefined;

/**
 * A Chromium for one test file. The worker launches it once and each file gets a
 * handle on it: what the file opens through the handle (contexts, and pages with their
 * own context) is its own, cookies and storage included, and the handle's close()
 * closes those, not the browser. Playwright closes the browser when the worker exits.
 */
export async function launchChromium(): Promise<Browser> {
  const current = await shared?.catch(() => undefined);
  if (!current?.isConnected()) shared = launch();
  return handle(await shared!);
}

function handle(browser: Browser): Browser {
  const opened = new Set<BrowserContext>();
  const track = (context: BrowserContext) => {
    opened.add(context);
    context.once('close', () => opened.delete(context));
    return context;
  };
  const own: Partial<Browser> = {
    newContext: async (...args) => track(await browser.newContext(...args)),
    newPage: async (...args) => {
      const page = await browser.newPage(...args);
      track(page.context());
      return page;
    },
    contexts: () => [...opened],
    close: async () => {
      await Promise.all([...opened].map((context) => context.close().catch(() => undefined)));
    },
  };
  return new Proxy(browser, {
    get(target, property) {
      if (Object.hasOwn(own, property)) return own[property as keyof Browser];
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Signs `page` in as `username` without walking the login form: the API's `login` answers the
 * session the console saves at sign-in (admin/src/session.ts, whose localStorage keys these are),
 * which is put into the page's storage for the console's origin. The page then opens straight on
 * the screen a test is about (the caller navigates) instead of on the login form and the
 * dashboard. The form itself is walked by console.test.ts, access.test.ts and language.test.ts.
 */
export async function signIn(page: Page, baseUrl: string, username: string, password = TEST_PASSWORD): Promise<void> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($input: LoginInput!) {
        login(input: $input) { token expiresAt user { id username displayName roles permissions agencyId } }
      }`,
      variables: { input: { username, password } },
    }),
  });
  const body = (await response.json()) as { data?: { login: { token: string; expiresAt: string; user: unknown } }; errors?: unknown };
  if (!body.data) throw new Error(`login of ${username} refused: ${JSON.stringify(body.errors)}`);
  const { token, expiresAt, user } = body.data.login;
  const entries = { 'kinerja.token': token, 'kinerja.expiresAt': expiresAt, 'kinerja.user': JSON.stringify(user) };
  // Any page of the origin reaches its localStorage; the health check is the lightest.
  await page.goto(`${baseUrl}/healthz`);
  await page.evaluate(`for (const [name, value] of Object.entries(${JSON.stringify(entries)})) localStorage.setItem(name, value)`);
}
