import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

/** Debian's Chromium; flags for a root user on a closed network (see STACK-NOTES). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The URL of the production server started by global-setup.ts. */
export function appUrl(path = '/'): string {
  const base = process.env.PANELIST_E2E_URL;
  if (!base) throw new Error('PANELIST_E2E_URL is not set: run the browser tests through jest --selectProjects browser');
  return new URL(path, base).toString();
}

export async function newPage(browser: Browser, options: { width?: number; height?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: process.env.PANELIST_E2E_URL,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
}

/**
 * Screenshots of the real pages. They go to apps/admin-e2e/screenshots (the README shows bank.png) only
 * with UPDATE_SCREENSHOTS=1, so an ordinary test run leaves the working tree clean.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.UPDATE_SCREENSHOTS === '1' ? resolve(__dirname, '..', '..', 'screenshots') : mkdtempSync(join(tmpdir(), 'panelist-shots-'));
  await page.screenshot({ path: join(folder, name) });
}
