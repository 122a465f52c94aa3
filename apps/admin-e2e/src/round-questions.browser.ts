import { randomBytes } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newPage, saveScreenshot } from './support/browser';
import { gql, signIn, signUpOrganization, textOf } from './support/helpers';

/**
 * A round's questions picked by hand: a question set added whole, then a question from the bank, against the
 * built production server (global-setup.ts). The file signs up a seeded organisation of its own through the API.
 */
const run = randomBytes(3).toString('hex');

const admin = { name: 'Noor Haddad', email: `noor-${run}@rounds.test` };
const OPENING = 'Machine learning platform engineer';
const SET = 'Monitoring basics';
const ROUND = 'Hands-on MLOps';
/** A word found in one bank title only; the question it finds is added by hand. */
const BANK_WORD = 'shadowing';
/** A word of the title of the question the loop's other round asks. */
const OTHER_ROUND_WORD = 'canary';

interface Question {
  id: string;
  title: string;
}

async function questionsMatching(token: string, search: string | null, first: number): Promise<{ questions: Question[]; totalCount: number }> {
  const data = await gql<{ questions: { totalCount: number; edges: Array<{ node: Question }> } }>(
    `query ($filter: QuestionFilter, $first: Int) { questions(filter: $filter, first: $first) { totalCount edges { node { id title } } } }`,
    { filter: search ? { search } : null, first },
    token,
  );
  return { questions: data.questions.edges.map((edge) => edge.node), totalCount: data.questions.totalCount };
}

/** The bank picker's result count, as it reads once a search has answered. */
const countText = (count: number) => (count === 1 ? '1 question' : `${count} questions`);

async function titlesOf(list: Locator, titleClass: string): Promise<string[]> {
  return (await list.locator(titleClass).allTextContents()).map((title) => title.trim());
}

describe('A round’s questions picked by hand in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let openingId = '';
  let setQuestions: Question[] = [];
  let bankQuestion: Question;
  let otherRoundQuestion: Question;
  let bankMatches = 0;
  let otherRoundMatches = 0;

  beforeAll(async () => {
    const token = await signUpOrganization({ organizationName: `Round Works ${run}`, name: admin.name, email: admin.email });

    setQuestions = (await questionsMatching(token, null, 3)).questions;
    const bankSearch = await questionsMatching(token, BANK_WORD, 1);
    [bankQuestion] = bankSearch.questions;
    bankMatches = bankSearch.totalCount;
    const otherSearch = await questionsMatching(token, OTHER_ROUND_WORD, 25);
    otherRoundQuestion = otherSearch.questions.find((question) => question.title.toLowerCase().includes(OTHER_ROUND_WORD))!;
    otherRoundMatches = otherSearch.totalCount;
    expect(setQuestions).toHaveLength(3);
    expect(bankQuestion.title.toLowerCase()).toContain(BANK_WORD);
    expect(otherRoundQuestion).toBeDefined();
    const setIds = setQuestions.map((question) => question.id);
    expect(setIds).not.toContain(bankQuestion.id);
    expect(setIds).not.toContain(otherRoundQuestion.id);

    await gql(`mutation ($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`, { input: { name: SET, description: 'Drift, alerts and observability', questionIds: setIds } }, token);
    const opening = await gql<{ createOpening: { id: string; stages: Array<{ id: string; name: string }> } }>(
      `mutation ($input: CreateOpeningInput!) { createOpening(input: $input) { id stages { id name } } }`,
      { input: { title: OPENING } },
      token,
    );
    openingId = opening.createOpening.id;
    // Another round of the loop already asks one question, so the bank marks it.
    const screen = opening.createOpening.stages.find((stage) => stage.name === 'Recruiter screen')!;
    await gql(`mutation ($openingId: ID!, $input: RoundInput!) { addRound(openingId: $openingId, input: $input) { id } }`, { openingId, input: { name: 'Screening call', stageId: screen.id, durationMinutes: 30, questionIds: [otherRoundQuestion.id] } }, token);

    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await signIn(page, admin.email);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a new round: add a question set, then a question from the bank, and save it', async () => {
    await page.goto(`/openings/${openingId}/loop`);
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
    // Enter in the search box searches; it does not submit the round's form behind the dialog.
    await search.press('Enter');
    await page.waitForTimeout(200);
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
    const email = `empty-${run}@rounds.test`;
    const token = await signUpOrganization({ organizationName: `Empty Works ${run}`, name: 'Sam Okafor', email, startEmpty: true });
    const opening = await gql<{ createOpening: { id: string } }>(`mutation { createOpening(input: { title: "Data engineer" }) { id } }`, {}, token);
    const fresh = await newPage(browser);
    try {
      await signIn(fresh.page, email);
      await fresh.page.goto(`/openings/${opening.createOpening.id}/rounds/new`);
      await fresh.page.getByRole('button', { name: 'Add a question set…' }).click();
      const dialog = fresh.page.getByRole('dialog', { name: 'Add a question set' });
      await dialog.getByText('No question sets yet').waitFor();
      await dialog.getByRole('link', { name: 'Go to question sets' }).click();
      await fresh.page.waitForURL('**/sets');
      await fresh.page.getByRole('heading', { name: 'Question sets', level: 1 }).waitFor();
    } finally {
      await fresh.context.close();
    }
  });
});
