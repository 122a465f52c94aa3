import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  categories,
  findQuestions,
  graphqlAs,
  importQuestionBank,
  type Member,
  PASSWORD,
  reviseQuestion,
  signUpOrganization,
  uniqueEmail,
} from './support/api';
import { appUrl, DESKTOP, launchBrowser, newPage, PHONE, saveScreenshot } from './support/browser';
import { announced, drag, keyboardSensorListening, signedInPage, textOf } from './support/helpers';

/**
 * The question bank, sign-in, members and import/export end to end, against the built production server
 * (global-setup.ts). Each test signs up an organisation of its own with the MLOps bank, through the first-run page
 * or the API, and arranges what it starts from through the API.
 */
const IMPORT_FILE = join(__dirname, 'fixtures', 'platform-additions.md');
const ORGANIZATION = 'Northwind Talent';
const ADMIN_NAME = 'Grace Hopper';
const REVISED_TITLE = 'How do you detect and handle model drift in production?';
const ADDED_POINT = 'Explain how to alert on drift without alert fatigue';

async function titlesIn(list: Locator): Promise<string[]> {
  const items = list.getByRole('listitem');
  const count = await items.count();
  const titles: string[] = [];
  for (let index = 0; index < count; index++) titles.push(await textOf(items.nth(index).locator('.set-row-title')));
  return titles;
}

