import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  addMember,
  addRound,
  createApplications,
  createCandidates,
  createCategories,
  createOpening,
  type Member,
  moveApplication,
  scheduleInterview,
  signUpOrganization,
  stageOf,
  submitScorecard,
  graphqlAs as gql,
  type Recommendation,
} from './support/api';
import { DESKTOP, launchBrowser, PHONE, saveScreenshot } from './support/browser';
import { signedInPage, textOf } from './support/helpers';

/**
 * An opening's reports against the built production server (global-setup.ts): a recruiter reads the funnel, the
 * reasons candidates left, feedback on time and the interviewer figures, and downloads the funnel as CSV; an empty
 * opening says what will show there; an interviewer who lands on a report is told it is the hiring team's.
 */

type OutcomeKind = 'REJECTION' | 'WITHDRAWAL';

async function reasonId(as: Member, kind: OutcomeKind, label: string): Promise<string> {
  const { outcomeReasons } = await gql<{ outcomeReasons: Array<{ id: string; label: string }> }>(
    as,
    `query ($kind: OutcomeKind) { outcomeReasons(kind: $kind) { id label } }`,
    { kind },
  );
  const reason = outcomeReasons.find((entry) => entry.label === label);
  if (!reason) throw new Error(`No ${kind} reason “${label}”`);
  return reason.id;
}

/** Rejects or withdraws an application with one of the organisation's reasons and a note. */
async function closeApplication(as: Member, kind: OutcomeKind, applicationId: string, label: string, note: string): Promise<void> {
  const mutation = kind === 'REJECTION' ? 'rejectApplication' : 'withdrawApplication';
  await gql(as, `mutation ($input: CloseApplicationInput!) { ${mutation}(input: $input) { id } }`, {
    input: { applicationId, reasonId: await reasonId(as, kind, label), reason: note },
  });
}

/** A panelist's recommendation and two category ratings, submitted through the API as the scorecard page would. */
function scoreThrough(
  panelist: Member,
  interviewId: string,
  ratings: Array<{ categoryId: string; rating: number }>,
  recommendation: Recommendation,
): Promise<string> {
  return submitScorecard(panelist, interviewId, () => ({ recommendation, categoryRatings: ratings, ratings: [] }));
}

const OPENING = 'MLOps Engineer';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

interface Situation {
  openingId: string;
  recruiter: Member;
  interviewer: Member;
}

/**
 * Five candidates: Ada moves on twice, Bea once, Cleo is rejected for a skills gap and Dan withdraws, both from
 * Applied; Eve waits. Two panelists interview Ada just now (both on time) and Bea three days ago, where Ivy is late
 * and Jon never submits: four seats, two on time, three scorecards.
 */
async function arrange(organizationName: string): Promise<Situation> {
  const admin = await signUpOrganization({ organizationName, name: 'Imani Okafor', startEmpty: true });
  const recruiter = await addMember(admin, { name: 'Rosa Parks', role: 'RECRUITER' });
  const ivy = await addMember(admin, { name: 'Ivy Chen', role: 'INTERVIEWER' });
  const jon = await addMember(admin, { name: 'Jon Berg', role: 'INTERVIEWER' });
  const categories = await createCategories(admin, ['Monitoring', 'Deployment']);
  const opening = await createOpening(admin, { title: OPENING });
  const round = await addRound(admin, opening.id, {
    name: 'Technical deep dive',
    stageId: stageOf(opening, 'Technical screen').id,
    durationMinutes: 45,
    panelSize: 2,
    focusCategoryIds: [categories.Monitoring, categories.Deployment],
  });
  const candidateIds = await createCandidates(
    admin,
    ['Ada Byron', 'Bea Carter', 'Cleo Diaz', 'Dan Evans', 'Eve Fox'].map((name) => ({ name })),
  );
  const [ada, bea, cleo, dan] = await createApplications(admin, opening.id, candidateIds);
  await moveApplication(admin, ada, stageOf(opening, 'Recruiter screen').id);
  await moveApplication(admin, ada, stageOf(opening, 'Technical screen').id);
  await moveApplication(admin, bea, stageOf(opening, 'Recruiter screen').id);
  await closeApplication(admin, 'REJECTION', cleo, 'Skills gap', 'No production monitoring experience yet');
  await closeApplication(admin, 'WITHDRAWAL', dan, 'Took another offer', 'Accepted an offer elsewhere');

  const panel = [ivy.id, jon.id];
  const adaInterview = await scheduleInterview(admin, {
    applicationId: ada,
    roundId: round.id,
    panelistIds: panel,
    startsAt: minutesAgo(55),
  });
  const beaInterview = await scheduleInterview(admin, {
    applicationId: bea,
    roundId: round.id,
    panelistIds: panel,
    startsAt: minutesAgo(3 * 24 * 60),
  });
  const rate = (monitoring: number, deployment: number) => [
    { categoryId: categories.Monitoring, rating: monitoring },
    { categoryId: categories.Deployment, rating: deployment },
  ];
  await scoreThrough(ivy, adaInterview, rate(4, 4), 'STRONG_YES');
  await scoreThrough(jon, adaInterview, rate(3, 3), 'YES');
  await scoreThrough(ivy, beaInterview, rate(2, 1), 'NO');
  return { openingId: opening.id, recruiter, interviewer: ivy };
}

