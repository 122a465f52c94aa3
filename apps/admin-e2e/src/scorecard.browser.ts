import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  addMember,
  addRound,
  createApplications,
  createCandidates,
  createCategories,
  createOpening,
  type Member,
  scheduleInterview,
  signUpOrganization,
  stageOf,
  graphqlAs as gql,
} from './support/api';
import { DESKTOP, launchBrowser, liveFrame, PHONE, saveScreenshot } from './support/browser';
import { signedInPage } from './support/helpers';

/**
 * Scoring an interview live, against the built production server (global-setup.ts): an interviewer rates with the
 * keyboard or by touch, every change saves by itself, edits made on a bad network or offline are kept on the device
 * (through a reload) and sent when the network is back, and the hiring manager watches the panel's progress live.
 */
const SAVED = 'Saved';
const ON_DEVICE = 'Saved on this device only — will send when back online';

interface Situation {
  interviewer: Member;
  hiringManager: Member;
  interviewId: string;
  questionIds: { drift: string; rollback: string };
  categoryIds: { monitoring: string; deployment: string };
}

/** One interview of Ada Byron's, a 45-minute round of two questions (one with anchors of its own), with one interviewer. */
async function arrange(organizationName: string): Promise<Situation> {
  const admin = await signUpOrganization({ organizationName, name: 'Imani Okafor', startEmpty: true });
  const interviewer = await addMember(admin, { name: 'Grace Hopper', role: 'INTERVIEWER' });
  const hiringManager = await addMember(admin, { name: 'Hedy Lamarr', role: 'HIRING_MANAGER' });
  const categories = await createCategories(admin, ['Monitoring', 'Deployment']);
  const createQuestion = async (input: Record<string, unknown>) =>
    (
      await gql<{ createQuestion: { id: string } }>(
        admin,
        `mutation ($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`,
        { input },
      )
    ).createQuestion.id;
  const drift = await createQuestion({
    categoryId: categories.Monitoring,
    title: 'Detecting data drift',
    prompt: 'How would you notice that production data no longer looks like the training data?',
    estimatedMinutes: 10,
    talkingPoints: ['Population stability index or KS tests', 'Per-feature baselines', 'Alert thresholds tied to impact'],
    anchors: [1, 2, 3, 4].map((rating) => ({ rating, text: `Drift anchor ${rating}` })),
  });
  const rollback = await createQuestion({
    categoryId: categories.Deployment,
    title: 'Rolling back a bad model',
    prompt: 'A new model hurts conversions. What do you do?',
    estimatedMinutes: 8,
    talkingPoints: ['Blue-green or canary release', 'Keep the previous artefact ready'],
  });
  const opening = await createOpening(admin, { title: 'MLOps Engineer' });
  const round = await addRound(admin, opening.id, {
    name: 'Technical deep dive',
    stageId: stageOf(opening, 'Onsite').id,
    durationMinutes: 45,
    questionIds: [drift, rollback],
    focusCategoryIds: [categories.Monitoring, categories.Deployment],
  });
  const [candidateId] = await createCandidates(admin, [{ name: 'Ada Byron' }]);
  const [applicationId] = await createApplications(admin, opening.id, [candidateId]);
  await scheduleInterview(admin, { applicationId, roundId: round.id, panelistIds: [interviewer.id] });
  const { myInterviews } = await gql<{ myInterviews: Array<{ id: string }> }>(interviewer, `{ myInterviews { id } }`);
  return {
    interviewer,
    hiringManager,
    interviewId: myInterviews[0].id,
    questionIds: { drift, rollback },
    categoryIds: { monitoring: categories.Monitoring, deployment: categories.Deployment },
  };
}

interface StoredScorecard {
  status: string;
  recommendation: string | null;
  summary: string;
  ratings: Array<{ questionId: string; rating: number | null; notAsked: boolean; notes: string; talkingPointsCovered: number[] }>;
  categoryRatings: Array<{ categoryId: string; rating: number | null }>;
}

async function storedScorecard(situation: Situation): Promise<StoredScorecard> {
  const data = await gql<{ myScorecard: StoredScorecard }>(
    situation.interviewer,
    `query ($id: ID!) { myScorecard(interviewId: $id) { status recommendation summary
      ratings { questionId rating notAsked notes talkingPointsCovered } categoryRatings { categoryId rating } } }`,
    { id: situation.interviewId },
  );
  return data.myScorecard;
}

const question = (page: Page, title: string) => page.getByRole('article', { name: title });
const saveStatus = (page: Page, text: string) => page.locator('.save-status', { hasText: text });
const notesOf = (page: Page, title: string) => question(page, title).getByLabel('Notes');

/** The status line says exactly `text`. */
async function statusIs(page: Page, text: string): Promise<void> {
  await page
    .locator('.save-status')
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .waitFor();
}

