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
  moveApplication,
  type Opening,
  scheduleInterview,
  signUpOrganization,
  stageOf,
  submitScorecard,
  graphqlAs as gql,
} from './support/api';
import { DESKTOP, launchBrowser, PHONE, saveScreenshot } from './support/browser';
import { signedInPage, textOf } from './support/helpers';

/**
 * The debrief and the decisions it leads to, against the built production server (global-setup.ts): two panelists
 * have submitted their scorecards on Ada Byron; the recruiter reads them side by side, writes the discussion note,
 * advances her, and sees her move on the board. Another candidate is rejected from the board with one of the
 * organisation's reasons, found again in the rejected list and reopened. A panelist who still owes a scorecard is
 * told to submit it first, and an admin keeps the list of reasons.
 */
const ADA = 'Ada Byron';
const BEN = 'Ben Carter';
const ROUND = 'Technical deep dive';

interface Answer {
  /** Rating of each pinned question, in order (1–4). */
  questions: number[];
  categories: Record<string, number>;
  recommendation: 'STRONG_NO' | 'NO' | 'YES' | 'STRONG_YES';
  summary: string;
}

/** Fills in the panelist's scorecard for the interview and submits it. */
function scoreThrough(as: Member, interviewId: string, answer: Answer): Promise<string> {
  return submitScorecard(as, interviewId, (questionIds) => ({
    ratings: questionIds.map((questionId, index) => ({
      questionId,
      rating: answer.questions[index],
      notes: `Notes on question ${index + 1}`,
    })),
    categoryRatings: Object.entries(answer.categories).map(([categoryId, rating]) => ({ categoryId, rating })),
    recommendation: answer.recommendation,
    summary: answer.summary,
  }));
}

interface Situation {
  admin: Member;
  recruiter: Member;
  /** On a later interview of Ada's, with nothing submitted yet. */
  latePanelist: Member;
  /** Interviewed Ada and submitted. */
  grace: Member;
  opening: Opening;
  adaApplicationId: string;
}

/**
 * Ada Byron in Debrief after a technical interview yesterday: Grace Hopper and Alan Turing both submitted (they agree
 * on monitoring and are three levels apart on deployment), and Alan amended his recommendation since. Ben Carter
 * has just applied. Katherine Johnson sits on Ada's next interview and has not scored it.
 */
async function arrange(organizationName: string): Promise<Situation> {
  const admin = await signUpOrganization({ organizationName, name: 'Imani Okafor', startEmpty: true });
  const recruiter = await addMember(admin, { name: 'Rosa Parks', role: 'RECRUITER' });
  const grace = await addMember(admin, { name: 'Grace Hopper', role: 'INTERVIEWER' });
  const alan = await addMember(admin, { name: 'Alan Turing', role: 'INTERVIEWER' });
  const latePanelist = await addMember(admin, { name: 'Katherine Johnson', role: 'INTERVIEWER' });
  const categories = await createCategories(admin, ['Monitoring', 'Deployment']);
  const drift = await createQuestion(admin, { categoryId: categories.Monitoring, title: 'Detecting data drift' });
  const rollback = await createQuestion(admin, { categoryId: categories.Deployment, title: 'Rolling back a bad model' });
  const opening = await createOpening(admin, { title: 'MLOps Engineer' });
  const round = await addRound(admin, opening.id, {
    name: ROUND,
    stageId: stageOf(opening, 'Onsite').id,
    durationMinutes: 45,
    panelSize: 2,
    questionIds: [drift.id, rollback.id],
    focusCategoryIds: [categories.Monitoring, categories.Deployment],
  });
  const [adaId, benId] = await createCandidates(admin, [{ name: ADA }, { name: BEN }]);
  const [adaApplicationId] = await createApplications(admin, opening.id, [adaId, benId]);
  await moveApplication(admin, adaApplicationId, stageOf(opening, 'Onsite').id);
  const yesterday = new Date(Date.now() - 86_400_000);
  const interviewId = await scheduleInterview(admin, {
    applicationId: adaApplicationId,
    roundId: round.id,
    panelistIds: [grace.id, alan.id],
    startsAt: yesterday,
  });
  await scoreThrough(grace, interviewId, {
    questions: [3, 1],
    categories: { [categories.Monitoring]: 3, [categories.Deployment]: 1 },
    recommendation: 'YES',
    summary: 'Strong on monitoring; shaky on rollbacks.',
  });
  const alanScorecard = await scoreThrough(alan, interviewId, {
    questions: [4, 4],
    categories: { [categories.Monitoring]: 4, [categories.Deployment]: 4 },
    recommendation: 'YES',
    summary: 'Clear thinker, ran a canary release at her last job.',
  });
  await gql(alan, `mutation ($input: AmendScorecardInput!) { amendScorecard(input: $input) { id } }`, {
    input: { scorecardId: alanScorecard, reason: 'Re-read my notes', recommendation: 'STRONG_YES' },
  });
  await scheduleInterview(admin, { applicationId: adaApplicationId, roundId: round.id, panelistIds: [latePanelist.id] });
  await moveApplication(admin, adaApplicationId, stageOf(opening, 'Debrief').id);
  return { admin, recruiter, latePanelist, grace, opening, adaApplicationId };
}

