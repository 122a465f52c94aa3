import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { createQuestionSet, findQuestions, type Member, signUpOrganization } from './support/api';
import { DESKTOP, launchBrowser, PHONE, saveScreenshot, type Screen } from './support/browser';
import { drag, signedInPage, textOf } from './support/helpers';

/** The question-set page: questions dragged from the bank into the set (keyboard and mouse), and an honest save state. */
const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function setTitles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Questions in this set' }).locator('.set-row-title').allTextContents();
}

/** Waits until the set lists exactly these titles, in order. */
async function setReads(page: Page, titles: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) => [...document.querySelectorAll('.set-row-title')].map((node) => node.textContent).join('|') === expected.join('|'),
    titles,
  );
}

/** Waits for the set page's own live region (the keyboard pick-up) to say `text`. */
async function said(page: Page, text: string | RegExp): Promise<void> {
  await page.getByTestId('set-drag-announcement').filter({ hasText: text }).waitFor({ state: 'attached' });
}

const saveStatus = (page: Page) => page.getByTestId('set-save-status');

describe('Question set builder in Chromium', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(member: Member, screen: Screen = DESKTOP): Promise<Page> {
    const opened = await signedInPage(browser, member, screen);
    contexts.push(opened.context);
    return opened.page;
  }

  /** A set holding the first two “monitoring” questions; the bank panel searched for the same word. */
  async function setWithTwo(organizationName: string, screen?: Screen) {
    const admin = await signUpOrganization({ organizationName, name: 'Grace Hopper' });
    const { questions, totalCount } = await findQuestions(admin, 'monitoring', 5);
    const set = await createQuestionSet(admin, { name: 'Monitoring round', questionIds: [questions[0].id, questions[1].id] });
    const page = await open(admin, screen);
    await page.goto(`/sets/${set.id}`);
    await page.getByRole('heading', { level: 1, name: 'Monitoring round' }).waitFor();
    await setReads(page, [questions[0].title, questions[1].title]);
    await page.getByLabel('Search the bank').fill('monitoring');
    // The search has answered (the whole bank shows first): rows stay where they are from now on.
    await page
      .locator('.result-count')
      .filter({ hasText: `${totalCount} questions` })
      .waitFor();
    await page.locator('.picker .progress-active').waitFor({ state: 'detached' });
    const bank = page.getByRole('list', { name: 'Bank questions' });
    const handleOf = (title: string): Locator => bank.getByRole('button', { name: `Move ${title} into the set`, exact: true });
    await handleOf(questions[2].title).waitFor();
    return { admin, page, questions, handleOf, bank };
  }

  test('keyboard: pick a bank question up, choose its place with the arrows, drop it; Escape cancels; the save state is honest', async () => {
    const { page, questions, handleOf, bank } = await setWithTwo('Set Keyboard');
    // Nothing has changed, so nothing claims to be saved.
    expect(await textOf(saveStatus(page))).toBe('');
    expect(await page.getByText('All changes saved').count()).toBe(0);

    // The talking points preview opens in place.
    const preview = bank.getByRole('button', { name: `Talking points of ${questions[2].title}` });
    await preview.click();
    expect(await preview.getAttribute('aria-expanded')).toBe('true');
    const points = bank.getByRole('list', { name: `Talking points of ${questions[2].title}` }).getByRole('listitem');
    await points.first().waitFor();
    expect(await points.count()).toBeGreaterThan(0);

    const handle = handleOf(questions[2].title);
    await handle.focus();
    await page.keyboard.press('Space');
    await said(page, `Picked up ${questions[2].title}. It goes at position 3 of 3, at the end of the set.`);
    expect(await handle.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await said(page, `would go at position 2 of 3, before “${questions[1].title}”`);
    await page.keyboard.press('ArrowUp');
    await said(page, `would go at position 1 of 3, before “${questions[0].title}”`);
    expect(await page.locator('.set-row-insert-before .set-row-title').textContent()).toBe(questions[0].title);
    await page.keyboard.press('Enter');
    await said(page, `${questions[2].title} added at position 1 of 3`);
    await setReads(page, [questions[2].title, questions[0].title, questions[1].title]);
    const added = bank.getByRole('button', { name: `${questions[2].title} is in the set`, exact: true });
    expect(await added.getAttribute('aria-pressed')).toBe('false');
    expect(await added.getAttribute('aria-disabled')).toBe('true');
    expect(await added.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await textOf(saveStatus(page))).toBe('Unsaved changes');

    // Escape puts it back: nothing added.
    const other = handleOf(questions[3].title);
    await other.focus();
    await page.keyboard.press('Enter');
    await said(page, `Picked up ${questions[3].title}.`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await said(page, `Cancelled. ${questions[3].title} was not added.`);
    expect(await setTitles(page)).toEqual([questions[2].title, questions[0].title, questions[1].title]);
    await checkAccessibility(page);

    // A save that fails says so and offers to retry; the retry saves.
    await page.route('**/graphql', (route) =>
      route.request().postDataJSON()?.operationName === 'UpdateQuestionSet' ? route.abort('failed') : route.fallback(),
    );
    await page.getByRole('button', { name: 'Save set' }).click();
    await saveStatus(page).filter({ hasText: 'Not saved' }).waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Retry' }).click();
    await saveStatus(page).filter({ hasText: 'All changes saved' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Monitoring round' }).waitFor();
    await setReads(page, [questions[2].title, questions[0].title, questions[1].title]);
    expect(await textOf(saveStatus(page))).toBe('');
  });

  test('mouse: drag a bank question onto the set, between its rows and at its end', async () => {
    const { page, questions, handleOf } = await setWithTwo('Set Mouse');
    const rows = page.getByRole('list', { name: 'Questions in this set' }).getByRole('listitem');
    await drag(page, handleOf(questions[2].title), rows.nth(1), `would go at position 2 of 3, before “${questions[1].title}”`);
    await setReads(page, [questions[0].title, questions[2].title, questions[1].title]);

    await drag(page, handleOf(questions[3].title), page.locator('.set-end-zone'), 'would go at position 4 of 4, at the end of the set');
    await setReads(page, [questions[0].title, questions[2].title, questions[1].title, questions[3].title]);
    expect(await handleOf(questions[3].title).count()).toBe(0);
    await page.getByRole('button', { name: 'Save set' }).click();
    await saveStatus(page).filter({ hasText: 'All changes saved' }).waitFor();
    await saveScreenshot(page, 'question-set-1440.png');
  });

  test('fits a phone, with the bank above the set', async () => {
    const { page, questions, bank } = await setWithTwo('Set Phone', PHONE);
    await bank.getByRole('button', { name: `Talking points of ${questions[2].title}` }).click();
    await bank.getByRole('list', { name: `Talking points of ${questions[2].title}` }).waitFor();
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await saveScreenshot(page, 'question-set-390.png');
  });
});
