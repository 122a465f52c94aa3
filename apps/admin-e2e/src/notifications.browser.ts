import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  addMember,
  addRound,
  createApplications,
  createCandidates,
  createCategories,
  createOpening,
  createQuestion,
  type Member,
  scheduleInterview,
  signUpOrganization,
  stageOf,
} from './support/api';
import { DESKTOP, launchBrowser, liveFrame, newPage, PHONE, saveScreenshot, type Screen } from './support/browser';
import { signedInPage, signIn } from './support/helpers';

/**
 * Chasing late feedback, against the built production server (global-setup.ts): a recruiter sees who is overdue and
 * nudges them; the interviewer's bell counts it live, leads to the scorecard and is read once followed; My interviews
 * flags what is overdue; the bank reads anchors on the rounds' scale.
 */
const HOUR = 60 * 60_000;

interface Situation {
  admin: Member;
  recruiter: Member;
  interviewer: Member;
  interviewId: string;
  questionId: string;
}

/** Ada Byron's 45-minute interview with Grace Hopper that ended three hours ago, no feedback given (due an hour after). */
async function arrange(organizationName: string): Promise<Situation> {
  const admin = await signUpOrganization({ organizationName, name: 'Imani Okafor', startEmpty: true });
  const recruiter = await addMember(admin, { name: 'Rosa Parks', role: 'RECRUITER' });
  const interviewer = await addMember(admin, { name: 'Grace Hopper', role: 'INTERVIEWER' });
  const categories = await createCategories(admin, ['Monitoring']);
  const question = await createQuestion(admin, { categoryId: categories.Monitoring, title: 'Detecting data drift' });
  const opening = await createOpening(admin, { title: 'MLOps Engineer' });
  const round = await addRound(admin, opening.id, {
    name: 'Technical deep dive',
    stageId: stageOf(opening, 'Onsite').id,
    durationMinutes: 45,
    questionIds: [question.id],
    focusCategoryIds: [categories.Monitoring],
  });
  const [candidateId] = await createCandidates(admin, [{ name: 'Ada Byron' }]);
  const [applicationId] = await createApplications(admin, opening.id, [candidateId]);
  const interviewId = await scheduleInterview(admin, {
    applicationId,
    roundId: round.id,
    panelistIds: [interviewer.id],
    startsAt: new Date(Date.now() - 3 * HOUR - 45 * 60_000),
  });
  return { admin, recruiter, interviewer, interviewId, questionId: question.id };
}

