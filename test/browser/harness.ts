import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../src/app/demo/demo-orgs.ts';
import type { Deps } from '../../src/app/deps.ts';
import { WEB_ROOT } from '../../src/cli/web-build.ts';
import { buildServer, type App } from '../../src/http/server.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { seedDemoIndex, type SeededDemoOrg } from '../demo.ts';
import { signIn as apiSignIn, type Client } from '../http.ts';
import { testDeps } from '../factories.ts';

export const CHROMIUM = '/usr/lib/chromium/chromium';
export const SCREENSHOTS = path.resolve('test-artifacts/screenshots');

export interface RunningApp {
  url: string;
  deps: Deps;
  demo: Map<string, SeededDemoOrg>;
  close(): Promise<void>;
}

/** The real server with the built web app, on a fresh database seeded with the demo data. */
export async function startApp(): Promise<RunningApp> {
  const database: TestDatabase = await createTestDatabase();
  const deps = testDeps(database.db);
  const demo = await seedDemoIndex(deps);
  const app: App = await buildServer(deps, {
    cookieSecure: false,
    loginRateLimit: 1000,
    webRoot: WEB_ROOT,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    deps,
    demo,
    close: async () => {
      await app.close();
      await database.dispose();
    },
  };
}

export interface RunningBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless, with a fresh profile. The browser runs in New York so that any
 * time shown or sent in the browser's own zone instead of the organization's shows up.
 */
export async function launchBrowser(): Promise<RunningBrowser> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'mooring-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    locale: 'en-US',
    timezoneId: 'America/New_York',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await fs.rm(profile, { recursive: true, force: true });
    },
  };
}

export function demoEmail(orgName: string, memberName: string): string {
  const member = DEMO_ORGS.find((o) => o.name === orgName)?.members.find(
    (m) => m.name === memberName,
  );
  if (!member) throw new Error(`no demo member ${memberName} in ${orgName}`);
  return member.email;
}

/**
 * A demo member's own API session (cookie and CSRF token), apart from the browser's: for setting
 * the scene (posts of several members) through the API before the browser looks at it.
 */
export function apiAs(app: RunningApp, orgName: string, memberName: string): Promise<Client> {
  return apiSignIn(
    { url: app.url } as Parameters<typeof apiSignIn>[0],
    demoEmail(orgName, memberName),
    DEMO_PASSWORD,
  );
}

/** Signs in through the form, with the keyboard only (Enter submits). */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(DEMO_PASSWORD);
  await page.locator('#login-password').press('Enter');
  await page.locator('nav.main-nav').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.locator('.header-tools button').click();
  await page.locator('#login-email').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Form controls without an accessible name: no `<label>`, no aria-label(ledby), and for buttons
 * and links no text. Each is described by tag, type and id.
 */
export function unlabeledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'input:not([type=hidden]), select, textarea, button, a[href]',
    );
    for (const el of controls) {
      const labelled =
        ((el as HTMLInputElement).labels?.length ?? 0) > 0 ||
        (el.getAttribute('aria-label') ?? '').trim() !== '' ||
        (el.getAttribute('aria-labelledby') ?? '').trim() !== '' ||
        (el.getAttribute('title') ?? '').trim() !== '' ||
        ((el.tagName === 'BUTTON' || el.tagName === 'A') && (el.textContent ?? '').trim() !== '');
      if (!labelled) {
        out.push(`${el.tagName.toLowerCase()}[type=${el.getAttribute('type')}]#${el.id}`);
      }
    }
    return out;
  });
}
