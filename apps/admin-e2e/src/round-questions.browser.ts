import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { addRound, createOpening, createQuestionSet, findQuestions, signUpOrganization, stageOf } from './support/api';
import { launchBrowser, saveScreenshot } from './support/browser';
import { signedInPage, textOf } from './support/helpers';

/**
 * A round's questions picked by hand: a question set added whole, then a question from the bank, against the
 * built production server (global-setup.ts). Each test signs up an organisation of its own through the API.
 */
const OPENING = 'Machine learning platform engineer';
const SET = 'Monitoring basics';
const ROUND = 'Hands-on MLOps';
/** A word found in one bank title only; the question it finds is added by hand. */
const BANK_WORD = 'shadowing';
/** A word of the title of the question the loop's other round asks. */
const OTHER_ROUND_WORD = 'canary';

/** The bank picker's result count, as it reads once a search has answered. */
const countText = (count: number) => (count === 1 ? '1 question' : `${count} questions`);

async function titlesOf(list: Locator, titleClass: string): Promise<string[]> {
  return (await list.locator(titleClass).allTextContents()).map((title) => title.trim());
}

describe('A round’s questions picked by hand in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a new round: add a question set, then a question from the bank, and save it', async () => {
    const admin = await signUpOrganization({ organizationName: 'Round Works', name: 'Noor Haddad' });
    const setQuestions = (await findQuestions(admin, null, 3)).questions;
    const bankSearch = await findQuestions(admin, BANK_WORD, 1);
    const [bankQuestion] = bankSearch.questions;
    const bankMatches = bankSearch.totalCount;
    const otherSearch = await findQuestions(admin, OTHER_ROUND_WORD, 25);
    const otherRoundQuestion = otherSearch.questions.find((question) => question.title.toLowerCase().includes(OTHER_ROUND_WORD))!;
    const otherRoundMatches = otherSearch.totalCount;
    expect(setQuestions).toHaveLength(3);
    expect(bankQuestion.title.toLowerCase()).toContain(BANK_WORD);
    expect(otherRoundQuestion).toBeDefined();
    const setIds = setQuestions.map((question) => question.id);
    expect(setIds).not.toContain(bankQuestion.id);
    expect(setIds).not.toContain(otherRoundQuestion.id);

    await createQuestionSet(admin, { name: SET, description: 'Drift, alerts and observability', questionIds: setIds });
    const opening = await createOpening(admin, { title: OPENING });
    // Another round of the loop already asks one question, so the bank marks it.
    await addRound(admin, opening.id, {
      name: 'Screening call',
      stageId: stageOf(opening, 'Recruiter screen').id,
      durationMinutes: 30,
      questionIds: [otherRoundQuestion.id],
    });
    const opened = await signedInPage(browser, admin);
    context = opened.context;
    const { page } = opened;

    await page.goto(`/openings/${opening.id}/loop`);
    await page.getByRole('heading', { name: OPENING, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Add round' }).first().click();
    await page.waitForURL(/\/rounds\/new$/);
    await page.getByLabel('Name').fill(ROUND);
    await page.getByLabel('Stage').selectOption({ label: 'Onsite' });
    await page.getByLabel('Duration (minutes)').fill('60');

    // The question set: its questions go in, in the set's order.
    const openSets = page.getByRole('button', { name: 'Add a question set…' });
    await openSets.click();
    const setDialog = page.getByRole('dialog', { name: 'Add a question set' });
    const setButton = setDialog.getByRole('list', { name: 'Question sets' }).getByRole('button', { name: `Add ${SET}, 3 questions` });
    await setButton.waitFor();
    // The dialog starts on the first set, so Enter adds it.
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `Add ${SET}, 3 questions`);
    await saveScreenshot(page, 'round-add-question-set.png');
    await setButton.click();
    await setDialog.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText(`Added 3 questions from “${SET}”`, { exact: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Add a question set…');

    const list = page.getByRole('list', { name: 'Questions of this round' });
    expect(await titlesOf(list, '.set-row-title')).toEqual(setQuestions.map((question) => question.title));
    const minutes = Number(await page.getByRole('meter', { name: 'Question time against the budget' }).getAttribute('aria-valuenow'));
    expect(minutes).toBeGreaterThan(0);

    // The bank: a question the other round asks carries a badge; one found by a word of its title is added.
    await page.getByRole('button', { name: 'Add from the bank…' }).click();
    const bankDialog = page.getByRole('dialog', { name: 'Add from the bank' });
    const search = bankDialog.getByRole('searchbox', { name: 'Search the bank' });
    const results = bankDialog.getByRole('list', { name: 'Bank questions' });
    await results.getByRole('listitem').first().waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
    await search.fill(OTHER_ROUND_WORD);
    await bankDialog.getByText(countText(otherRoundMatches), { exact: true }).waitFor();
    const repeated = results.getByRole('listitem').filter({ hasText: otherRoundQuestion.title });
    await repeated.getByText('In another round').waitFor();
    expect(await results.getByText('In another round').count()).toBe(1);

    await search.fill(BANK_WORD);
    await bankDialog.getByText(countText(bankMatches), { exact: true }).waitFor();
    // Enter in the search box searches; it does not submit the round's form behind the dialog. A form submits
    // while the key is handled, so the count is final once the press is done.
    await page.evaluate(() => {
      const page = window as unknown as { submitsOutsideDialogs: number };
      page.submitsOutsideDialogs = 0;
      const count = (event: Event) => {
        if (!(event.target as Element).closest('dialog')) page.submitsOutsideDialogs += 1;
      };
      document.addEventListener('submit', count, { capture: true });
    });
    await search.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { submitsOutsideDialogs: number }).submitsOutsideDialogs)).toBe(0);
    expect(await bankDialog.isVisible()).toBe(true);
    expect(page.url()).toMatch(/\/rounds\/new$/);
    const add = results.getByRole('button', { name: `Add ${bankQuestion.title}` });
    await add.click();
    const added = results.getByRole('button', { name: `${bankQuestion.title} is in this round` });
    await added.waitFor();
    expect(await textOf(added)).toBe('Added');
    await bankDialog.getByText(/^This round: 4 questions, \d+ of 50 min$/).waitFor();
    // For the screenshot: more results, the other round's question among them with its badge.
    await search.fill('deploy');
    await repeated.getByText('In another round').waitFor();
    await saveScreenshot(page, 'round-add-from-bank.png');
    await bankDialog.getByRole('button', { name: 'Done' }).click();
    await bankDialog.waitFor({ state: 'detached' });

    const titles = [...setQuestions.map((question) => question.title), bankQuestion.title];
    expect(await titlesOf(list, '.set-row-title')).toEqual(titles);
    expect(Number(await page.getByRole('meter').getAttribute('aria-valuenow'))).toBeGreaterThan(minutes);

    // The same set again, by keyboard: nothing is added, and the toast says so.
    await openSets.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `Add ${SET}, 3 questions`);
    await page.keyboard.press('Enter');
    await setDialog.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText(`Nothing added: all 3 questions of “${SET}” are already in the round`).waitFor();
    expect(await titlesOf(list, '.set-row-title')).toEqual(titles);

    await page.getByRole('button', { name: 'Add round', exact: true }).click();
    await page.waitForURL(/\/openings\/[0-9a-f-]{36}\/loop$/);
    const saved = page.getByRole('list', { name: `Questions of ${ROUND}` });
    await saved.waitFor();
    expect(await titlesOf(saved, '.round-question-title')).toEqual(titles);
  });

  test('an organisation without question sets: the dialog says so and links to them', async () => {
    const admin = await signUpOrganization({ organizationName: 'Empty Works', name: 'Sam Okafor', startEmpty: true });
    const opening = await createOpening(admin, { title: 'Data engineer' });
    const opened = await signedInPage(browser, admin);
    context = opened.context;
    const { page } = opened;
    await page.goto(`/openings/${opening.id}/rounds/new`);
    await page.getByRole('button', { name: 'Add a question set…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a question set' });
    await dialog.getByText('No question sets yet').waitFor();
    await dialog.getByRole('link', { name: 'Go to question sets' }).click();
    await page.waitForURL('**/sets');
    await page.getByRole('heading', { name: 'Question sets', level: 1 }).waitFor();
  });
});