describe('Late feedback and notifications in Chromium', () => {
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

  async function open(member: Member, screen: Screen = DESKTOP): Promise<Page> {
    const opened = await signedInPage(browser, member, screen);
    contexts.push(opened.context);
    return opened.page;
  }

  /** Signed in, with the bell listening: the server's first (null) notificationAdded has arrived. */
  async function openListening(member: Member, screen: Screen): Promise<Page> {
    const { context, page } = await newPage(browser, screen);
    contexts.push(context);
    const listening = liveFrame(page, (payload) => payload.includes('"notificationAdded":null'));
    await signIn(page, member.email);
    await listening;
    return page;
  }

  test('a recruiter nudges a late panelist; the bell counts it live, leads to the scorecard and is read', async () => {
    const situation = await arrange('Late Feedback');
    const interviewer = await openListening(situation.interviewer, PHONE);
    const bell = interviewer.getByRole('button', { name: /^Notifications/ });
    const panel = interviewer.getByRole('region', { name: 'Notifications' });
    // Being booked onto the panel came first: read it.
    await interviewer.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    await bell.click();
    await panel.getByRole('link', { name: /booked/i }).waitFor();
    await panel.getByRole('button', { name: 'Mark all read' }).click();
    await interviewer.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await interviewer.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });

    const recruiter = await open(situation.recruiter);
    await recruiter.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feedback' }).click();
    await recruiter.getByRole('heading', { name: 'Feedback', level: 1 }).waitFor();
    const row = recruiter.getByRole('article', { name: 'Grace Hopper: Ada Byron, Technical deep dive' });
    await row.getByText('Recommendation missing').waitFor();
    await row.getByText(/^(2|3) h$/).waitFor();
    await row.getByText('Not nudged yet').waitFor();
    // Recruiters see the list only; the deadlines are the admins'.
    expect(await recruiter.getByRole('form', { name: 'Deadlines' }).count()).toBe(0);
    await row.getByRole('button', { name: 'Nudge Grace Hopper about Ada Byron' }).click();
    const nudged = row.getByRole('button', { name: 'Nudged just now' });
    await nudged.waitFor();
    expect(await nudged.isDisabled()).toBe(true);
    await saveScreenshot(recruiter, 'feedback-1440.png');
    await recruiter.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await saveScreenshot(recruiter, 'feedback-390.png');

    // The interviewer's bell, on a phone, counts it without a reload.
    await interviewer.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    await bell.click();
    const item = panel.getByRole('link', { name: /Your recommendation for Ada Byron is overdue/ });
    await item.waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await saveScreenshot(interviewer, 'bell-390.png');

    // Escape closes it and gives focus back to the bell; the keyboard opens it again.
    await item.focus();
    await interviewer.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await bell.evaluate((button) => button === document.activeElement)).toBe(true);
    await interviewer.keyboard.press('Enter');
    await item.waitFor();

    await item.click();
    await interviewer.waitForURL(`**/interviews/${situation.interviewId}/score`);
    await interviewer.getByRole('button', { name: 'Notifications', exact: true }).waitFor();

    await interviewer.goto('/interviews');
    const card = interviewer.getByRole('article', { name: /Ada Byron/ });
    await card.getByText('Recommendation overdue').waitFor();
    await card.getByRole('link', { name: 'Download .ics for Ada Byron, Technical deep dive' }).waitFor();
  });

  test('a nudge someone else sent first shows as sent; admins change the deadlines, with the server’s reasons', async () => {
    const situation = await arrange('Nudged Twice');
    const admin = await open(situation.admin);
    await admin.goto('/feedback');
    const row = admin.getByRole('article', { name: 'Grace Hopper: Ada Byron, Technical deep dive' });
    await row.getByRole('button', { name: 'Nudge Grace Hopper about Ada Byron' }).waitFor();
    // The recruiter nudges meanwhile, through the API: the admin's click is refused and shows the earlier nudge.
    const recruiter = await open(situation.recruiter);
    await recruiter.goto('/feedback');
    await recruiter.getByRole('button', { name: 'Nudge Grace Hopper about Ada Byron' }).click();
    await recruiter.getByRole('button', { name: 'Nudged just now' }).waitFor();
    await row.getByRole('button', { name: 'Nudge Grace Hopper about Ada Byron' }).click();
    await row.getByRole('button', { name: 'Nudged just now' }).waitFor();

    const deadlines = admin.getByRole('form', { name: 'Deadlines' });
    await deadlines.getByLabel('Recommendation due').fill('2');
    await deadlines.getByRole('button', { name: 'Save deadlines' }).click();
    await deadlines.getByText('Must be at least 5 minutes').waitFor();
    await deadlines.getByLabel('Recommendation due').fill('240');
    await deadlines.getByRole('button', { name: 'Save deadlines' }).click();
    await admin.getByText('Deadlines saved').waitFor();
    // Due four hours after the end, Grace is no longer late.
    await admin.reload();
    await admin.getByText("Everyone's feedback is in").waitFor();
  });

  test('the bank reads anchors on the rounds’ scale, the defaults marked where a question has none', async () => {
    const situation = await arrange('Anchor Scale');
    const admin = await open(situation.admin);
    await admin.goto(`/bank/${situation.questionId}`);
    const anchors = admin.getByRole('region', { name: 'Rating anchors' });
    await anchors.getByText('Default anchors').waitFor();
    for (const label of ['Strong no', 'No', 'Yes', 'Strong yes']) await anchors.getByText(label, { exact: true }).waitFor();
    await anchors.getByText(/Covers the talking points and goes beyond them/).waitFor();
  });
});
