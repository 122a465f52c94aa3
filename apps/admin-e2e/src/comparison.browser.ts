import { readFile } from 'node:fs/promises';
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
  submitScorecard,
  graphqlAs as gql,
  type Recommendation,
} from './support/api';
import { DESKTOP, launchBrowser, PHONE, saveScreenshot } from './support/browser';
import { signedInPage, textOf } from './support/helpers';

/**
 * Comparing an opening's candidates from submitted scorecards, against the built production server (global-setup.ts):
 * the recruiter sorts by the calibrated score, opens the question grid, downloads the CSV and reads the charts; an
 * interviewer sees only the candidate they interviewed; a hiring manager weighs the categories, with a rationale.
 */

interface Verdict {
  monitoring: number;
  deployment: number;
  recommendation: Recommendation;
  drift?: { rating: number; notes: string; covered: number[] };
}

interface Situation {
  openingId: string;
  recruiter: Member;
  hiringManager: Member;
  /** Rated only Cleo Diaz, and submitted. */
  soloInterviewer: Member;
}

const CANDIDATES = ['Ada Byron', 'Bea Carter', 'Cleo Diaz', 'Dan Evans'];

/** Fills in and submits a panelist's scorecard through the API, as they would on the scorecard page. */
function scoreThrough(
  panelist: Member,
  interviewId: string,
  categories: { monitoring: string; deployment: string },
  questions: { drift: string },
  verdict: Verdict,
): Promise<string> {
  return submitScorecard(panelist, interviewId, () => ({
    recommendation: verdict.recommendation,
    categoryRatings: [
      { categoryId: categories.monitoring, rating: verdict.monitoring },
      { categoryId: categories.deployment, rating: verdict.deployment },
    ],
    ratings: verdict.drift
      ? [
          {
            questionId: questions.drift,
            rating: verdict.drift.rating,
            notes: verdict.drift.notes,
            talkingPointsCovered: verdict.drift.covered,
          },
        ]
      : [],
  }));
}

/**
 * Four candidates of one round with two focus categories, each scored by two of four interviewers. Leo rates
 * everyone 4 and sits on three panels, enough shared candidates for his leniency to be removed; the others share
 * too few. So Cleo Diaz (Leo's 4s against Rita's 1s: a disagreement) ranks above Dan Evans on the raw score and
 * below him once Leo's leniency is taken out.
 */