describe('Panelist admin in Chromium', () => {
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

  /** An organisation of its own with the MLOps bank, its admin signed in on a fresh page (on the bank). */
  async function signedInAdmin(): Promise<{ admin: Member; page: Page }> {
    const admin = await signUpOrganization({ organizationName: ORGANIZATION, name: ADMIN_NAME });
    const opened = await signedInPage(browser, admin);
    context = opened.context;
    return { admin, page: opened.page };
  }

  /** Searches the bank as a person does: "/" to the search box, then the word. */
  async function searchBank(page: Page, word: string): Promise<void> {
    await page.goto('/bank');
    await page.getByRole('list', { name: 'Questions' }).getByRole('link').first().waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type(word);
    await page.getByText(new RegExp(`^\\d+ questions? match(es)? “${word}”$`)).waitFor();
  }

  test('first run: the first visitor creates the organisation', async () => {
    const opened = await newPage(browser);
    context = opened.context;
    const { page } = opened;
    const status = await (
      await fetch(appUrl('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ setupStatus { needsSetup } }' }),
      })
    ).json();
    if (status.data.setupStatus.needsSetup) {
      await page.goto('/bank');
      await page.waitForURL('**/setup');
      await page.getByRole('heading', { name: 'Welcome to Panelist' }).waitFor();
    } else {
      // Another browser test ran first; signing up is still allowed on the test server.
      await page.goto('/setup');
    }

    await page.getByLabel('Organisation name').fill(ORGANIZATION);
    await page.getByLabel('Your name').fill(ADMIN_NAME);
    await page.getByLabel('Email').fill(uniqueEmail(ADMIN_NAME));
    await page.getByLabel('Password').fill('too short');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByText('Use at least 10 characters').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Start with an empty bank' }).isChecked()).toBe(false);

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL('**/bank');
    await page.getByRole('heading', { name: 'Question bank', level: 1 }).waitFor();
    // The MLOps bank is there from the start.
    await page.getByRole('button', { name: /Model Monitoring and Observability/ }).waitFor();
    await page
      .locator('.result-count')
      .getByText(/^\d{2,} questions$/)
      .waitFor();
    expect(await textOf(page.locator('.topbar'))).toContain(ORGANIZATION);
  });

  test('login: sign out, then sign in again', async () => {
    const { admin, page } = await signedInAdmin();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login**');
    await page.getByText('You are signed out.').waitFor();

    // Signed out, the app sends you to sign in and back where you wanted to go.
    await page.goto('/sets');
    await page.waitForURL(/\/login\?next=%2Fsets/);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/sets');
    await page.getByRole('heading', { name: 'Question sets' }).waitFor();
  });

  test('search: "/" focuses the search, typing shows matching questions with a count', async () => {
    const { page } = await signedInAdmin();
    await page.goto('/sets');
    await page.getByRole('link', { name: 'Question bank' }).click();
    await page.waitForURL('**/bank');
    await page.getByRole('list', { name: 'Questions' }).getByRole('link').first().waitFor();

    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('drift');
    await page.getByText(/^\d+ questions? match(es)? “drift”$/).waitFor();
    await page.waitForURL(/q=drift/);

    const count = Number((await textOf(page.locator('.result-count'))).split(' ')[0]);
    const results = page.getByRole('list', { name: 'Questions' }).getByRole('link');
    expect(count).toBeGreaterThan(1);
    expect(await results.count()).toBe(Math.min(count, 25));
    expect((await textOf(results.first())).toLowerCase()).toContain('drift');
  });

  test('search results: matched words marked, a snippet of why, a count naming the filters, tags never cut off at 390 px', async () => {
    const admin = await signUpOrganization({ organizationName: ORGANIZATION, name: ADMIN_NAME });
    const [category] = await categories(admin);
    await graphqlAs(admin, `mutation ($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`, {
      input: {
        categoryId: category.id,
        title: 'Quokka <b>fleet</b> health',
        prompt:
          'Each quokka in the fleet reports a heartbeat every minute to the collector. Which signals tell you the fleet drifts away from the baseline you trained on, and which of them would you page someone for at night?',
        difficulty: 2,
        tags: ['Tectonic platform', 'Observability', 'Kubernetes operators', 'Prometheus', 'Grafana dashboards'],
      },
    });

    for (const screen of [DESKTOP, PHONE]) {
      const opened = await signedInPage(browser, admin, screen);
      context = opened.context;
      const { page } = opened;
      await page.goto('/bank?q=drift&difficulty=2');
      await page.getByText(/^\d+ Intermediate questions match “drift”$/).waitFor();
      const results = page.getByRole('list', { name: 'Questions' });
      // Every title on the page marks the word it matched; user markup stays text.
      const marked = results.locator('.question-item-title mark');
      await marked.first().waitFor();
      expect((await marked.allTextContents()).every((word) => /^drift/i.test(word))).toBe(true);
      const quokka = results.getByRole('link', { name: /Quokka <b>fleet<\/b> health/ });
      expect(await textOf(quokka.locator('.question-item-snippet'))).toMatch(/^Prompt: … .* drifts .* …$/);
      expect(await quokka.locator('.question-item-snippet mark').allTextContents()).toEqual(['drifts']);

      // The tags wrap inside the list: none runs past the list's edge, the fifth is behind "+2".
      const overflow = await quokka.evaluate((link) => {
        const edge = link.getBoundingClientRect().right;
        return Array.from(link.querySelectorAll('.tag')).filter((tag) => tag.getBoundingClientRect().right > edge + 0.5).length;
      });
      expect(overflow).toBe(0);
      expect(await quokka.locator('.tag-more').getAttribute('title')).toBe('Prometheus, Grafana dashboards');
      expect(await textOf(quokka.locator('.tag-more .visually-hidden'))).toBe('2 more: Prometheus, Grafana dashboards');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await saveScreenshot(page, `bank-search-${screen.width}.png`);
      await context.close();
      context = undefined;
    }
  });

  test('question detail: arrow keys and Enter open a question with its talking points and tags', async () => {
    const { page } = await signedInAdmin();
    await searchBank(page, 'drift');

    await page.keyboard.press('ArrowDown');
    const focused = page.locator('a[data-question-id]:focus');
    const openedQuestionTitle = await textOf(focused.locator('.question-item-title'));
    expect(openedQuestionTitle.toLowerCase()).toContain('drift');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/bank\/[0-9a-f-]{36}\?q=drift/);
    const detail = page.getByRole('article', { name: 'Question' });
    await detail.getByRole('heading', { level: 2, name: openedQuestionTitle }).waitFor();
    const points = detail.getByRole('list', { name: 'Talking points' }).getByRole('listitem');
    await points.first().waitFor();
    expect(await points.count()).toBeGreaterThanOrEqual(3);
    const tags = detail.getByRole('list', { name: 'Tags' }).getByRole('listitem');
    expect(await tags.count()).toBeGreaterThan(0);
    await detail.getByText('1 revision').waitFor();

    await saveScreenshot(page, 'bank.png');

    // Esc closes the question and puts focus back on it in the list.
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/bank\?q=drift$/);
    expect(await textOf(page.locator('a[data-question-id]:focus .question-item-title'))).toBe(openedQuestionTitle);
    await page.keyboard.press('Enter');
    await detail.getByRole('heading', { level: 2, name: openedQuestionTitle }).waitFor();
  });

  test('editor: change the title, add a talking point, save, and see revision 2 in the history', async () => {
    const { admin, page } = await signedInAdmin();
    const [opened] = (await findQuestions(admin, 'drift', 1)).questions;
    await page.goto(`/bank/${opened.id}?q=drift`);
    const detail = page.getByRole('article', { name: 'Question' });
    await detail.getByRole('heading', { level: 2, name: opened.title }).waitFor();
    await detail.getByRole('list', { name: 'Talking points' }).getByRole('listitem').first().waitFor();

    const pointsBefore = await detail.getByRole('list', { name: 'Talking points' }).getByRole('listitem').count();
    expect(pointsBefore).toBeGreaterThan(0);
    await detail.getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(/\/questions\/[0-9a-f-]{36}\/edit/);

    await page.getByLabel('Title').fill(REVISED_TITLE);
    await page.getByRole('button', { name: 'Add talking point' }).click();
    const newPoint = page.getByRole('textbox', { name: `Talking point ${pointsBefore + 1}`, exact: true });
    expect(await newPoint.evaluate((element) => element === document.activeElement)).toBe(true);
    await newPoint.fill(ADDED_POINT);
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.waitForURL(/\/bank\/[0-9a-f-]{36}\?q=drift$/);
    await detail.getByRole('heading', { level: 2, name: REVISED_TITLE }).waitFor();
    const points = detail.getByRole('list', { name: 'Talking points' }).getByRole('listitem');
    expect(await points.count()).toBe(pointsBefore + 1);
    expect(await textOf(points.last())).toBe(ADDED_POINT);

    const history = detail.getByRole('list', { name: 'Revision history' }).getByRole('listitem');
    await detail.getByText('2 revisions').waitFor();
    expect(await history.count()).toBe(2);
    expect(await textOf(history.first())).toContain('Revision 2');

    // An older revision stays readable.
    await detail.getByRole('button', { name: 'View revision 1' }).click();
    await detail.getByRole('heading', { level: 2, name: opened.title }).waitFor();
    await detail.getByText('Viewing revision 1 of 2').waitFor();
    await detail.getByRole('button', { name: 'Back to current' }).click();
    await detail.getByRole('heading', { level: 2, name: REVISED_TITLE }).waitFor();
  });

  test('question set: add three questions, drag the third to the top (mouse, then keyboard), save, and the order survives a reload', async () => {
    const { page } = await signedInAdmin();
    await page.getByRole('link', { name: 'Question sets' }).click();
    await page.getByText('No question sets yet').waitFor();
    await page.getByLabel('New question set').fill('Platform engineer — round 2');
    await page.getByRole('button', { name: 'Create set' }).click();
    await page.waitForURL(/\/sets\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Platform engineer — round 2' }).waitFor();

    await page.getByLabel('Search the bank').fill('monitoring');
    await page.getByText(/^\d+ questions?$/).waitFor();
    const addButtons = page.getByRole('list', { name: 'Bank questions' }).getByRole('button', { name: /^Add / });
    await addButtons.first().waitFor();
    for (let added = 1; added <= 3; added++) {
      await addButtons.first().click();
      await page.getByText(`${added} question${added === 1 ? '' : 's'} · about`).waitFor();
    }
    const list = page.getByRole('list', { name: 'Questions in this set' });
    const before = await titlesIn(list);
    expect(before).toHaveLength(3);

    const handles = list.getByRole('button', { name: /^Reorder / });
    await drag(page, handles.nth(2), handles.nth(0), 'is over position 1 of 3');
    expect(await titlesIn(list)).toEqual([before[2], before[0], before[1]]);

    // The same with the keyboard: Space picks the last one up, ↑ moves it, Space drops it.
    await handles.nth(2).focus();
    await page.keyboard.press('Space');
    const lifted = page.locator('.drag-handle[aria-pressed="true"]');
    await lifted.waitFor();
    await keyboardSensorListening(page);
    await page.keyboard.press('ArrowUp');
    await announced(page, 'is over position 2 of 3');
    await page.keyboard.press('Space');
    await lifted.waitFor({ state: 'detached' });
    const expected = [before[2], before[1], before[0]];
    await page.waitForFunction(
      (titles) => [...document.querySelectorAll('.set-row-title')].map((node) => node.textContent).join('|') === titles.join('|'),
      expected,
    );

    await page.getByRole('button', { name: 'Save set' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Platform engineer — round 2' }).waitFor();
    expect(await titlesIn(page.getByRole('list', { name: 'Questions in this set' }))).toEqual(expected);
  });

  test('members: invite a hiring manager, who opens the link in a fresh browser, joins and lands signed in', async () => {
    const { page } = await signedInAdmin();
    await context!.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl() });
    const invitee = uniqueEmail('Lin Chen');
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
    await page.getByLabel('Email').fill(invitee);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Hiring manager' });
    await page.getByRole('button', { name: 'Create invite link' }).click();

    const linkBox = page.getByLabel('Invite link');
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(new RegExp(`^${appUrl('/invite/').replace(/[.?]/g, '\\$&')}[\\w%-]{20,}$`));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page
      .getByRole('list')
      .filter({ hasText: invitee })
      .getByRole('button', { name: `Revoke invitation for ${invitee}` })
      .waitFor();

    const fresh = await newPage(browser);
    try {
      await fresh.page.goto(link);
      await fresh.page.getByRole('heading', { name: `Join ${ORGANIZATION}` }).waitFor();
      expect(await fresh.page.getByLabel('Email').inputValue()).toBe(invitee);
      await fresh.page.getByLabel('Your name').fill('Lin Chen');
      await fresh.page.getByLabel('Choose a password').fill('another long secret');
      await fresh.page.getByRole('button', { name: `Join ${ORGANIZATION}` }).click();
      await fresh.page.waitForURL('**/bank');
      const topbar = fresh.page.locator('.topbar');
      await topbar.getByText('Hiring manager').waitFor();
      expect(await textOf(topbar)).toContain('Lin Chen');
      // Hiring managers edit the bank but do not manage members.
      await fresh.page.getByRole('link', { name: 'New question' }).waitFor();
      await fresh.page.getByRole('link', { name: 'Members' }).click();
      await fresh.page.getByRole('cell', { name: /Lin Chen/ }).waitFor();
      expect(await fresh.page.getByRole('button', { name: 'Create invite link' }).count()).toBe(0);
    } finally {
      await fresh.context.close();
    }

    await page.reload();
    await page.getByRole('cell', { name: /Lin Chen/ }).waitFor();
  });

  test('import: upload a Markdown file, preview the changes, confirm', async () => {
    const { page } = await signedInAdmin();
    // The bank's categories are loaded (and cached) before the import changes them.
    await page.getByRole('button', { name: /Model Monitoring and Observability/ }).waitFor();
    await page.getByRole('link', { name: 'Import & export' }).click();
    await page.getByRole('heading', { name: 'Import & export', level: 1 }).waitFor();
    await page.getByLabel('Markdown file').setInputFiles(IMPORT_FILE);

    await page.getByRole('heading', { name: 'Preview of platform-additions.md: nothing has changed yet' }).waitFor();
    const stat = async (label: string) =>
      textOf(page.locator('dl[aria-label="What the import would change"] div', { hasText: label }).locator('dd'));
    expect(await stat('New categories')).toBe('1');
    expect(await stat('New questions')).toBe('2');
    expect(await stat('Updated questions')).toBe('0');
    expect(await stat('New talking points')).toBe('6');

    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('status').getByText('Imported platform-additions.md').waitFor();
    await page.getByRole('link', { name: 'Open the bank' }).click();
    const category = page.getByRole('button', { name: /Feature Platform Operations/ });
    await category.click();
    await page.getByText('2 questions in Feature Platform Operations').waitFor();
    await page.getByRole('link', { name: /How would you backfill a feature without breaking online serving\?/ }).waitFor();
  });

  test('export: the bank downloads as Markdown, edits and imports included', async () => {
    const { admin, page } = await signedInAdmin();
    await importQuestionBank(admin, readFileSync(IMPORT_FILE, 'utf8'));
    const [drift] = (await findQuestions(admin, 'drift', 1)).questions;
    await reviseQuestion(admin, drift.id, { title: REVISED_TITLE, addTalkingPoint: ADDED_POINT });

    await page.getByRole('link', { name: 'Import & export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export .md' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^northwind-talent-question-bank-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('## Feature Platform Operations');
    expect(markdown).toContain(REVISED_TITLE);
    expect(markdown).toContain(`- ${ADDED_POINT}`);
  });
});
