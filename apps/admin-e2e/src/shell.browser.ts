import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  addMember,
  addRound,
  createApplications,
  createCandidates,
  createOpening,
  createQuestionSet,
  findQuestions,
  type Member,
  moveApplication,
  scheduleInterview,
  signUpOrganization,
  stageOf,
} from './support/api';
import { DESKTOP, launchBrowser, PHONE, saveScreenshot, type Screen } from './support/browser';
import { signedInPage } from './support/helpers';

/**
 * The signed-in shell on phones and desktops, against the built production server (global-setup.ts): the top
 * navigation folds into a menu on narrow screens, the pages used in the room fit the screen's width, a URL naming
 * a record that is not there reads the same however it is wrong, and a page that cannot load says so.
 */
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Shell elements whose content is wider than they are: what someone would have to scroll sideways to see. */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overflowing: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth)
      overflowing.push(`the page is ${root.scrollWidth} px wide on a ${window.innerWidth} px screen`);
    for (const selector of ['.topbar', '#main']) {
      const element = document.querySelector(selector);
      if (element && element.scrollWidth > element.clientWidth)
        overflowing.push(`${selector} holds ${element.scrollWidth} px in ${element.clientWidth} px`);
    }
    return overflowing;
  });
}

describe('The signed-in shell in Chromium', () => {
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

  async function signedIn(member: Member, screen: Screen = DESKTOP): Promise<Page> {
    const opened = await signedInPage(browser, member, screen);
    context = opened.context;
    return opened.page;
  }

  test('on a phone the navigation opens from a menu button, which Escape, a link and a tap elsewhere close', async () => {
    const admin = await signUpOrganization({ organizationName: 'Menu Works', name: 'Rosa Diaz', startEmpty: true });
    const page = await signedIn(admin, PHONE);
    await page.getByRole('heading', { name: 'Question bank', level: 1 }).waitFor();
    const menuButton = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    const menu = page.locator(`#${await menuButton.getAttribute('aria-controls')}`);
    expect(await menu.count()).toBe(1);

    // Every section and the account are reachable, inside the screen.
    await menuButton.click();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    for (const name of ['Question bank', 'Question sets', 'Openings', 'Candidates', 'My interviews', 'Members', 'Import & export']) {
      const link = nav.getByRole('link', { name });
      await link.waitFor();
      const box = (await link.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    const signOut = menu.getByRole('button', { name: 'Sign out' });
    await signOut.waitFor();
    expect((await signOut.boundingBox())!.x + (await signOut.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await horizontalOverflow(page)).toEqual([]);
    await saveScreenshot(page, 'menu-390.png');

    // Escape closes it and gives focus back to the button.
    await nav.getByRole('link', { name: 'Openings' }).focus();
    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await menuButton.evaluate((button) => button === document.activeElement)).toBe(true);

    // Following a link closes it, on the new page.
    await menuButton.click();
    await nav.getByRole('link', { name: 'Openings' }).click();
    await page.getByRole('heading', { name: 'Openings', level: 1 }).waitFor();
    await nav.waitFor({ state: 'hidden' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');

    // So does a tap on the page behind it.
    await menuButton.click();
    await nav.waitFor();
    await page.touchscreen.tap(PHONE.width / 2, PHONE.height - 40);
    await nav.waitFor({ state: 'hidden' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
  });

  test('on a desktop the navigation stays in the bar, with no menu button, long names shortened to fit', async () => {
    const admin = await signUpOrganization({
      organizationName: 'Desk Works International Holdings',
      name: 'Amy Santiago-Peralta de la Vega',
      startEmpty: true,
    });
    const page = await signedIn(admin, DESKTOP);
    const nav = page.getByRole('navigation', { name: 'Main' });
    // The brand link's name starts with the text it shows.
    await page.getByRole('link', { name: 'Panelist home', exact: true }).waitFor();
    for (const width of [1024, 1100, 1240, 1366, DESKTOP.width]) {
      await page.setViewportSize({ width, height: DESKTOP.height });
      expect(await nav.getByRole('link', { name: 'Import & export' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
      expect(await horizontalOverflow(page)).toEqual([]);
    }
  });

  test('a URL whose id is not an id reads like one whose record does not exist, on every page named by an id', async () => {
    const admin = await signUpOrganization({ organizationName: 'Lost Works', name: 'Jake Peralta', startEmpty: true });
    const opening = await createOpening(admin, { title: 'Site reliability engineer' });
    const page = await signedIn(admin);
    const pages: Array<{ paths: string[]; heading: string }> = [
      { paths: ['/openings/not-a-uuid', `/openings/${UNKNOWN_ID}`, '/openings/not-a-uuid/loop'], heading: 'This opening does not exist' },
      {
        paths: [`/openings/${opening.id}/rounds/not-a-uuid`, `/openings/${opening.id}/rounds/${UNKNOWN_ID}`],
        heading: 'This round does not exist',
      },
      { paths: ['/candidates/not-a-uuid', `/candidates/${UNKNOWN_ID}`], heading: 'This candidate does not exist' },
      { paths: ['/sets/not-a-uuid', `/sets/${UNKNOWN_ID}`], heading: 'This question set does not exist' },
      { paths: ['/questions/not-a-uuid/edit', `/questions/${UNKNOWN_ID}/edit`], heading: 'This question does not exist' },
    ];
    for (const { paths, heading } of pages) {
      for (const path of paths) {
        await page.goto(path);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        expect(await page.getByText(/must be a UUID/i).count()).toBe(0);
      }
    }
    // The bank shows a question beside its list, under the bank's own heading.
    for (const path of ['/bank/not-a-uuid', `/bank/${UNKNOWN_ID}`]) {
      await page.goto(path);
      await page.getByRole('heading', { name: 'Question bank', level: 1 }).waitFor();
      await page.getByText('This question does not exist any more').waitFor();
      expect(await page.getByText(/must be a UUID/i).count()).toBe(0);
    }
  });

  test('a page whose code cannot load says so under a heading, with a way to reload', async () => {
    const admin = await signUpOrganization({ organizationName: 'Broken Works', name: 'Gina Linetti', startEmpty: true });
    const page = await signedIn(admin);
    // As when a newer release has replaced the files this tab knew.
    await page.route('**/assets/members-page-*.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { name: 'Something went wrong', level: 1 }).waitFor();
    await page.unroute('**/assets/members-page-*.js');
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
  });

  describe('the pages used in the room fit phones and desktops', () => {
    let admin: Member;
    let interviewer: Member;
    let openingId = '';

    beforeAll(async () => {
      admin = await signUpOrganization({ organizationName: 'Room Works', name: 'Raymond Holt' });
      interviewer = await addMember(admin, { name: 'Charles Boyle', role: 'INTERVIEWER' });
      const opening = await createOpening(admin, { title: 'Staff machine learning engineer' });
      openingId = opening.id;
      const questions = (await findQuestions(admin, 'monitoring', 3)).questions;
      await createQuestionSet(admin, { name: 'Monitoring basics', questionIds: questions.map((question) => question.id) });
      const round = await addRound(admin, opening.id, {
        name: 'ML systems design',
        stageId: stageOf(opening, 'Onsite').id,
        durationMinutes: 60,
        questionIds: questions.map((question) => question.id),
      });
      const names = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Edsger Dijkstra', 'Barbara Liskov'];
      const applications = await createApplications(
        admin,
        opening.id,
        await createCandidates(
          admin,
          names.map((name) => ({ name })),
        ),
      );
      await moveApplication(admin, applications[3], stageOf(opening, 'Recruiter screen').id);
      await moveApplication(admin, applications[4], stageOf(opening, 'Recruiter screen').id);
      await moveApplication(admin, applications[5], stageOf(opening, 'Onsite').id);
      await scheduleInterview(admin, { applicationId: applications[5], roundId: round.id, panelistIds: [interviewer.id] });
    });

    test.each([
      ['390', PHONE],
      ['1440', DESKTOP],
    ])('at %s px: the bank, the board and My interviews scroll only down', async (width, screen) => {
      const page = await signedIn(admin, screen);
      await page.getByRole('list', { name: 'Questions' }).getByRole('link').first().waitFor();
      // Keyboard hints are for keyboards: a phone's touch screen shows none.
      expect((await page.locator('kbd').filter({ visible: true }).count()) > 0).toBe(!screen.touch);
      await page.getByRole('list', { name: 'Questions' }).getByRole('link').first().click();
      await page.getByRole('article', { name: 'Question' }).getByRole('list', { name: 'Talking points' }).waitFor();
      expect(await horizontalOverflow(page)).toEqual([]);
      await saveScreenshot(page, `bank-${width}.png`);

      await page.goto(`/openings/${openingId}/pipeline`);
      await page.getByRole('listitem', { name: 'Applied', exact: true }).locator('.board-card').first().waitFor();
      expect(await horizontalOverflow(page)).toEqual([]);
      await saveScreenshot(page, `board-${width}.png`);

      const interviewerPage = await signedInPage(browser, interviewer, screen);
      try {
        await interviewerPage.page.getByRole('list', { name: 'Upcoming interviews' }).getByRole('article').first().waitFor();
        await interviewerPage.page.locator('.pinned-title').first().click();
        await interviewerPage.page.getByText('A strong answer covers').first().waitFor();
        expect(await horizontalOverflow(interviewerPage.page)).toEqual([]);
        await saveScreenshot(interviewerPage.page, `my-interviews-${width}.png`);
      } finally {
        await interviewerPage.context.close();
      }
    });
  });
});
