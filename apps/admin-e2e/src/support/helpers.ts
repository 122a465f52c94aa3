import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { PASSWORD, type Member } from './api';
import { newPage, type Screen } from './browser';

/** Signs in through the login page and waits to leave it. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A fresh browser context with the member signed in. */
export async function signedInPage(
  browser: Browser,
  member: Pick<Member, 'email'>,
  screen?: Screen,
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser, screen);
  await signIn(opened.page, member.email);
  return opened;
}

export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The answer to the next GraphQL operation of that name the page sends. */
export function graphqlResponse(page: Page, operationName: string): Promise<Response> {
  return page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && response.request().postDataJSON()?.operationName === operationName,
  );
}

/** Waits for dnd-kit's live region to say `text`: what a screen reader hears while something is dragged. */
export async function announced(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('[id^="DndLiveRegion"]').filter({ hasText: text }).waitFor({ state: 'attached' });
}

/**
 * dnd-kit's keyboard sensor starts listening for arrow keys in a zero-delay timer set at the pick-up. Browsers run
 * zero-delay timers in the order they were set (the HTML timer steps), so one set now runs after it: from then on
 * an arrow key is heard.
 */
export async function keyboardSensorListening(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve)));
}

/**
 * A real pointer drag: press on the handle, move past dnd-kit's activation distance, travel in steps, and release
 * once the list says the item is over its target (`over`, as the live region says it).
 */
export async function drag(page: Page, handle: Locator, target: Locator, over: string | RegExp): Promise<void> {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 12, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 4, { steps: 16 });
  await announced(page, over);
  await page.mouse.up();
}
