import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createApplications,
  createCandidates,
  createOpening,
  type Member,
  moveApplication,
  type Opening,
  signUpOrganization,
  stageOf,
} from './support/api';
import { launchBrowser, saveScreenshot } from './support/browser';
import { announced, keyboardSensorListening, signedInPage, textOf } from './support/helpers';

/**
 * A pipeline column longer than the board sends (50 cards) against the built production server (global-setup.ts):
 * the column shows its first cards and loads the rest on request, and moves keep working on loaded cards.
 * The file signs up an organisation with 60 candidates through the API; each test opens an opening of its own
 * with all 60 in its first stage.
 */
const CANDIDATES = 60;
/** Zero-padded, so the names sort like the board orders them (first added, longest in stage, first). */
const nameOf = (index: number) => `Paged Candidate ${String(index + 1).padStart(2, '0')}`;

describe('A long pipeline column in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let admin: Member;
  let candidateIds: string[] = [];

  const column = (stage: string) => page.getByRole('listitem', { name: stage, exact: true });
  const cardsIn = (stage: string) => column(stage).locator('.board-card');
  const countOf = (stage: string) => textOf(column(stage).locator('.count'));

  /** An opening with every candidate in Applied, in the order of their names, and its board open. */
  async function openBoard(arrange: (applicationIds: string[], opening: Opening) => Promise<void> = async () => undefined) {
    const opening = await createOpening(admin, { title: 'Data platform engineer' });
    const applicationIds = await createApplications(admin, opening.id, candidateIds);
    await arrange(applicationIds, opening);
    const opened = await signedInPage(browser, admin);
    context = opened.context;
    page = opened.page;
    await page.goto(`/openings/${opening.id}/pipeline`);
  }

  /** Picks a card up with the keyboard, moves it one column with `key`, and drops it there. */
  async function moveWithKeyboard(name: string, from: string, key: 'ArrowLeft' | 'ArrowRight', to: string) {
    await column(from)
      .getByRole('button', { name: `Move ${name}, now in ${from}` })
      .focus();
    await page.keyboard.press('Space');
    const lifted = page.locator('.board-card-handle[aria-pressed="true"]');
    await lifted.waitFor();
    await keyboardSensorListening(page);
    await page.keyboard.press(key);
    await announced(page, `${name} is over ${to}.`);
    await page.keyboard.press('Space');
    await lifted.waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    admin = await signUpOrganization({ organizationName: 'Paging Works', name: 'Noor Aziz', startEmpty: true });
    candidateIds = await createCandidates(
      admin,
      Array.from({ length: CANDIDATES }, (_, index) => ({ name: nameOf(index) })),
    );
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the first column shows 50 of its 60 cards, says how many are not shown, and loads the last 10 on request', async () => {
    await openBoard();
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
    expect(
      await column('Onsite')
        .getByRole('button', { name: /^Show / })
        .count(),
    ).toBe(0);

    await more.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'board-paging.png');

    // With the keyboard: the button is reachable and carries on at the first card it loaded.
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-stage-id] .board-card').length === 60);
    expect(await cardsIn('Applied').count()).toBe(CANDIDATES);
    expect(
      await column('Applied')
        .getByRole('button', { name: /^Show / })
        .count(),
    ).toBe(0);
    expect(
      await column('Applied')
        .getByText(/more not shown/)
        .count(),
    ).toBe(0);
    expect(await countOf('Applied')).toBe('60');
    const names = (await cardsIn('Applied').locator('.board-card-name').allTextContents()).map((name) => name.trim());
    expect(names).toEqual(Array.from({ length: CANDIDATES }, (_, index) => nameOf(index)));
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === `Move ${name}, now in Applied`, nameOf(50));
    await column('Applied').getByRole('checkbox', { name: 'Select everyone in Applied' }).waitFor();
  });

  test('a card that was loaded later moves to another stage with the keyboard; both counts follow, and the move is saved', async () => {
    await openBoard();
    await column('Applied').getByRole('button', { name: 'Show the last 10 in Applied' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-stage-id] .board-card').length === 60);
    const moved = nameOf(54);
    await moveWithKeyboard(moved, 'Applied', 'ArrowRight', 'Recruiter screen');

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
    // It was moved out of the long column before the board opened, which shows 50 of the 59 left there.
    await openBoard((applicationIds, opening) => moveApplication(admin, applicationIds[54], stageOf(opening, 'Recruiter screen').id));
    await column('Recruiter screen').locator('.board-card', { hasText: moved }).waitFor();
    await moveWithKeyboard(moved, 'Recruiter screen', 'ArrowLeft', 'Applied');
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
    await page
      .getByRole('status')
      .getByText('More candidates in Applied could not load: The server could not answer (HTTP 503). Try again in a moment.')
      .waitFor();
    await page.unroute('**/graphql');

    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-stage-id] .board-card').length === 60);
    expect(await countOf('Applied')).toBe('60');
    expect(
      await column('Applied')
        .getByRole('button', { name: /^Show / })
        .count(),
    ).toBe(0);
    // Board order: the first added first, the card moved back in last.
    const names = (await cardsIn('Applied').locator('.board-card-name').allTextContents()).map((name) => name.trim());
    const expected = Array.from({ length: CANDIDATES }, (_, index) => nameOf(index)).filter((name) => name !== moved);
    expect(names).toEqual([...expected, moved]);
  });
});