async function arrange(organizationName: string): Promise<Situation> {
  const admin = await signUpOrganization({ organizationName, name: 'Imani Okafor', startEmpty: true });
  const recruiter = await addMember(admin, { name: 'Rosa Parks', role: 'RECRUITER' });
  const hiringManager = await addMember(admin, { name: 'Hedy Lamarr', role: 'HIRING_MANAGER' });
  const leo = await addMember(admin, { name: 'Leo Lenient', role: 'INTERVIEWER' });
  const pia = await addMember(admin, { name: 'Pia Park', role: 'INTERVIEWER' });
  const quinn = await addMember(admin, { name: 'Quinn Quist', role: 'INTERVIEWER' });
  const rita = await addMember(admin, { name: 'Rita Strict', role: 'INTERVIEWER' });
  const categoryIds = await createCategories(admin, ['Monitoring', 'Deployment']);
  const categories = { monitoring: categoryIds.Monitoring, deployment: categoryIds.Deployment };
  const { createQuestion } = await gql<{ createQuestion: { id: string } }>(
    admin,
    `mutation ($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`,
    {
      input: {
        categoryId: categories.monitoring,
        title: 'Detecting data drift',
        prompt: 'How would you notice that production data no longer looks like the training data?',
        estimatedMinutes: 10,
        talkingPoints: ['Population stability index or KS tests', 'Per-feature baselines', 'Alert thresholds tied to impact'],
      },
    },
  );
  const questions = { drift: createQuestion.id };
  const opening = await createOpening(admin, { title: 'MLOps Engineer' });
  const round = await addRound(admin, opening.id, {
    name: 'Technical deep dive',
    stageId: stageOf(opening, 'Onsite').id,
    durationMinutes: 45,
    panelSize: 2,
    questionIds: [questions.drift],
    focusCategoryIds: [categories.monitoring, categories.deployment],
  });
  const candidateIds = await createCandidates(
    admin,
    CANDIDATES.map((name) => ({ name })),
  );
  const [ada, bea, cleo, dan] = await createApplications(admin, opening.id, candidateIds);
  const yesterday = (hour: number) => {
    const date = new Date();
    date.setUTCDate(date.getUTCDate() - 1);
    date.setUTCHours(hour, 0, 0, 0);
    return date;
  };
  const interview = (applicationId: string, panel: Member[], hour: number) =>
    scheduleInterview(admin, {
      applicationId,
      roundId: round.id,
      panelistIds: panel.map((member) => member.id),
      startsAt: yesterday(hour),
    });
  const interviews = {
    ada: await interview(ada, [leo, pia], 9),
    bea: await interview(bea, [leo, quinn], 11),
    cleo: await interview(cleo, [leo, rita], 13),
    dan: await interview(dan, [pia, quinn], 15),
  };
  const score = (panelist: Member, interviewId: string, verdict: Verdict) =>
    scoreThrough(panelist, interviewId, categories, questions, verdict);
  const covered = [0, 1];
  await score(leo, interviews.ada, {
    monitoring: 4,
    deployment: 4,
    recommendation: 'STRONG_YES',
    drift: { rating: 4, notes: 'Explained PSI and KS tests', covered },
  });
  await score(pia, interviews.ada, {
    monitoring: 4,
    deployment: 4,
    recommendation: 'STRONG_YES',
    drift: { rating: 3, notes: 'Solid on per-feature baselines', covered: [1] },
  });
  await score(leo, interviews.bea, {
    monitoring: 4,
    deployment: 4,
    recommendation: 'STRONG_YES',
    drift: { rating: 3, notes: 'Knew PSI, unsure about thresholds', covered: [0] },
  });
  await score(quinn, interviews.bea, { monitoring: 3, deployment: 3, recommendation: 'YES' });
  await score(leo, interviews.cleo, { monitoring: 4, deployment: 4, recommendation: 'STRONG_YES' });
  await score(rita, interviews.cleo, { monitoring: 1, deployment: 1, recommendation: 'STRONG_NO' });
  await score(pia, interviews.dan, { monitoring: 2, deployment: 2, recommendation: 'NO' });
  await score(quinn, interviews.dan, { monitoring: 3, deployment: 2, recommendation: 'YES' });
  return { openingId: opening.id, recruiter, hiringManager, soloInterviewer: rita };
}

const table = (page: Page) => page.locator('.cmp-table');
const rowOrder = (page: Page) => table(page).locator('tbody tr.cmp-row .row-title').allTextContents();
const sortOf = (page: Page, name: RegExp) => table(page).getByRole('columnheader', { name }).getAttribute('aria-sort');

