import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, saveScreenshot } from './support/browser';
import { gql, signIn, signUpOrganization, textOf } from './support/helpers';

/**
 * A pipeline column longer than the board sends (50 cards) against the built production server (global-setup.ts):
 * the column shows its first cards and loads the rest on request, and moves keep working on loaded cards.
 * The file signs up an organisation of its own and arranges its 60 candidates through the API.
 */
const run = randomBytes(3).toString('hex');
const admin = { name: 'Noor Aziz', email: `noor-${run}@paging.test` };
const CANDIDATES = 60;
/** Zero-padded, so the names sort like the board orders them (first added, longest in stage, first). */
const nameOf = (index: number) => `Paged Candidate ${String(index + 1).padStart(2, '0')}`;

describe('A long pipeline column in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let openingId = '';

  const column = (stage: string) => page.getByRole('listitem', { name: stage, exact: true });
  const cardsIn = (stage: string) => column(stage).locator('.board-card');
  const countOf = (stage: string) => textOf(column(stage).locator('.count'));

  beforeAll(async () => {
    const token = await signUpOrganization({ organizationName: `Paging Works ${run}`, name: admin.name, email: admin.email, startEmpty: true });
    const opening = await gql<{ createOpening: { id: string } }>(`mutation { createOpening(input: { title: "Data platform engineer" }) { id } }`, {}, token);
    openingId = opening.createOpening.id;

    // One request each for the candidates and their applications: top-level mutation fields run in order,
    // so the applications enter the first stage in the order of the names.
    const indexes = Array.from({ length: CANDIDATES }, (_, index) => index);
    const created = await gql<Record<string, { id: string }>>(
      `mutation { ${indexes.map((index) => `c${index}: createCandidate(input: { name: "${nameOf(index)}", email: "paged-${index}-${run}@candidates.test" }) { id }`).join('\n')} }`,
      {},
      token,
    );
    await gql(
      `mutation ($openingId: ID!) { ${indexes.map((index) => `a${index}: createApplication(input: { openingId: $openingId, candidateId: "${created[`c${index}`].id}" }) { id }`).join('\n')} }`,
      { openingId },
      token,
    );

    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
    await signIn(page, admin.email);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test('the first column shows 50 of its 60 cards, says how many are not shown, and loads the last 10 on request', async () => {
    await page.goto(`/openings/${openingId}/pipeline`);
    const more = column('Applied').getByRole('button', { name: 'Show the last 10 in Applied' });
    await more.waitFor();
    expect(await countOf('Applied')).toBe('60');
    expect(await cardsIn('Applied').count()).toBe(50);
    expect(await textOf(cardsIn('Applied').first().locator('.board-card-name'))).toBe(nameOf(0));
    expect(await textOf(cardsIn('Applied').last().locator('.board-card-name'))).toBe(nameOf(49));
    await column('Applied').getByText('10 more not shown').waitFor();
    // "Select all" selects what is on screen, and says so.
    await column('Applied').getByRole('checkbox', { name: 'Select the 50 shown in Applied' }).waitFor();
    // Other columns have nothing more to show.
    expect(await column('Onsite').getByRole('button', { name: /^Show / }).count()).toBe(0);

    await more.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'board-paging.png');

    // With the keyboard: the button is reachable and carries on at the first card it loaded.
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-stage-id] .board-card').length === 60);
    expect(await cardsIn('Applied').count()).toBe(CANDIDATES);
    expect(await column('Applied').getByRole('button', { name: /^Show / }).count()).toBe(0);
    expect(await column('Applied').getByText(/more not shown/).count()).toBe(0);
    expect(await countOf('Applied')).toBe('60');
    const names = (await cardsIn('Applied').locator('.board-card-name').allTextContents()).map((name) => name.trim());
    expect(names).toEqual(Array.from({ length: CANDIDATES }, (_, index) => nameOf(index)));
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === `Move ${name}, now in Applied`, nameOf(50));
    await column('Applied').getByRole('checkbox', { name: 'Select everyone in Applied' }).waitFor();
  });

  test('a card that was loaded later moves to another stage with the keyboard; both counts follow, and the move is saved', async () => {
    const moved = nameOf(54);
    const handle = column('Applied').getByRole('button', { name: `Move ${moved}, now in Applied` });
    await handle.focus();
    await page.keyboard.press('Space');
    const lifted = page.locator('.board-card-handle[aria-pressed="true"]');
    await lifted.waitFor();
    // The keyboard sensor starts listening for arrows a tick after the pick-up.
    await page.waitForTimeout(100);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    await page.keyboard.press('Space');
    await lifted.waitFor({ state: 'detached' });

    await column('Recruiter screen').locator('.board-card', { hasText: moved }).waitFor();
    await page.getByRole('status').getByText(`Moved ${moved} to Recruiter screen`).waitFor();
    expect(await countOf('Applied')).toBe('59');
    expect(await countOf('Recruiter screen')).toBe('1');
    expect(await cardsIn('Applied').count()).toBe(CANDIDATES - 1);
    expect(await cardsIn('Applied').filter({ hasText: moved }).count()).toBe(0);
    await page.getByText('60 candidates in the pipeline').waitFor();

    // After a reload the board starts again from the first 50 of the 59 left.
    await page.reload();
    await column('Applied').getByRole('button', { name: 'Show the last 9 in Applied' }).waitFor();
    expect(await countOf('Applied')).toBe('59');
    expect(await countOf('Recruiter screen')).toBe('1');
    await column('Recruiter screen').locator('.board-card', { hasText: moved }).waitFor();
  });

  test('a card moved into a long column is last in it; "Show more" fills in the rest without skipping anyone, after a failed try', async () => {
    const moved = nameOf(54);
    const handle = column('Recruiter screen').getByRole('button', { name: `Move ${moved}, now in Recruiter screen` });
    await handle.focus();
    await page.keyboard.press('Space');
    const lifted = page.locator('.board-card-handle[aria-pressed="true"]');
    await lifted.waitFor();
    await page.waitForTimeout(100);
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(100);
    await page.keyboard.press('Space');
    await lifted.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText(`Moved ${moved} to Applied`).waitFor();
    expect(await countOf('Applied')).toBe('60');
    expect(await cardsIn('Applied').count()).toBe(51);
    expect(await textOf(cardsIn('Applied').last().locator('.board-card-name'))).toBe(moved);

    // The first try fails: the button shows it is busy, then the failure is told and the button stays.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName !== 'BoardColumnCards') return route.fallback();
      await held;
      await route.fulfill({ status: 503, body: 'Service unavailable' });
    });
    const more = column('Applied').getByRole('button', { name: 'Show the last 9 in Applied' });
    await more.click();
    await column('Applied').getByRole('button', { name: 'Loading 9 more in Applied' }).waitFor();
    expect(await column('Applied').getByRole('list', { name: 'Candidates in Applied' }).getAttribute('aria-busy')).toBe('true');
    release();
    await page.getByRole('status').getByText('More candidates in Applied could not load: The server could not answer (HTTP 503). Try again in a moment.').waitFor();
    await page.unroute('**/graphql');

    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-stage-id] .board-card').length === 60);
    expect(await countOf('Applied')).toBe('60');
    expect(await column('Applied').getByRole('button', { name: /^Show / }).count()).toBe(0);
    // Board order: the first added first, the card moved back in last.
    const names = (await cardsIn('Applied').locator('.board-card-name').allTextContents()).map((name) => name.trim());
    const expected = Array.from({ length: CANDIDATES }, (_, index) => nameOf(index)).filter((name) => name !== moved);
    expect(names).toEqual([...expected, moved]);
  });
});
