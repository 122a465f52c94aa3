import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  addMember,
  addRound,
  createApplications,
  createCandidates,
  createOpening,
  findQuestions,
  type Member,
  moveApplication,
  saveLoopAsTemplate,
  scheduleInterview,
  setOpeningStatus,
  signUpOrganization,
  stageOf,
  uniqueEmail,
} from './support/api';
import { launchBrowser, saveScreenshot } from './support/browser';
import { drag, signedInPage, textOf } from './support/helpers';

/**
 * Openings, loops and the pipeline end to end, against the built production server (global-setup.ts). Each test
 * signs up an organisation of its own through the API (an admin, who works in the browser, and three interviewers
 * where a panel is needed) and arranges the opening, round, candidate or interview it starts from.
 */
const TEMPLATE = 'Platform loop';
const OPENING = 'Senior MLOps engineer';
const ROUND = 'ML systems design';
const FOCUS = ['Fundamental MLOps Concepts', 'Model Deployment and Serving', 'Model Monitoring and Observability'];
const CANDIDATE = 'Ada Lovelace';
const INTERVIEWERS = ['Ivy Chen', 'Omar Haddad', 'Mina Park'];

interface Organisation {
  admin: Member;
  interviewers: Member[];
}

async function organisation({ withPanel }: { withPanel: boolean }): Promise<Organisation> {
  const admin = await signUpOrganization({ organizationName: 'Pipeline Works', name: 'Priya Raman' });
  const interviewers: Member[] = [];
  if (withPanel) for (const name of INTERVIEWERS) interviewers.push(await addMember(admin, { name, role: 'INTERVIEWER' }));
  return { admin, interviewers };
}

/** The opening with the onsite round (a panel of three, three questions pinned) and the candidate in Onsite. */
async function openingWithCandidateOnsite(admin: Member) {
  const opening = await createOpening(admin, { title: OPENING });
  const questions = (await findQuestions(admin, null, 3)).questions;
  const round = await addRound(admin, opening.id, {
    name: ROUND,
    stageId: stageOf(opening, 'Onsite').id,
    durationMinutes: 60,
    panelSize: 3,
    questionIds: questions.map((question) => question.id),
  });
  const [candidateId] = await createCandidates(admin, [{ name: CANDIDATE }]);
  const [applicationId] = await createApplications(admin, opening.id, [candidateId]);
  await moveApplication(admin, applicationId, stageOf(opening, 'Onsite').id);
  return { opening, round, applicationId, roundTitles: questions.map((question) => question.title) };
}