const funnel = (page: Page) => page.getByRole('figure', { name: 'Funnel by stage' });
const funnelRow = (page: Page, stage: string) => funnel(page).getByRole('row', { name: new RegExp(`^${stage}\\b`) });
/** A table row's cells as they read on screen, one space between cells and lines. */
const rowText = async (row: Locator) =>
  (await row.locator('th, td').allInnerTexts()).map((cell) => cell.replace(/\s+/g, ' ').trim()).join(' ');
const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('Opening reports in Chromium', () => {
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

  test('a recruiter reads the funnel, why candidates left, feedback on time and the interviewers, and downloads the CSV', async () => {
    const { openingId, recruiter } = await arrange('Reports Recruiter');
    const page = await open(recruiter);

    await page.goto(`/openings/${openingId}/pipeline`);
    await page.getByRole('navigation', { name: 'Opening sections' }).getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL(`**/openings/${openingId}/reports`);
    await page.getByRole('heading', { name: 'Reports', level: 2 }).waitFor();

    // The funnel: bars drawn inside the named figure, and the stages' counts and reasons in the table beside them.
    await funnel(page).locator('svg .recharts-bar-rectangle path').first().waitFor();
    expect(await funnel(page).locator('svg .recharts-bar-rectangle path').count()).toBeGreaterThan(2);
    // The drawing is named too, for whoever reaches it with the keyboard.
    await funnel(page).getByRole('application', { name: 'Funnel by stage' }).waitFor();
    expect(await rowText(funnelRow(page, 'Applied'))).toBe(
      'Applied 5 2 40% 2 Rejected: Skills gap (1) Withdrew: Took another offer (1) under an hour',
    );
    expect(await rowText(funnelRow(page, 'Recruiter screen'))).toBe('Recruiter screen 2 1 50% 0 — under an hour');
    expect(await rowText(funnelRow(page, 'Technical screen'))).toBe('Technical screen 1 0 0% 0 — —');
    expect(await textOf(funnel(page).locator('figcaption'))).toContain(
      '5 applications entered Applied; 1 reached Technical screen. Most left from Applied (2).',
    );

    // Why they left: a chart each for rejections and withdrawals, the reason on its axis and in its numbers.
    const rejected = page.getByRole('figure', { name: 'Why we rejected' });
    await rejected.locator('svg .recharts-bar-rectangle path').first().waitFor();
    await rejected.locator('svg .recharts-cartesian-axis-tick-value').filter({ hasText: 'Skills gap' }).waitFor();
    await rejected.getByText('Show the numbers').click();
    expect(await rowText(rejected.getByRole('row', { name: /Skills gap/ }))).toBe('Skills gap 1');
    const withdrew = page.getByRole('figure', { name: 'Why candidates withdrew' });
    await withdrew.locator('svg .recharts-cartesian-axis-tick-value').filter({ hasText: 'Took another offer' }).waitFor();

    // Feedback on time, against four seats of two ended interviews.
    const feedback = page.getByRole('region', { name: 'Feedback on time' });
    expect(await textOf(feedback)).toContain('4 panel seats on ended interviews');
    expect(await textOf(feedback.getByRole('listitem').filter({ hasText: 'Recommendations on time' }))).toContain('2 of 4 seats · 50%');
    expect(await textOf(feedback.getByRole('listitem').filter({ hasText: 'Scorecards submitted' }))).toContain('3 of 4 seats · 75%');

    // The interviewers: scorecards done, on time, ratings, leniency and agreement.
    const interviewers = page.getByRole('region', { name: 'Interviewers', exact: true });
    const ivy = interviewers.getByRole('row', { name: /Ivy Chen/ });
    await ivy.waitFor();
    expect(await rowText(ivy)).toMatch(
      /^Ivy Chen 2 of 2 50% of 2 seats 50% of 2 seats 1 · 1 · 0 · 2 \(4\) \+\d\.\d\d lenient over 1 shared candidate: too few to calibrate with 100% of 1 interview$/,
    );
    expect(await ivy.getByRole('img').getAttribute('aria-label')).toBe('Ratings: 1 Strong no, 1 No, 0 Yes, 2 Strong yes');
    expect(await rowText(interviewers.getByRole('row', { name: /Jon Berg/ }))).toMatch(
      /^Jon Berg 1 of 2 .* −\d\.\d\d strict over 1 shared candidate/,
    );

    await page.evaluate(() => document.querySelector('#main')?.scrollTo(0, 0));
    await saveScreenshot(page, 'reports-1440.png');

    // The CSV, from the keyboard, as the server writes it.
    const button = page.getByRole('button', { name: 'Download CSV' });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('mlops-engineer-report.csv');
    const lines = (await readFile(await download.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('Stage,Entered,Moved on,Left,Median hours in stage,Why they left');
    // The server lists a stage's reasons in no set order.
    expect(lines[1]).toMatch(/^Applied,5,2,2,\d+\.\d,/);
    expect(lines[1]).toContain('Rejected: Skills gap (1)');
    expect(lines[1]).toContain('Withdrew: Took another offer (1)');
    expect(lines).toContain('Hired,0,0,0,,');
  });

  test('on a phone the tables scroll in their own frames and the page does not', async () => {
    const { openingId, recruiter } = await arrange('Reports Phone');
    const page = await open(recruiter, PHONE);
    await page.goto(`/openings/${openingId}/reports`);
    await funnel(page).locator('svg .recharts-bar-rectangle path').first().waitFor();
    await page
      .getByRole('region', { name: 'Interviewers', exact: true })
      .getByRole('row', { name: /Ivy Chen/ })
      .waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    const frame = page.getByRole('region', { name: /Stages of the funnel/ });
    expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await saveScreenshot(page, 'reports-390.png');
    // The frame takes focus, so arrow keys scroll it.
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((element) => element!.scrollLeft > 0, await frame.elementHandle());

    await page.setViewportSize({ width: 360, height: 780 });
    expect(await noHorizontalScroll(page)).toBe(true);
  });

  test('an opening without applications says what will show, with no CSV to download', async () => {
    const admin = await signUpOrganization({ organizationName: 'Reports Empty', name: 'Imani Okafor', startEmpty: true });
    const opening = await createOpening(admin, { title: 'Data Platform Lead' });
    const page = await open(admin);
    await page.goto(`/openings/${opening.id}/reports`);
    await page.getByText('No applications yet').waitFor();
    await page.getByRole('link', { name: 'Go to the pipeline' }).waitFor();
    expect(await page.getByRole('button', { name: 'Download CSV' }).count()).toBe(0);
  });

  test('an interviewer who lands on a report gets the no-access page every page shows, with the way home', async () => {
    const { openingId, interviewer } = await arrange('Reports Interviewer');
    const page = await open(interviewer);
    await page.goto(`/openings/${openingId}/reports`);
    await page.getByRole('heading', { name: 'You don’t have access to this page', level: 1 }).waitFor();
    await page.getByText('Openings is not open to the interviewer role').waitFor();
    await page.getByRole('link', { name: 'Go to My interviews' }).click();
    await page.waitForURL('**/interviews');
  });
});