describe('Scoring an interview in Chromium', () => {
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

  async function open(member: Member, screen = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
    const opened = await signedInPage(browser, member, screen);
    contexts.push(opened.context);
    return opened;
  }

  test('an interviewer scores with the keyboard; edits survive a failing network, a reload and going offline; then submits and amends', async () => {
    const situation = await arrange('Keyboard Scoring');
    const { context, page } = await open(situation.interviewer);

    await page.goto('/interviews');
    await page.getByRole('link', { name: /^Score · scorecard for Ada Byron/ }).click();
    await page.getByRole('heading', { name: 'Ada Byron', level: 1 }).waitFor();
    await page.getByText('Technical deep dive · MLOps Engineer').waitFor();
    // Anchors of its own on the first question, the defaults for the scale on the second.
    await question(page, 'Detecting data drift').getByText('Drift anchor 3').waitFor();
    await question(page, 'Rolling back a bad model').getByText('Covers most talking points correctly, with relevant examples').waitFor();
    await page.getByText('Keys:').waitFor();

    // Rate, tick and take notes on the first question without the mouse.
    await page.keyboard.press('3');
    await page.keyboard.press('t');
    await page.keyboard.press('t');
    await page.keyboard.press('n');
    await page.keyboard.type('Explained PSI and KS tests');
    // Typing "3" in the notes rates nothing; Escape leaves the field so the keys work again.
    await page.keyboard.type(' 3 times');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('2');
    await page.keyboard.press('t');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('j');
    const drift = question(page, 'Detecting data drift');
    const rollback = question(page, 'Rolling back a bad model');
    expect(await drift.getByRole('button', { name: '3 Yes' }).getAttribute('aria-pressed')).toBe('true');
    expect(await drift.getByRole('checkbox', { checked: true }).count()).toBe(2);
    expect(await rollback.getByRole('button', { name: '2 No' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rollback.getAttribute('aria-current')).toBe('step');
    await statusIs(page, SAVED);
    await page.evaluate(() => document.querySelector('#main')?.scrollTo(0, 0));
    await saveScreenshot(page, 'scorecard-1440.png');

    // A network that fails every save: the edit waits on this device, through a reload.
    await page.route('**/graphql', (route) =>
      route.request().postDataJSON()?.operationName === 'SaveScorecard' ? route.abort('failed') : route.continue(),
    );
    await notesOf(page, 'Rolling back a bad model').fill('Rollback via blue-green');
    await statusIs(page, ON_DEVICE);
    await page.reload();
    await page.getByRole('heading', { name: 'Ada Byron', level: 1 }).waitFor();
    expect(await notesOf(page, 'Rolling back a bad model').inputValue()).toBe('Rollback via blue-green');
    await statusIs(page, ON_DEVICE);
    await page.unroute('**/graphql');
    await statusIs(page, SAVED);

    // Offline: still kept on the device, and sent when the network is back.
    await context.setOffline(true);
    await page.getByLabel('Summary').fill('Strong on monitoring');
    await statusIs(page, ON_DEVICE);
    await context.setOffline(false);
    await statusIs(page, SAVED);

    const stored = await storedScorecard(situation);
    expect(stored.summary).toBe('Strong on monitoring');
    expect(stored.ratings).toEqual([
      {
        questionId: situation.questionIds.drift,
        rating: 3,
        notAsked: false,
        notes: 'Explained PSI and KS tests 3 times',
        talkingPointsCovered: [0, 1],
      },
      {
        questionId: situation.questionIds.rollback,
        rating: 2,
        notAsked: false,
        notes: 'Rollback via blue-green',
        talkingPointsCovered: [0],
      },
    ]);

    // Submitting without a recommendation or category ratings names what is missing beside each.
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    await page.getByText('Choose a recommendation before submitting.').waitFor();
    await page.getByText('Rate Monitoring before submitting.').waitFor();
    await page.getByText('Rate Deployment before submitting.').waitFor();
    await page.getByText('Suggested: Yes').waitFor();
    await page.getByRole('button', { name: 'Accept the suggestion for Monitoring' }).click();
    await page.getByRole('group', { name: 'Deployment rating' }).getByRole('button', { name: '1 Strong no' }).click();
    await page.getByRole('group', { name: 'Overall recommendation' }).getByRole('button', { name: 'Yes', exact: true }).click();
    await statusIs(page, SAVED);
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    await page.locator('.save-status', { hasText: /^Submitted/ }).waitFor();
    expect(await drift.getByRole('checkbox').first().isDisabled()).toBe(true);

    // An amendment asks why, and is listed with the change.
    await page.getByRole('button', { name: 'Amend' }).click();
    await page.getByRole('group', { name: 'Overall recommendation' }).getByRole('button', { name: 'Strong yes' }).click();
    await page.getByRole('button', { name: 'Save amendment…' }).click();
    await page.getByLabel('Reason').fill('Reread my notes after the debrief');
    await page.getByRole('button', { name: 'Save amendment', exact: true }).click();
    // Listed among the amendments (the dialog that asked for the reason may still be closing).
    const amendments = page.getByRole('region', { name: 'Amendments' });
    await amendments.getByText(/Reread my notes after the debrief/).waitFor();
    await amendments.getByText('Recommendation: Yes → Strong yes').waitFor();

    const submitted = await storedScorecard(situation);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', recommendation: 'STRONG_YES' });
    expect(submitted.categoryRatings).toEqual([
      { categoryId: situation.categoryIds.monitoring, rating: 3 },
      { categoryId: situation.categoryIds.deployment, rating: 1 },
    ]);

    // The printable kit, with anchors, ruled lines and a Print button.
    await page.getByRole('link', { name: 'Printable kit' }).click();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await page.getByText('Drift anchor 4').waitFor();
    expect(await page.locator('.kit-line').count()).toBeGreaterThanOrEqual(8);
  }, 120_000);

  test('on a phone every control is a finger-sized target and scoring by touch saves', async () => {
    const situation = await arrange('Touch Scoring');
    const { page } = await open(situation.interviewer, PHONE);

    await page.goto('/interviews');
    await page.getByRole('link', { name: /^Score · scorecard for Ada Byron/ }).tap();
    await page.getByRole('heading', { name: 'Ada Byron', level: 1 }).waitFor();
    expect(await page.getByText('Keys:').isVisible()).toBe(false);

    const drift = question(page, 'Detecting data drift');
    await drift.getByRole('button', { name: '4 Strong yes' }).tap();
    await drift.getByText('Per-feature baselines').tap();
    await question(page, 'Rolling back a bad model').getByRole('button', { name: 'Not asked' }).tap();
    await notesOf(page, 'Detecting data drift').fill('Clear on baselines');
    await statusIs(page, SAVED);

    const targets = page.locator('.rating-choice, .talking-point, .not-asked, .recommendation-choice, .scorecard-submit-button');
    for (const box of await targets.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.evaluate(() => document.querySelector('#main')?.scrollTo(0, 0));
    await saveScreenshot(page, 'scorecard-390.png');

    const stored = await storedScorecard(situation);
    expect(stored.ratings).toEqual([
      { questionId: situation.questionIds.drift, rating: 4, notAsked: false, notes: 'Clear on baselines', talkingPointsCovered: [1] },
      { questionId: situation.questionIds.rollback, rating: null, notAsked: true, notes: '', talkingPointsCovered: [] },
    ]);
  });

  test('the hiring manager’s interview page follows the panel live: not started, drafting, submitted', async () => {
    const situation = await arrange('Live Panel');
    const manager = await open(situation.hiringManager);
    const listening = liveFrame(manager.page, (payload) => payload.includes('"resync":true'));
    await manager.page.goto(`/interviews/${situation.interviewId}`);
    await manager.page.getByRole('heading', { name: 'Ada Byron', level: 1 }).waitFor();
    await listening;
    const panel = manager.page.getByRole('region', { name: 'Panel progress' });
    await panel.getByText('Grace Hopper').waitFor();
    await panel.getByText('Not started').waitFor();

    const interviewer = await open(situation.interviewer);
    await interviewer.page.goto(`/interviews/${situation.interviewId}/score`);
    // The questions show once the edits an earlier visit kept on this device are read: from then on keys rate.
    await question(interviewer.page, 'Detecting data drift').waitFor();
    await interviewer.page.keyboard.press('3');
    await panel.getByText('Drafting').waitFor();

    const scorecard = interviewer.page;
    await scorecard.getByRole('group', { name: 'Monitoring rating' }).getByRole('button', { name: '3 Yes' }).click();
    await scorecard.getByRole('group', { name: 'Deployment rating' }).getByRole('button', { name: '2 No' }).click();
    await scorecard.getByRole('group', { name: 'Overall recommendation' }).getByRole('button', { name: 'No', exact: true }).click();
    await scorecard.getByRole('button', { name: 'Submit scorecard' }).click();
    await saveStatus(scorecard, 'Submitted').waitFor();
    await panel.getByText('Submitted').waitFor();

    // Once submitted, the scorecard is there for the hiring team to read.
    await manager.page.reload();
    await manager.page.getByRole('article', { name: 'Scorecard of Grace Hopper' }).getByText('Recommends: No').waitFor();
    await shootAtBothWidths(manager.page, 'interview');
    await manager.page.getByRole('link', { name: 'Interview kit' }).click();
    await manager.page.getByRole('button', { name: 'Print' }).waitFor();
    // Not on the panel: no scorecard of theirs to open from the kit.
    expect(await manager.page.getByRole('link', { name: 'Scorecard', exact: true }).count()).toBe(0);
    await shootAtBothWidths(manager.page, 'kit');
  });
});

/** `<name>-1440.png` and `<name>-390.png` of the page as it is. */
async function shootAtBothWidths(page: Page, name: string): Promise<void> {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await saveScreenshot(page, `${name}-${width}.png`);
  }
}
