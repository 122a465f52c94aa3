import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  addMember,
  createApplications,
  createCandidates,
  createOpening,
  type Member,
  type Opening,
  rejectApplication,
  signUpOrganization,
} from './support/api';
import { launchBrowser, liveFrame } from './support/browser';
import { announced, keyboardSensorListening, signedInPage, textOf } from './support/helpers';

/**
 * Two members of one organisation on one board, each in a browser context of their own, against the built
 * production server (global-setup.ts): what one does shows on the other's board within seconds, applied in place
 * (no navigation, no new board query).
 */
const LIVE_WITHIN_MS = 5_000;

/** A board open in its own context, with what the test checks about it. */
interface OpenBoard {
  context: BrowserContext;
  page: Page;
  /** Board queries the page sent after it was listening for changes. */
  boardQueries: () => number;
}

describe('A live pipeline board in Chromium', () => {
  let browser: Browser;
  let admin: Member;
  let recruiter: Member;
  let opening: Opening;
  let applicationIds: string[];
  const boards: OpenBoard[] = [];

  const column = (page: Page, stage: string) => page.getByRole('listitem', { name: stage, exact: true });
  const card = (page: Page, stage: string, name: string) => column(page, stage).locator('.board-card', { hasText: name });

  /** Opens the board as `member` and waits until the page listens for changes (its first RESYNC) and has settled. */
  async function openBoard(member: Member): Promise<OpenBoard> {
    const { context, page } = await signedInPage(browser, member);
    const listening = liveFrame(page, (payload) => payload.includes('RESYNC'));
    await page.goto(`/openings/${opening.id}/pipeline`);
    await listening;
    await card(page, 'Applied', 'Ada Live').waitFor();
    await page.waitForLoadState('networkidle');
    // Survives only while the page is not loaded again.
    await page.evaluate(() => Object.assign(window, { liveBoardMarker: 'still here' }));
    let queries = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postDataJSON()?.operationName === 'PipelineBoard') queries += 1;
    });
    const board = { context, page, boardQueries: () => queries };
    boards.push(board);
    return board;
  }

  async function expectNotReloaded(board: OpenBoard) {
    expect(await board.page.evaluate(() => (window as unknown as { liveBoardMarker?: string }).liveBoardMarker)).toBe('still here');
    expect(board.boardQueries()).toBe(0);
  }

  beforeAll(async () => {
    admin = await signUpOrganization({ organizationName: 'Live Boards', name: 'Imani Okafor', startEmpty: true });
    recruiter = await addMember(admin, { name: 'Tomás Ruiz', role: 'RECRUITER' });
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    opening = await createOpening(admin, { title: 'Site reliability engineer' });
    const candidateIds = await createCandidates(admin, [{ name: 'Ada Live' }, { name: 'Ben Live' }]);
    applicationIds = await createApplications(admin, opening.id, candidateIds);
  });

  afterEach(async () => {
    await Promise.all(boards.splice(0).map((board) => board.context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a card one member moves with the keyboard moves on the other member’s board, counts and all, without a reload', async () => {
    const mover = await openBoard(admin);
    const watcher = await openBoard(recruiter);

    await column(mover.page, 'Applied').getByRole('button', { name: 'Move Ada Live, now in Applied' }).focus();
    await mover.page.keyboard.press('Space');
    await mover.page.locator('.board-card-handle[aria-pressed="true"]').waitFor();
    await keyboardSensorListening(mover.page);
    await mover.page.keyboard.press('ArrowRight');
    await announced(mover.page, 'Ada Live is over Recruiter screen.');
    await mover.page.keyboard.press('Space');

    await card(watcher.page, 'Recruiter screen', 'Ada Live').waitFor({ timeout: LIVE_WITHIN_MS });
    expect(await card(watcher.page, 'Applied', 'Ada Live').count()).toBe(0);
    expect(await textOf(column(watcher.page, 'Applied').locator('.count'))).toBe('1');
    expect(await textOf(column(watcher.page, 'Recruiter screen').locator('.count'))).toBe('1');
    // The mover's own change comes back to the mover too, and leaves its board as the move made it: one card.
    await card(mover.page, 'Recruiter screen', 'Ada Live').waitFor();
    expect(await mover.page.locator('.board-card', { hasText: 'Ada Live' }).count()).toBe(1);
    await expectNotReloaded(watcher);
    await expectNotReloaded(mover);
  });

  test('a candidate rejected elsewhere leaves both open boards, and the rejected total follows, without a reload', async () => {
    const first = await openBoard(admin);
    const second = await openBoard(recruiter);

    await rejectApplication(admin, applicationIds[1], 'Took another offer before the screen');

    for (const board of [first, second]) {
      await card(board.page, 'Applied', 'Ben Live').waitFor({ state: 'detached', timeout: LIVE_WITHIN_MS });
      expect(await textOf(column(board.page, 'Applied').locator('.count'))).toBe('1');
      await board.page.locator('.board-counts', { hasText: '1 rejected' }).waitFor();
      await card(board.page, 'Applied', 'Ada Live').waitFor();
      await expectNotReloaded(board);
    }
  });
});
