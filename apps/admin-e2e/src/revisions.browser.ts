import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { addMember, findQuestions, type Member, reviseQuestion, signUpOrganization } from './support/api';
import { DESKTOP, launchBrowser, PHONE, saveScreenshot, type Screen } from './support/browser';
import { signedInPage, textOf } from './support/helpers';

/** A question's revision history: who saved each revision and when, the changes from the one before, and restoring one. */
const REVISED_TITLE = 'How do you detect and handle model drift in production?';
const ADDED_POINT = 'Explain how to alert on drift without alert fatigue';

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('Question revision history in Chromium', () => {
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

  /** Revision 1 of a seeded question came with the bank the admin signed up with; a hiring manager saved revision 2. */
  async function revisedQuestion(organizationName: string) {
    const admin = await signUpOrganization({ organizationName, name: 'Grace Hopper' });
    const manager = await addMember(admin, { name: 'Ada Lovelace', role: 'HIRING_MANAGER' });
    const [question] = (await findQuestions(admin, 'drift', 1)).questions;
    await reviseQuestion(manager, question.id, { title: REVISED_TITLE, addTalkingPoint: ADDED_POINT });
    return { admin, question };
  }

  test('shows who saved each revision and what changed, and restores revision 1 as a new revision 3', async () => {
    const { admin, question } = await revisedQuestion('Revision Works');
    const page = await open(admin);
    await page.goto(`/bank/${question.id}`);
    const detail = page.getByRole('article', { name: 'Question' });
    await detail.getByRole('heading', { level: 2, name: REVISED_TITLE }).waitFor();

    const history = detail.getByRole('list', { name: 'Revision history' });
    const second = history.getByRole('listitem', { name: 'Revision 2' });
    const first = history.getByRole('listitem', { name: 'Revision 1' });
    expect(await textOf(second.locator('.revision-meta'))).toMatch(/^by Ada Lovelace · \d+ \w+ \d{4}, \d\d:\d\d$/);
    expect(await textOf(first.locator('.revision-meta'))).toMatch(/^by Grace Hopper · /);
    expect(await first.getByRole('button', { name: /^Restore this revision/ }).count()).toBe(1);
    expect(await second.getByRole('button', { name: /^Restore this revision/ }).count()).toBe(0);

    // The changes from revision 1: the title word by word, the talking point added.
    await second.getByRole('button', { name: 'Changes in revision 2' }).click();
    const changes = second.getByRole('definition');
    await changes.first().waitFor();
    expect(await textOf(second.locator('.diff dt').first())).toBe('Title');
    expect(await second.locator('.diff-added').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(ADDED_POINT)]));
    expect(await second.getByRole('button', { name: 'Changes in revision 2' }).getAttribute('aria-expanded')).toBe('true');
    await saveScreenshot(page, 'revision-history-1440.png');

    await first.getByRole('button', { name: 'Restore this revision, revision 1' }).click();
    await page.getByText('Restored revision 1 as revision 3').waitFor();
    await detail.getByRole('heading', { level: 2, name: question.title }).waitFor();
    await detail.getByText('3 revisions').waitFor();
    const third = history.getByRole('listitem', { name: 'Revision 3' });
    expect(await textOf(third.locator('.revision-main'))).toMatch(/^Revision 3\s*Current\s*by Grace Hopper · /);
    const points = detail.getByRole('list', { name: 'Talking points' }).getByRole('listitem');
    expect(await points.allTextContents()).not.toContain(ADDED_POINT);

    // Revision 3 undoes revision 2: the talking point is removed again.
    await third.getByRole('button', { name: 'Changes in revision 3' }).click();
    await third.locator('.diff-removed', { hasText: ADDED_POINT }).waitFor();
    await checkAccessibility(page);
  });

  test('restores from the view of an earlier revision, and fits a phone', async () => {
    const { admin, question } = await revisedQuestion('Revision Phone');
    const page = await open(admin, PHONE);
    await page.goto(`/bank/${question.id}`);
    const detail = page.getByRole('article', { name: 'Question' });
    await detail.getByRole('heading', { level: 2, name: REVISED_TITLE }).waitFor();
    await detail.getByRole('button', { name: 'View revision 1' }).click();
    await detail.getByText('Viewing revision 1 of 2').waitFor();
    await detail.getByRole('list', { name: 'Revision history' }).getByRole('button', { name: 'Changes in revision 2' }).click();
    await detail.locator('.diff').waitFor();
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await saveScreenshot(page, 'revision-history-390.png');

    await detail.getByRole('status').getByRole('button', { name: 'Restore this revision' }).click();
    await page.getByText('Restored revision 1 as revision 3').waitFor();
    await detail.getByRole('heading', { level: 2, name: question.title }).waitFor();
    await detail.getByText('3 revisions').waitFor();
    expect(await detail.getByText('Viewing revision').count()).toBe(0);
  });
});