describe('Comparing candidates in Chromium', () => {
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

  test('a recruiter sorts by the calibrated score, compares answers, downloads the CSV and reads the charts', async () => {
    const situation = await arrange('Comparison Recruiter');
    const { page } = await open(situation.recruiter);

    await page.goto(`/openings/${situation.openingId}/pipeline`);
    await page.getByRole('navigation', { name: 'Opening sections' }).getByRole('link', { name: 'Comparison' }).click();
    await page.getByRole('heading', { name: 'Candidates side by side' }).waitFor();
    await table(page).waitFor();

    // The server's order: the raw overall score, best first.
    expect(await rowOrder(page)).toEqual(CANDIDATES);
    expect(await sortOf(page, /^Overall/)).toBe('descending');
    const cleo = table(page).getByRole('row', { name: /Cleo Diaz/ });
    expect(await textOf(cleo)).toContain('panel disagrees');
    expect(await textOf(cleo)).toContain('1 Strong yes, 1 Strong no');
    // Leo's leniency rests on three shared candidates and is removed; the others' on too few, which the cell says.
    expect(await textOf(cleo)).toContain('too few shared candidates');

    await page.getByRole('button', { name: /^Calibrated/ }).click();
    expect(await sortOf(page, /^Calibrated/)).toBe('descending');
    expect(await sortOf(page, /^Overall/)).toBeNull();
    expect(await rowOrder(page)).toEqual(['Ada Byron', 'Bea Carter', 'Dan Evans', 'Cleo Diaz']);
    await page.getByRole('button', { name: /^Calibrated/ }).click();
    expect(await sortOf(page, /^Calibrated/)).toBe('ascending');
    expect(await rowOrder(page)).toEqual(['Cleo Diaz', 'Dan Evans', 'Bea Carter', 'Ada Byron']);

    // The breakdown by round, on demand.
    await page.getByRole('button', { name: 'By round for Ada Byron' }).click();
    await page.getByText('Ada Byron by round · 2 submitted scorecards').waitFor();
    expect(await page.getByRole('button', { name: 'By round for Ada Byron' }).getAttribute('aria-expanded')).toBe('true');

    // Calibration for the hiring team: Leo is lenient, and his offset is removed.
    const calibration = page.getByRole('region', { name: 'Calibration' });
    const leo = calibration.getByRole('row', { name: /Leo Lenient/ });
    await leo.waitFor();
    expect(await textOf(leo)).toMatch(/\+\d\.\d\d lenient.*Removed/);
    expect(await textOf(calibration.getByRole('row', { name: /Rita Strict/ }))).toContain('Not enough shared candidates');
    await calibration
      .getByRole('row', { name: /Overall recommendation/ })
      .getByText(/Low|Acceptable|Not enough data/)
      .waitFor();

    // Both charts draw their bars, each under its name, with the numbers a click away.
    for (const name of ['Candidates against the opening average', 'How overall scores spread']) {
      const chart = page.getByRole('figure', { name });
      await chart.locator('svg .recharts-bar-rectangle path').first().waitFor();
      expect(await chart.locator('svg .recharts-bar-rectangle path').count()).toBeGreaterThan(1);
      await chart.getByText('Show the numbers').click();
      await chart.getByRole('table').waitFor();
    }
    await page.getByRole('figure', { name: 'Candidates against the opening average' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'comparison-charts-1440.png');

    await page.evaluate(() => document.querySelector('#main')?.scrollTo(0, 0));
    await saveScreenshot(page, 'comparison-1440.png');

    // The question grid for two picked candidates.
    await page.getByRole('checkbox', { name: 'Pick Ada Byron' }).check();
    await page.getByRole('checkbox', { name: 'Pick Bea Carter' }).check();
    await page.getByRole('button', { name: 'Compare questions' }).click();
    const grid = page.getByRole('region', { name: 'Question by question' });
    const drift = grid.getByRole('row', { name: /Detecting data drift/ });
    await drift.waitFor();
    expect(await grid.getByRole('columnheader').allTextContents()).toEqual(['Question', 'Ada Byron', 'Bea Carter']);
    const adaCell = drift.getByRole('cell').first();
    expect(await textOf(adaCell)).toContain('Strong yes');
    expect(await textOf(adaCell)).toContain('Explained PSI and KS tests');
    expect(await textOf(adaCell)).toContain('Covered 2 of 3: Population stability index or KS tests; Per-feature baselines');
    expect(await textOf(drift.getByRole('cell').nth(1))).toContain('Knew PSI, unsure about thresholds');
    await saveScreenshot(page, 'comparison-grid-1440.png');

    // The CSV, as the server writes it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('mlops-engineer-comparison.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(header).toContain('Overall score');
    expect(header).toContain('Calibrated score');
    expect(lines).toHaveLength(CANDIDATES.length);
    for (const name of CANDIDATES) expect(csv).toContain(name);
  });

  test('on a phone the table scrolls inside its frame and the page does not', async () => {
    const situation = await arrange('Comparison Phone');
    const { page } = await open(situation.recruiter, PHONE);
    await page.goto(`/openings/${situation.openingId}/comparison`);
    await table(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const frame = page.locator('.cmp-wrap');
    expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await saveScreenshot(page, 'comparison-390.png');

    await page.getByRole('checkbox', { name: 'Pick Ada Byron' }).check();
    await page.getByRole('checkbox', { name: 'Pick Cleo Diaz' }).check();
    await page.getByRole('button', { name: 'Compare questions' }).click();
    await page
      .getByRole('region', { name: 'Question by question' })
      .getByRole('row', { name: /Detecting data drift/ })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await saveScreenshot(page, 'comparison-grid-390.png');
    // The back button closes the grid again.
    await page.goBack();
    await page.getByRole('region', { name: 'Question by question' }).waitFor({ state: 'detached' });
  });

  test('before any scorecard is submitted, the comparison says what will appear there', async () => {
    const admin = await signUpOrganization({ organizationName: 'Comparison Empty', name: 'Imani Okafor', startEmpty: true });
    const recruiter = await addMember(admin, { name: 'Rosa Parks', role: 'RECRUITER' });
    const opening = await createOpening(admin, { title: 'Data Engineer' });
    await createApplications(admin, opening.id, await createCandidates(admin, [{ name: 'Ada Byron' }]));
    const { page } = await open(recruiter);
    await page.goto(`/openings/${opening.id}/comparison`);
    await page.getByText('No submitted scorecards yet').waitFor();
    await page.getByText(/Once panelists submit their scorecards, the candidates appear here side by side/).waitFor();
    await page.getByRole('link', { name: 'Go to the pipeline' }).waitFor();
  });

  test('an interviewer sees only the candidate they interviewed, and no calibration', async () => {
    const situation = await arrange('Comparison Interviewer');
    const { page } = await open(situation.soloInterviewer);
    await page.goto(`/openings/${situation.openingId}/comparison`);
    await page.getByRole('heading', { name: 'Candidate comparison', level: 1 }).waitFor();
    await table(page).waitFor();
    expect(await rowOrder(page)).toEqual(['Cleo Diaz']);
    // The others are not hers to see at all: nothing is "hidden until you submit".
    expect(await page.getByText(/hidden/).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Calibration' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit weights' }).count()).toBe(0);
  });

  test('a hiring manager weighs the categories: uneven weights need a reason, and the scores follow', async () => {
    const situation = await arrange('Comparison Weights');
    const { page } = await open(situation.hiringManager);
    await page.goto(`/openings/${situation.openingId}/comparison`);
    await table(page).waitFor();
    const weights = page.getByRole('region', { name: 'How the overall score is made' });
    await weights.getByRole('button', { name: 'Edit weights' }).click();
    await weights.getByLabel('Monitoring').fill('3');
    await weights.getByRole('button', { name: 'Save weights' }).click();
    const rationale = weights.getByLabel('Why these weights');
    await weights.locator('.field-error').filter({ hasText: 'Say why the categories weigh differently' }).waitFor();
    expect(await rationale.getAttribute('aria-invalid')).toBe('true');

    await rationale.fill('Monitoring is most of the job in the first year');
    await weights.getByRole('button', { name: 'Save weights' }).click();
    await weights.getByText('Why these weights: “Monitoring is most of the job in the first year”').waitFor();
    expect(await textOf(weights.getByRole('row', { name: /Monitoring/ }))).toContain('×3');
    // Dan's Monitoring (2.5) now counts three times his Deployment (2): 2.375 overall.
    expect(await textOf(table(page).getByRole('row', { name: /Dan Evans/ }))).toContain('2.38');
    await table(page)
      .getByRole('columnheader', { name: /Monitoring weight 3/ })
      .waitFor();
  });
});
