import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMember, type Member, PASSWORD, signUpOrganization, uniqueEmail } from './support/api';
import { appUrl, DESKTOP, launchBrowser, newPage, PHONE, saveScreenshot } from './support/browser';
import { signedInPage, textOf } from './support/helpers';

/**
 * A member's own account page against the built production server: personal API tokens made, shown once, used by a
 * script and revoked; and signing in when one password opens accounts in two organisations.
 */

/** What a script holding the token is told when it asks who it is. */
async function whoIsToken(token: string): Promise<string> {
  const response = await fetch(appUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { name } }' }),
  });
  const body = (await response.json()) as { data?: { me: { name: string } }; errors?: Array<{ extensions?: { code?: string } }> };
  return body.data?.me.name ?? body.errors?.[0].extensions?.code ?? 'no answer';
}

describe('Your account in Chromium', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(member: Member, screen = DESKTOP): Promise<Page> {
    const opened = await signedInPage(browser, member, screen);
    contexts.push(opened.context);
    return opened.page;
  }

  test('a recruiter makes a read-only token for a script, copies it once, and revokes it', async () => {
    const admin = await signUpOrganization({ organizationName: 'Tokens Inc', name: 'Ada Admin', startEmpty: true });
    const recruiter = await addMember(admin, { name: 'Rosa Parks', role: 'RECRUITER' });
    const page = await open(recruiter, PHONE);

    // Once the landing page has settled: a navigation closes the menu.
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: /Rosa Parks/ }).click();
    await page.waitForURL('**/account');
    await page.getByRole('heading', { name: 'Rosa Parks', level: 1 }).waitFor();
    await page.getByText('No tokens yet').waitFor();

    const form = page.getByRole('form', { name: 'New API token' });
    await form.getByLabel('Name').fill('Nightly ATS sync');
    await form.getByLabel('Access').selectOption({ label: 'Read only' });
    await form.getByLabel('Expires after').selectOption({ label: '90 days' });
    await form.getByRole('button', { name: 'Create token' }).click();

    const shown = page.getByLabel('Token Nightly ATS sync');
    await shown.waitFor();
    const token = await shown.inputValue();
    expect(token).toMatch(/^pnl_/);
    expect(await whoIsToken(token)).toBe('Rosa Parks');
    const row = page.getByRole('row', { name: /Nightly ATS sync/ });
    await row.waitFor();
    expect(await textOf(row)).toContain('Read only');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await saveScreenshot(page, 'account-390.png');

    // Gone from the page once left: it was shown once.
    await page.reload();
    await row.waitFor();
    expect(await page.getByLabel('Token Nightly ATS sync').count()).toBe(0);

    await row.getByRole('button', { name: 'Revoke Nightly ATS sync' }).click();
    await row.getByText(/^Revoked/).waitFor();
    expect(await whoIsToken(token)).toBe('UNAUTHENTICATED');
  });

  test('one password opening accounts in two organisations asks which to sign in to', async () => {
    const email = uniqueEmail('two-orgs');
    await signUpOrganization({ organizationName: 'Northwind', name: 'Sam Both', email, startEmpty: true });
    await signUpOrganization({ organizationName: 'Southwind', name: 'Sam Both', email, startEmpty: true });
    const { context, page } = await newPage(browser, DESKTOP);
    contexts.push(context);

    await page.goto('/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const choice = page.getByLabel('Organisation');
    await choice.waitFor();
    await choice.selectOption({ label: 'Southwind' });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    expect(await textOf(page.getByTitle('Organisation'))).toBe('Southwind');
  });
});
