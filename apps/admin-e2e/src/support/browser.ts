import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page, type WebSocket, chromium } from 'playwright-core';
import { checkAccessibility, flushAccessibility, watchAccessibility } from './accessibility';

/** Debian's Chromium; flags for a root user on a closed network (see STACK-NOTES). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The URL of the production server started by global-setup.ts. */
export function appUrl(path = '/'): string {
  const base = process.env.PANELIST_E2E_URL;
  if (!base) throw new Error('PANELIST_E2E_URL is not set: run the browser tests through jest --selectProjects browser');
  return new URL(path, base).toString();
}

export interface Screen {
  width: number;
  height: number;
  /** A touch screen (and a phone's browser), where keyboard hints make no sense. */
  touch?: boolean;
}

/** Phone and desktop screens the admin is designed for. */
export const PHONE: Screen = { width: 390, height: 844, touch: true };
export const DESKTOP: Screen = { width: 1440, height: 900 };

/**
 * A fresh browser context (no session) and its page. The page is checked with axe as the test goes
 * (support/accessibility.ts); closing the context runs the checks still due first.
 */
export async function newPage(
  browser: Browser,
  screen: Screen = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: process.env.PANELIST_E2E_URL,
    viewport: { width: screen.width, height: screen.height },
    hasTouch: screen.touch ?? false,
    isMobile: screen.touch ?? false,
    locale: 'en-GB',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  liveSockets.set(page, []);
  page.on('websocket', (socket) => {
    if (socket.url().endsWith('/graphql')) liveSockets.get(page)?.push(socket);
  });
  await watchAccessibility(page);
  const close = context.close.bind(context);
  context.close = async (closeOptions) => {
    if (!page.isClosed()) await flushAccessibility(page);
    await close(closeOptions);
  };
  return { context, page };
}

/** The GraphQL sockets each page has opened: the shell opens one at sign-in (the bell's count), before a test looks. */
const liveSockets = new WeakMap<Page, WebSocket[]>();

/** The next frame the server sends the page over GraphQL subscriptions (on its socket now or a later one) that `matches`. */
export function liveFrame(page: Page, matches: (payload: string) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const listen = (socket: WebSocket) =>
      socket.on('framereceived', (frame) => {
        if (matches(String(frame.payload))) resolve();
      });
    for (const socket of liveSockets.get(page) ?? []) if (!socket.isClosed()) listen(socket);
    page.on('websocket', (socket) => {
      if (socket.url().endsWith('/graphql')) listen(socket);
    });
  });
}

/**
 * Screenshots of the real pages. They go to apps/admin-e2e/screenshots (the README shows bank.png) only
 * with UPDATE_SCREENSHOTS=1, so an ordinary test run leaves the working tree clean. What they show is checked
 * with axe first.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await checkAccessibility(page);
  const folder =
    process.env.UPDATE_SCREENSHOTS === '1' ? resolve(__dirname, '..', '..', 'screenshots') : mkdtempSync(join(tmpdir(), 'panelist-shots-'));
  await page.screenshot({ path: join(folder, name) });
}
