import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createApplications,
  createCandidates,
  createOpening,
  type Member,
  moveApplication,
  setOpeningStatus,
  signUpOrganization,
  stageOf,
} from './support/api';
import { launchBrowser, PHONE, type Screen, saveScreenshot } from './support/browser';
import { signedInPage } from './support/helpers';

/**
 * Issue 12 §5: a candidate's page (and the other pages reached from several places) links back to the page it was
 * opened from, as it was: the board with its filter and its stages scrolled where they were, the candidates list
 * with its search; opened directly, to the candidates list.
 */
const OPENING = 'Senior MLOps engineer';

describe('Back links in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let admin: Member;
  let openingId: string;
  let adaId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signUpOrganization({ organizationName: 'Back Link Works', name: 'Priya Raman' });
    const opening = await createOpening(admin, { title: OPENING });
    openingId = opening.id;
    await setOpeningStatus(admin, opening.id, 'OPEN');
    const ids = await createCandidates(admin, [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }, { name: 'Alan Turing' }]);
    [adaId] = ids;
    const applications = await createApplications(admin, opening.id, ids);
    // Ada sits in the last stage but one, off a phone's screen until the stages are scrolled.
    await moveApplication(admin, applications[0], stageOf(opening, 'Offer').id);
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function signedIn(member: Member, screen?: Screen): Promise<Page> {
    const opened = await signedInPage(browser, member, screen);
    context = opened.context;
    return opened.page;
  }

  const boardScroll = (page: Page) => page.locator('.board').evaluate((board) => board.scrollLeft);

  test('from the board: back to the board with its filter and its stages scrolled as they were, through a debrief and back', async () => {
    const page = await signedIn(admin, PHONE);
    await page.goto(`/openings/${openingId}/pipeline`);
    await page.getByRole('listitem', { name: 'Applied', exact: true }).locator('.board-card').first().waitFor();
    await page.getByLabel('Filter candidates by name or email').fill('Ada');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Ada');
    const card = page.getByRole('listitem', { name: 'Offer', exact: true }).locator('.board-card', { hasText: 'Ada Lovelace' });
    await card.waitFor();
    await page.getByText('1 match').waitFor();
    await card.scrollIntoViewIfNeeded();
    const scrolled = await boardScroll(page);
    expect(scrolled).toBeGreaterThan(0);

    await card.getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }).waitFor();
    const back = page.getByRole('link', { name: `← ${OPENING}` });
    await saveScreenshot(page, 'candidate-from-board-390.png');

    // Through the debrief and back: each page links back to the one before, and the candidate's page still to the board.
    await page.getByRole('link', { name: `Debrief for ${OPENING}` }).click();
    await page.getByRole('heading', { name: 'Debrief: Ada Lovelace', level: 1 }).waitFor();
    await page.getByRole('link', { name: '← Ada Lovelace' }).click();
    await page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }).waitFor();

    await back.click();
    await page.waitForURL((url) => url.pathname === `/openings/${openingId}/pipeline` && url.searchParams.get('q') === 'Ada');
    expect(await page.getByLabel('Filter candidates by name or email').inputValue()).toBe('Ada');
    await card.waitFor();
    await page.getByText('1 match').waitFor();
    await page.waitForFunction((left) => document.querySelector('.board')?.scrollLeft === left, scrolled);
  });

  test('a fresh visit to the board starts at the first stage', async () => {
    const page = await signedIn(admin, PHONE);
    await page.goto(`/openings/${openingId}/pipeline`);
    const card = page.getByRole('listitem', { name: 'Offer', exact: true }).locator('.board-card', { hasText: 'Ada Lovelace' });
    await card.scrollIntoViewIfNeeded();
    expect(await boardScroll(page)).toBeGreaterThan(0);
    await page.goto(`/openings/${openingId}/pipeline`);
    await card.waitFor();
    expect(await boardScroll(page)).toBe(0);
  });

  test('from the candidates list with a search: back to the list with that search', async () => {
    const page = await signedIn(admin);
    await page.goto('/candidates');
    await page.getByLabel('Search candidates by name or email').fill('Grace');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Grace');
    await page.getByText('1 candidate match “Grace”').waitFor();
    await page.getByRole('link', { name: 'Grace Hopper' }).click();
    await page.getByRole('heading', { name: 'Grace Hopper', level: 1 }).waitFor();

    await page.getByRole('link', { name: '← Candidates' }).click();
    await page.waitForURL((url) => url.pathname === '/candidates' && url.searchParams.get('q') === 'Grace');
    expect(await page.getByLabel('Search candidates by name or email').inputValue()).toBe('Grace');
    await page.getByText('1 candidate match “Grace”').waitFor();
    expect(await page.getByRole('link', { name: 'Ada Lovelace' }).count()).toBe(0);
  });

  test('opened directly: back to all candidates', async () => {
    const page = await signedIn(admin);
    await page.goto(`/candidates/${adaId}`);
    await page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }).waitFor();
    const back = page.getByRole('link', { name: '← Candidates' });
    expect(await back.getAttribute('href')).toBe('/candidates');
    await back.click();
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('');
  });
});