describe('Openings, loops and the pipeline in Chromium', () => {
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

  async function signedIn(member: Member): Promise<Page> {
    const opened = await signedInPage(browser, member);
    context = opened.context;
    return opened.page;
  }

  test('new opening: created from the loop template, it brings the template’s stages and round', async () => {
    // The template the UI starts from: the default stages and a screening round.
    const { admin } = await organisation({ withPanel: false });
    const source = await createOpening(admin, { title: 'Template source' });
    await addRound(admin, source.id, { name: 'Screening call', stageId: stageOf(source, 'Recruiter screen').id, durationMinutes: 30 });
    await saveLoopAsTemplate(admin, source.id, { name: TEMPLATE, description: 'Screening call, then onsite' });
    const page = await signedIn(admin);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Openings' }).click();
    await page.getByRole('heading', { name: 'Openings', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'New opening' }).first().click();
    await page.waitForURL('**/openings/new');

    await page.getByLabel('Title').fill(OPENING);
    await page.getByLabel('Team').fill('ML Platform');
    await page.getByLabel('Location').fill('Remote (EU)');
    await page.getByLabel('Hiring manager').selectOption({ label: `${admin.name} · Admin` });
    await page.getByLabel('Start from').selectOption({ label: `Template: ${TEMPLATE} (1 round)` });
    await page.getByText('Screening call, then onsite').waitFor();
    expect(await page.getByRole('list', { name: 'Stages' }).getByRole('listitem').count()).toBe(7);
    await page.getByRole('button', { name: 'Create opening' }).click();

    await page.waitForURL(/\/openings\/[0-9a-f-]{36}\/loop$/);
    await page.getByRole('heading', { name: OPENING, level: 1 }).waitFor();
    const rounds = page.getByRole('list', { name: 'Rounds' });
    await rounds.getByRole('heading', { name: 'Screening call' }).waitFor();
    expect(await textOf(rounds)).toContain('Recruiter screen');
  });

  test('loop: propose questions for three categories, lock one, re-propose the rest, save the round', async () => {
    const { admin } = await organisation({ withPanel: false });
    const opening = await createOpening(admin, { title: OPENING });
    const page = await signedIn(admin);
    await page.goto(`/openings/${opening.id}/loop`);
    await page.getByRole('heading', { name: OPENING, level: 1 }).waitFor();

    await page.getByRole('link', { name: 'Add round' }).first().click();
    await page.waitForURL(/\/rounds\/new$/);
    await page.getByLabel('Name').fill(ROUND);
    await page.getByLabel('Stage').selectOption({ label: 'Onsite' });
    await page.getByLabel('Duration (minutes)').fill('60');
    await page.getByLabel('Panel size').fill('3');
    await page.getByRole('radio', { name: 'Senior' }).check();
    for (const category of FOCUS) await page.getByRole('checkbox', { name: new RegExp(`^${category}`) }).check();
    await page.getByText('3 chosen').waitFor();

    await page.getByRole('button', { name: 'Propose questions' }).click();
    const list = page.getByRole('list', { name: 'Questions of this round' });
    await list.getByRole('listitem').first().waitFor();
    const categories = await list.locator('.meta-category').allTextContents();
    expect(new Set(categories)).toEqual(new Set(FOCUS));
    expect(await page.getByRole('meter', { name: 'Question time against the budget' }).getAttribute('aria-valuemax')).toBe('50');
    const minutes = Number(await page.getByRole('meter').getAttribute('aria-valuenow'));
    expect(minutes).toBeGreaterThan(0);
    expect(minutes).toBeLessThanOrEqual(50);

    const lockedTitle = await textOf(list.getByRole('listitem').first().locator('.set-row-title'));
    const lock = list.getByRole('button', { name: `Lock ${lockedTitle}` });
    await lock.click();
    expect(await lock.getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Re-propose the rest' }).click();
    await page.getByText(/^Proposed \d+ questions?, 1 locked kept/).waitFor();
    expect(await textOf(list.getByRole('listitem').first().locator('.set-row-title'))).toBe(lockedTitle);
    expect(await list.getByRole('button', { name: `Lock ${lockedTitle}` }).getAttribute('aria-pressed')).toBe('true');
    // Swap the second question for the best fit the server offers from the same category.
    const swappedOut = (await textOf(list.getByRole('listitem').nth(1).locator('.set-row-title'))).trim();
    await list.getByRole('button', { name: `Swap ${swappedOut}` }).click();
    const swapDialog = page.getByRole('dialog', { name: 'Swap question' });
    const offers = swapDialog.getByRole('list', { name: /best fit first$/ });
    await offers.getByRole('listitem').first().waitFor();
    const swappedIn = (await textOf(offers.getByRole('listitem').first().locator('.picker-item-title'))).replace('Best fit', '').trim();
    expect(swappedIn).not.toBe(swappedOut);
    await saveScreenshot(page, 'swap-question.png');
    await offers.getByRole('button', { name: `Use ${swappedIn}` }).click();
    await swapDialog.waitFor({ state: 'detached' });
    expect((await textOf(list.getByRole('listitem').nth(1).locator('.set-row-title'))).trim()).toBe(swappedIn);

    const roundTitles = (await list.locator('.set-row-title').allTextContents()).map((title) => title.trim());
    await saveScreenshot(page, 'round-editor.png');

    await page.getByRole('button', { name: 'Add round', exact: true }).click();
    await page.waitForURL(/\/openings\/[0-9a-f-]{36}\/loop$/);
    const saved = page
      .getByRole('list', { name: 'Rounds' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: ROUND }) });
    await saved.waitFor();
    const savedTitles = (await saved.locator('.round-question-title').allTextContents()).map((title) => title.trim());
    expect(savedTitles).toEqual(roundTitles);
    // The question locked by hand and the one swapped in (chosen by hand, so locked too).
    expect(await saved.getByText('Locked', { exact: true }).count()).toBe(2);

    // The coverage map shows the three categories asked in the new round.
    await page.getByRole('link', { name: 'Coverage' }).click();
    const table = page.getByRole('table');
    for (const category of FOCUS) await table.getByRole('rowheader', { name: category }).waitFor();
  });

  test('pipeline: add a candidate, then drag the card from Applied to Onsite', async () => {
    const { admin } = await organisation({ withPanel: false });
    const opening = await createOpening(admin, { title: OPENING });
    // An open opening: a draft one asks first (opening-status.browser.ts).
    await setOpeningStatus(admin, opening.id, 'OPEN');
    const page = await signedIn(admin);
    await page.goto(`/openings/${opening.id}/loop`);
    await page.getByRole('heading', { name: OPENING, level: 1 }).waitFor();

    await page.getByRole('navigation', { name: 'Opening sections' }).getByRole('link', { name: 'Pipeline' }).click();
    await page.getByText('No candidates in this pipeline yet').waitFor();
    await page.getByRole('button', { name: 'Add candidate' }).first().click();
    const dialog = page.getByRole('dialog', { name: `Add a candidate to ${OPENING}` });
    // The first field has focus, not the Close button.
    await page.waitForFunction(() => document.activeElement?.closest('dialog') !== null && document.activeElement?.tagName === 'INPUT');
    expect(await dialog.getByLabel('Name').evaluate((input) => input === document.activeElement)).toBe(true);
    await dialog.getByLabel('Name').fill(CANDIDATE);
    await dialog.getByLabel('Email').fill(uniqueEmail(CANDIDATE));
    await dialog.getByLabel('Tags').fill('referral');
    await dialog.getByLabel('Tags').press('Enter');
    await dialog.getByRole('button', { name: 'Add candidate' }).click();
    await dialog.waitFor({ state: 'detached' });

    const column = (stage: string) => page.getByRole('listitem', { name: stage, exact: true });
    const card = column('Applied').locator('.board-card', { hasText: CANDIDATE });
    await card.waitFor();
    expect(await textOf(card)).toMatch(/in stage/);
    expect(await textOf(column('Applied').locator('.count'))).toBe('1');

    await drag(
      page,
      card.getByRole('button', { name: `Move ${CANDIDATE}, now in Applied` }),
      column('Onsite'),
      `${CANDIDATE} is over Onsite`,
    );
    await column('Onsite').locator('.board-card', { hasText: CANDIDATE }).waitFor();
    await page.getByRole('status').getByText(`Moved ${CANDIDATE} to Onsite`).waitFor();
    expect(await column('Applied').locator('.board-card').count()).toBe(0);
    await saveScreenshot(page, 'pipeline.png');

    // The move reached the server: it survives a reload.
    await page.reload();
    await column('Onsite').locator('.board-card', { hasText: CANDIDATE }).waitFor();
    expect(await textOf(column('Onsite').locator('.count'))).toBe('1');
  });

  test('scheduling: three panelists for the onsite round, no warnings; the timeline shows the move', async () => {
    const { admin, interviewers } = await organisation({ withPanel: true });
    const { opening, roundTitles } = await openingWithCandidateOnsite(admin);
    const page = await signedIn(admin);
    await page.goto(`/openings/${opening.id}/pipeline`);

    await page.getByRole('link', { name: CANDIDATE }).click();
    await page.getByRole('heading', { name: CANDIDATE, level: 1 }).waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Moved from Applied to Onsite').waitFor();
    await timeline.getByText('Added to the pipeline in Applied').waitFor();

    await page.getByRole('button', { name: 'Schedule interview' }).click();
    const dialog = page.getByRole('dialog', { name: `Schedule an interview with ${CANDIDATE}` });
    await dialog.getByLabel('Round').selectOption({ label: `${ROUND} · Onsite` });
    await dialog.getByText('the round asks for 3').waitFor();
    for (const person of interviewers) await dialog.getByRole('checkbox', { name: new RegExp(`^${person.name}`) }).check();
    await dialog.getByText('3 panelists chosen').waitFor();
    await dialog.getByRole('button', { name: 'Schedule interview' }).click();

    const done = page.getByRole('dialog', { name: 'Interview scheduled' });
    // Panelists are listed by name.
    const panel = interviewers
      .map((person) => person.name)
      .sort((a, b) => a.localeCompare(b))
      .join(', ');
    await done.getByText(`Panel: ${panel}.`).waitFor();
    await done.getByText(`${roundTitles.length} questions pinned`).waitFor();
    expect(await done.getByText('Check before you send invitations').count()).toBe(0);
    await done.getByRole('button', { name: 'Done' }).click();

    const interviews = page.getByRole('region', { name: 'Interviews' });
    await interviews.getByText(ROUND).waitFor();
    expect(await textOf(interviews)).toContain(panel);
    await timeline.getByText(`The ${ROUND} interview was scheduled for`).waitFor();

    // Rescheduling asks why, and the timeline keeps the reason.
    await interviews.getByRole('button', { name: `Reschedule the ${ROUND} interview` }).click();
    const reschedule = page.getByRole('dialog', { name: `Reschedule the ${ROUND} interview` });
    const starts = reschedule.getByLabel('Starts');
    const start = new Date(`${await starts.inputValue()}:00`);
    start.setHours(start.getHours() + 2);
    const pad = (n: number) => String(n).padStart(2, '0');
    await starts.fill(
      `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}T${pad(start.getHours())}:${pad(start.getMinutes())}`,
    );
    await reschedule.getByRole('button', { name: 'Reschedule interview' }).click();
    await reschedule.getByText('Say why it moves').waitFor();
    await reschedule.getByLabel('Why it moves').fill('A panelist is travelling');
    await reschedule.getByRole('button', { name: 'Reschedule interview' }).click();
    const moved = page.getByRole('dialog', { name: 'Interview rescheduled' });
    await moved.getByRole('button', { name: 'Done' }).click();
    await timeline.getByText(`The ${ROUND} interview was moved to`).waitFor();
    await timeline.getByText('“A panelist is travelling”').waitFor();
    await saveScreenshot(page, 'candidate.png');
  });

  test('My interviews: the interviewer signs in, lands on their interviews and reads the pinned questions', async () => {
    const { admin, interviewers } = await organisation({ withPanel: true });
    const { round, applicationId, roundTitles } = await openingWithCandidateOnsite(admin);
    await scheduleInterview(admin, { applicationId, roundId: round.id, panelistIds: interviewers.map((person) => person.id) });
    // Any pinned question: the interviewer opens it to read what a strong answer covers.
    const [pinnedTitle] = roundTitles;
    const page = await signedIn(interviewers[0]);
    await page.waitForURL('**/interviews');
    await page.getByRole('heading', { name: 'My interviews', level: 1 }).waitFor();
    // Interviewers read the bank; of the organisation's hiring they see only their interviews.
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect((await nav.allTextContents()).map((label) => label.trim())).toEqual([
      'Question bank',
      'Question sets',
      'My interviews',
      'Import & export',
    ]);

    const upcoming = page.getByRole('list', { name: 'Upcoming interviews' }).getByRole('listitem').first();
    const card = upcoming.getByRole('article');
    await card.getByRole('heading', { name: new RegExp(CANDIDATE) }).waitFor();
    const text = await textOf(card);
    expect(text).toContain(ROUND);
    expect(text).toContain(OPENING);
    for (const person of interviewers) expect(text).toContain(person.name);

    const pinned = card.locator('.pinned-title');
    expect((await pinned.allTextContents()).map((title) => title.trim())).toEqual(roundTitles);
    await card.getByText(pinnedTitle, { exact: true }).click();
    await card.getByText('A strong answer covers').first().waitFor();
    expect(await card.getByRole('list', { name: 'Talking points' }).first().getByRole('listitem').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'my-interviews.png');
  });
});