/** Whatever is wider than the screen: the page itself, or the main area. */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overflowing: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth)
      overflowing.push(`the page is ${document.documentElement.scrollWidth} px wide on a ${window.innerWidth} px screen`);
    const main = document.getElementById('main');
    if (main && main.scrollWidth > main.clientWidth) overflowing.push(`#main holds ${main.scrollWidth} px in ${main.clientWidth} px`);
    return overflowing;
  });
}

describe('Debriefs and decisions in Chromium', () => {
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

  async function open(member: Member, screen = DESKTOP): Promise<Page> {
    const opened = await signedInPage(browser, member, screen);
    contexts.push(opened.context);
    return opened.page;
  }

  const column = (page: Page, stage: string) => page.getByRole('listitem', { name: stage, exact: true });
  const card = (page: Page, stage: string, name: string) => column(page, stage).locator('.board-card', { hasText: name });

  test('the recruiter reads the scorecards side by side, keeps the note, advances the candidate, then reverses it', async () => {
    const { admin, recruiter, opening, adaApplicationId } = await arrange('Debrief Works');
    const page = await open(recruiter);
    await page.goto(`/openings/${opening.id}/pipeline`);

    // The card says how much feedback is in, and leads to the debrief.
    const ada = card(page, 'Debrief', ADA);
    await ada.waitFor();
    expect(await textOf(ada)).toContain('2/3 scorecards');
    await ada.getByRole('link', { name: `Debrief of ${ADA}` }).click();
    await page.getByRole('heading', { name: `Debrief: ${ADA}`, level: 1 }).waitFor();

    // Both scorecards, side by side: who said what, by category and by question, and the amendment.
    const grace = page.getByRole('article', { name: 'Scorecard of Grace Hopper' });
    const alan = page.getByRole('article', { name: 'Scorecard of Alan Turing' });
    await grace.getByText('Strong on monitoring; shaky on rollbacks.').waitFor();
    await alan.getByText('Clear thinker, ran a canary release at her last job.').waitFor();
    expect(await textOf(grace)).toContain('Rolling back a bad model');
    expect(await textOf(alan.getByRole('region', { name: 'Amendments' }))).toContain('Recommendation: Yes → Strong yes');
    const [graceBox, alanBox] = [await grace.boundingBox(), await alan.boundingBox()];
    expect(Math.abs(graceBox!.y - alanBox!.y)).toBeLessThan(2);

    // The scores say where the panel disagrees.
    const scores = page.getByRole('region', { name: 'Scores' });
    await scores.getByText('Panel disagrees on').waitFor();
    expect(await textOf(scores.locator('.alert', { hasText: 'Panel disagrees on' }))).toContain('Deployment');
    expect(await textOf(scores.getByRole('list', { name: 'Recommendations' }))).toBe('Strong yes × 1Yes × 1');

    // The note saves as it is typed, and says so only once the server has it. The admin saved one meanwhile: the
    // recruiter sees theirs and keeps their own.
    await gql(admin, `mutation ($input: SaveDebriefNoteInput!) { saveDebriefNote(input: $input) { version } }`, {
      input: { applicationId: adaApplicationId, body: 'From the admin: check references', version: 0 },
    });
    const note = page.getByLabel('What the panel agreed, and what is still open');
    await note.fill('Agreed: strong on monitoring. Open: rollbacks, probe in the offer call.');
    const noteSection = page.getByRole('region', { name: 'Discussion note' });
    const conflict = noteSection.locator('.alert', { hasText: 'Someone else saved the note while you were writing' });
    await conflict.getByText('From the admin: check references').waitFor();
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await noteSection
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await noteSection.getByText(/^Last saved by Rosa Parks/).waitFor();
    const { debrief } = await gql<{ debrief: { note: { body: string; version: number } } }>(
      recruiter,
      `query ($id: ID!) { debrief(applicationId: $id) { note { body version } } }`,
      { id: adaApplicationId },
    );
    expect(debrief.note).toEqual({ body: 'Agreed: strong on monitoring. Open: rollbacks, probe in the offer call.', version: 2 });
    await saveScreenshot(page, 'debrief-1440.png');

    // On paper: no navigation, buttons or forms; the note as text.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print debrief packet' }).isVisible()).toBe(false);
    expect(await note.isVisible()).toBe(false);
    expect(await noteSection.getByRole('paragraph').filter({ hasText: 'Open: rollbacks, probe in the offer call.' }).isVisible()).toBe(
      true,
    );
    await page.emulateMedia({ media: 'screen' });

    // The decision needs a reason; it moves Ada to the next stage and goes into the history.
    const decision = page.getByRole('region', { name: 'Decision', exact: true });
    await decision.getByRole('radio', { name: /^Advance/ }).check();
    await decision.getByRole('button', { name: 'Advance to Offer' }).click();
    await decision.getByText('Say why, in a few words').waitFor();
    await decision.getByLabel('Why').fill('Strong panel; rollbacks to probe in the offer call');
    await decision.getByRole('button', { name: 'Advance to Offer' }).click();
    const history = page.getByRole('list', { name: 'Decisions, newest first' });
    await history.getByText('“Strong panel; rollbacks to probe in the offer call”').waitFor();
    expect(await textOf(history.getByRole('listitem').first())).toContain('Advanced');
    await page.locator('.debrief-facts', { hasText: 'In Offer' }).waitFor();

    // On the board, Ada is in Offer now, with the decision on her card.
    await page.getByRole('link', { name: `← ${opening.title}` }).click();
    const advanced = card(page, 'Offer', ADA);
    await advanced.waitFor();
    expect(await textOf(advanced)).toContain('Advanced');
    expect(await card(page, 'Debrief', ADA).count()).toBe(0);
    await advanced.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'board-decision-1440.png');

    // The note was kept.
    await advanced.getByRole('link', { name: `Debrief of ${ADA}` }).click();
    expect(await page.getByLabel('What the panel agreed, and what is still open').inputValue()).toContain('probe in the offer call');

    // Reversing the decision, with a reason, takes Ada back to Debrief; both stay in the history.
    await page.getByRole('button', { name: 'Reverse…' }).click();
    const reverse = page.getByRole('dialog', { name: 'Reverse this decision' });
    await reverse.getByLabel('Why reverse it').fill('References are not in yet');
    await reverse.getByRole('button', { name: 'Reverse decision' }).click();
    await reverse.waitFor({ state: 'detached' });
    await history.getByText(/^Reversed by Rosa Parks, .*: “References are not in yet”$/).waitFor();
    await page.locator('.debrief-facts', { hasText: 'In Debrief' }).waitFor();
    expect(await page.getByRole('button', { name: 'Reverse…' }).count()).toBe(0);

    // The bank tells how each question has rated so far.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question bank' }).click();
    const drift = page.getByRole('list', { name: 'Questions' }).getByRole('link', { name: /^Detecting data drift/ });
    expect(await textOf(drift.locator('.question-signal [aria-hidden="true"]'))).toBe('Asked 2× · mean 3.5');
    await saveScreenshot(page, 'bank-signal-1440.png');
  });

  test('a candidate rejected from the board with a reason is found in the rejected list and reopened', async () => {
    const { recruiter, opening } = await arrange('Reject Works');
    const page = await open(recruiter);
    await page.goto(`/openings/${opening.id}/pipeline`);
    const ben = card(page, 'Applied', BEN);
    await ben.waitFor();

    await ben.getByRole('checkbox', { name: `Select ${BEN}` }).check();
    await page.getByRole('region', { name: 'Selected candidates' }).getByRole('button', { name: 'Reject…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reject 1 candidate' });
    // Neither a reason nor a note: the dialog asks for one.
    await dialog.getByRole('button', { name: 'Reject 1 candidate' }).click();
    await dialog.getByText('Choose a reason, or say why in the note').waitFor();
    await dialog.getByLabel('Rejection reason').selectOption({ label: 'Skills gap' });
    await dialog.getByLabel('Note').fill('No production experience yet');
    await dialog.getByRole('button', { name: 'Reject 1 candidate' }).click();
    await dialog.waitFor({ state: 'detached' });
    await ben.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '1 rejected' }).click();
    const closed = page.getByRole('dialog', { name: 'Closed applications' });
    const row = closed.getByRole('list', { name: 'Rejected candidates' }).getByRole('listitem').filter({ hasText: BEN });
    await row.waitFor();
    expect(await textOf(row)).toContain('Skills gap');
    expect(await textOf(row)).toContain('“No production experience yet”');
    await saveScreenshot(page, 'closed-applications-1440.png');

    // Escape in the question closes the question only, and gives focus back to its button.
    const reopen = row.getByRole('button', { name: `Reopen… ${BEN}` });
    await reopen.click();
    await row.getByLabel(`Why does ${BEN} come back?`).press('Escape');
    await page.waitForFunction(() => document.activeElement?.classList.contains('closed-reopen'));
    expect(await closed.isVisible()).toBe(true);

    await page.keyboard.press('Enter');
    await row.getByLabel(`Why does ${BEN} come back?`).fill('Has since shipped a model to production');
    await row.getByRole('button', { name: `Reopen ${BEN}` }).click();
    await closed.getByText('Nobody is rejected').waitFor();
    await closed.getByRole('button', { name: 'Close' }).click();
    await closed.waitFor({ state: 'detached' });
    await card(page, 'Applied', BEN).waitFor();
    await page.locator('.board-counts', { hasText: '0 rejected' }).waitFor();
  });

  test('on a phone the debrief reads in one column; panelists read it once they have submitted, not before', async () => {
    const { recruiter, latePanelist, grace, adaApplicationId, opening } = await arrange('Phone Debrief Works');
    const page = await open(recruiter, PHONE);
    await page.goto(`/applications/${adaApplicationId}/debrief`);
    await page.getByRole('heading', { name: `Debrief: ${ADA}`, level: 1 }).waitFor();
    await page.getByRole('article', { name: 'Scorecard of Alan Turing' }).waitFor();
    expect(await horizontalOverflow(page)).toEqual([]);
    await saveScreenshot(page, 'debrief-390.png');
    await page.setViewportSize({ width: 360, height: PHONE.height });
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await page.goto(`/openings/${opening.id}/pipeline`);
    await card(page, 'Debrief', ADA).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'board-feedback-390.png');

    const panelist = await open(latePanelist);
    await panelist.goto(`/applications/${adaApplicationId}/debrief`);
    await panelist.getByRole('heading', { name: 'Submit your own scorecard first', level: 1 }).waitFor();
    expect(await panelist.getByText('Scorecard of').count()).toBe(0);

    // A panelist who has submitted reads the debrief, but neither decides nor edits the note.
    const submitted = await open(grace);
    await submitted.goto(`/applications/${adaApplicationId}/debrief`);
    await submitted.getByRole('article', { name: 'Scorecard of Alan Turing' }).waitFor();
    await submitted.getByRole('region', { name: 'Discussion note' }).getByText('Nobody has written a note yet.').waitFor();
    expect(await submitted.getByRole('region', { name: 'Decision', exact: true }).count()).toBe(0);
    expect(await submitted.getByRole('textbox').count()).toBe(0);
  });

  test('an admin adds, renames, archives and restores a rejection reason', async () => {
    const { admin } = await arrange('Reasons Works');
    const page = await open(admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Outcome reasons', level: 1 }).waitFor();
    const rejections = page.getByRole('region', { name: /^Rejection reasons/ });
    const offered = rejections.getByRole('list', { name: 'Offered rejection reasons' });
    await offered.getByText('Skills gap', { exact: true }).waitFor();

    await rejections.getByLabel('New rejection reason').fill('Relocation');
    await rejections.getByRole('button', { name: 'Add rejection reason' }).click();
    await offered.getByText('Relocation', { exact: true }).waitFor();

    await offered.getByRole('button', { name: 'Rename “Relocation”' }).click();
    const rename = offered.getByLabel('New name for “Relocation”');
    await rename.fill('Cannot relocate');
    await rename.press('Enter');
    await offered.getByText('Cannot relocate', { exact: true }).waitFor();

    await offered.getByRole('button', { name: 'Archive “Cannot relocate”' }).click();
    const archived = rejections.getByRole('list', { name: 'Archived rejection reasons' });
    await archived.getByText('Cannot relocate', { exact: true }).waitFor();
    expect(await offered.getByText('Cannot relocate', { exact: true }).count()).toBe(0);
    // Focus follows the reason to its new place.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Restore “Cannot relocate”');
    await saveScreenshot(page, 'outcome-reasons-1440.png');

    await archived.getByRole('button', { name: 'Restore “Cannot relocate”' }).click();
    await offered.getByText('Cannot relocate', { exact: true }).waitFor();

    // The narrowest phone the admin is made for: the lists fit.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toEqual([]);
  });
});
