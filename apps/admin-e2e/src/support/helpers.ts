import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser';

/** GraphQL straight to the server under test, for arranging data the test is not about. */
export async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(appUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

/** The password of every account the browser tests create. */
export const PASSWORD = 'a sufficiently long secret';

/** Creates an organisation through the API (the tests need ALLOW_SIGNUP, which global setup sets); returns its admin's token. */
export async function signUpOrganization(input: { organizationName: string; name: string; email: string; startEmpty?: boolean }): Promise<string> {
  const signedUp = await gql<{ signUp: { token: string } }>(`mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { ...input, password: PASSWORD } });
  return signedUp.signUp.token;
}

/** Signs in through the login page and waits to leave it. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** A real pointer drag: press on the handle, move past dnd-kit's activation distance, travel in steps, pause over the target, release. */
export async function drag(page: Page, handle: Locator, target: Locator): Promise<void> {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 12, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 4, { steps: 16 });
  await page.waitForTimeout(150);
  await page.mouse.up();
}
