import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addRound, categories, createCategories, createOpening, createQuestion, signUpOrganization, stageOf } from './support/api';
import { DESKTOP, PHONE, launchBrowser, saveScreenshot } from './support/browser';
import { announced, graphqlResponse, keyboardSensorListening, signedInPage, textOf } from './support/helpers';

/**
 * The loop builder keeps what people chose, against the built production server (global-setup.ts): a question
 * swapped in by hand survives "Re-propose the rest" and a reload; a proposal that cannot match the level's
 * difficulty mix says so; rounds are listed stage by stage and reordered within their stage. Each test signs up an
 * organisation of its own through the API.
 */
const FOCUS = ['Model Deployment and Serving', 'Model Monitoring and Observability'];

async function titlesOf(list: Locator): Promise<string[]> {
  return (await list.locator('.set-row-title').allTextContents()).map((title) => title.trim());
}

describe('The loop builder in Chromium', () => {
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

  async function reproposeKeeping(page: Page, kept: string): Promise<string[]> {
    const list = page.getByRole('list', { name: 'Questions of this round' });
    const proposed = graphqlResponse(page, 'ProposeRoundQuestions');
    await page.getByRole('button', { name: 'Re-propose the rest' }).click();
    await proposed;
    await page.getByText(/^Proposed \d+ questions?, \d+ locked kept/).waitFor({ state: 'attached' });
    const titles = await titlesOf(list);
    expect(titles).toContain(kept);
    expect(await list.getByRole('button', { name: `Lock ${kept}` }).getAttribute('aria-pressed')).toBe('true');
    return titles;
  }

  test('a question swapped in by hand survives “Re-propose the rest” and a reload; its toast never outlives it', async () => {
    const admin = await signUpOrganization({ organizationName: 'Swap Works', name: 'Lena Novak' });
    const bank = await categories(admin);
    const focusCategoryIds = FOCUS.map((name) => bank.find((category) => category.name === name)!.id);
    const opening = await createOpening(admin, { title: 'MLOps engineer' });
    const round = await addRound(admin, opening.id, {
      name: 'Serving deep dive',
      stageId: stageOf(opening, 'Onsite').id,
      durationMinutes: 60,
      focusCategoryIds,
    });
    const opened = await signedInPage(browser, admin, DESKTOP);
    context = opened.context;
    const { page } = opened;

    await page.goto(`/openings/${opening.id}/rounds/${round.id}`);
    await page.getByRole('heading', { name: 'Edit Serving deep dive', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Propose questions' }).click();
    const list = page.getByRole('list', { name: 'Questions of this round' });
    await list.getByRole('listitem').first().waitFor();

    // Swap the second question for the best fit: it comes in locked, and the toast says re-proposing keeps it.
    const swappedOut = (await textOf(list.getByRole('listitem').nth(1).locator('.set-row-title'))).trim();
    await list.getByRole('button', { name: `Swap ${swappedOut}` }).click();
    const swapDialog = page.getByRole('dialog', { name: 'Swap question' });
    const offers = swapDialog.getByRole('list', { name: /best fit first$/ });
    await offers.getByRole('listitem').first().waitFor();
    const swappedIn = (await textOf(offers.getByRole('listitem').first().locator('.picker-item-title'))).replace('Best fit', '').trim();
    await offers.getByRole('button', { name: `Use ${swappedIn}` }).click();
    await swapDialog.waitFor({ state: 'detached' });
    const toast = page.getByRole('status').getByText(`Swapped in “${swappedIn}”, locked: re-proposing keeps it`);
    await toast.waitFor();
    expect(await list.getByRole('button', { name: `Lock ${swappedIn}` }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Re-propose the rest' }).waitFor();

    // Re-proposing keeps it (first, as locked questions go), and takes the swap's toast down with the old proposal.
    const titles = await reproposeKeeping(page, swappedIn);
    expect(titles[0]).toBe(swappedIn);
    expect(await toast.count()).toBe(0);
    await saveScreenshot(page, 'loop-builder-swap-kept-1440.png');

    await page.getByRole('button', { name: 'Save round' }).click();
    await page.waitForURL(/\/openings\/[0-9a-f-]{36}\/loop$/);
    const saved = page.getByRole('list', { name: 'Questions of Serving deep dive' });
    await saved.waitFor();
    expect((await saved.locator('.round-question-title').allTextContents()).map((title) => title.trim())).toEqual(titles);
    expect(
      await page
        .getByRole('status')
        .getByText(/^Swapped in/)
        .count(),
    ).toBe(0);

    // Chosen by hand is saved with the round: after a reload, re-proposing still keeps it.
    await page.goto(`/openings/${opening.id}/rounds/${round.id}`);
    await list.getByRole('listitem').first().waitFor();
    expect(await list.getByRole('button', { name: `Lock ${swappedIn}` }).getAttribute('aria-pressed')).toBe('true');
    await reproposeKeeping(page, swappedIn);
  });

  test('a Senior round of Intermediate-only categories says so; rounds are listed stage by stage and reordered within their stage', async () => {
    const admin = await signUpOrganization({ organizationName: 'Order Works', name: 'Tomas Ruiz', startEmpty: true });
    const { 'Feature stores': featureStores } = await createCategories(admin, ['Feature stores']);
    for (const title of ['Offline and online stores', 'Point-in-time joins', 'Feature freshness']) {
      await createQuestion(admin, { categoryId: featureStores, title });
    }
    const opening = await createOpening(admin, { title: 'Data platform engineer' });
    for (const [name, stage] of [
      ['Systems', 'Onsite'],
      ['Screening call', 'Recruiter screen'],
      ['Coding', 'Onsite'],
    ]) {
      await addRound(admin, opening.id, { name, stageId: stageOf(opening, stage).id, durationMinutes: 45 });
    }
    const opened = await signedInPage(browser, admin, DESKTOP);
    context = opened.context;
    const { page } = opened;

    // Stage by stage, each stage's rounds in order; the only round of a stage has no handle.
    await page.goto(`/openings/${opening.id}/loop`);
    const roundNames = () => page.locator('.round-name').allTextContents();
    await page.getByRole('list', { name: 'Rounds in Onsite' }).waitFor();
    expect(await page.locator('.round-stage-title').allTextContents()).toEqual(['Rounds in Recruiter screen', 'Rounds in Onsite']);
    expect(await roundNames()).toEqual(['Screening call', 'Systems', 'Coding']);
    expect(await page.getByRole('button', { name: /^Reorder Screening call/ }).count()).toBe(0);

    // By keyboard: Coding moves up within Onsite, and the order is saved.
    const handle = page.getByRole('button', { name: 'Reorder Coding within Onsite' });
    await handle.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Reorder Coding within Onsite', pressed: true }).waitFor();
    await keyboardSensorListening(page);
    await page.keyboard.press('ArrowUp');
    await announced(page, 'Coding is over position 1 of 2');
    const reordered = graphqlResponse(page, 'ReorderRounds');
    await page.keyboard.press('Space');
    await announced(page, 'Coding dropped at position 1 of 2');
    expect((await (await reordered).json()).errors).toBeUndefined();
    await page.getByRole('status').getByText('Round order saved').waitFor();
    expect(await roundNames()).toEqual(['Screening call', 'Coding', 'Systems']);
    await saveScreenshot(page, 'loop-stages-1440.png');

    await page.reload();
    await page.getByRole('list', { name: 'Rounds in Onsite' }).waitFor();
    expect(await roundNames()).toEqual(['Screening call', 'Coding', 'Systems']);
    expect(await textOf(page.locator('.round-number').nth(1))).toBe('2');

    // The difficulty mix the categories cannot give (last: the unsaved round would hold the page).
    await page.goto(`/openings/${opening.id}/rounds/new`);
    await page.getByLabel('Name').fill('Feature store design');
    await page.getByRole('radio', { name: 'Senior' }).check();
    await page.getByRole('checkbox', { name: /^Feature stores/ }).check();
    await page.getByRole('button', { name: 'Propose questions' }).click();
    await page.getByText('Senior round: only Intermediate questions in these categories', { exact: true }).waitFor();
    await page.getByText(/Senior round: only Intermediate questions in these categories\.$/).waitFor({ state: 'attached' });
    await saveScreenshot(page, 'loop-builder-mix-warning-1440.png');
    // The warning is about the last proposal: another level takes it down until that level is proposed for.
    await page.getByRole('radio', { name: 'Junior' }).check();
    expect(await page.getByText('Senior round: only Intermediate questions in these categories', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Propose again' }).click();
    await page.getByText('Junior round: only Intermediate questions in these categories', { exact: true }).waitFor();
  });

  test('at 390 px the loop and the mix warning fit without scrolling sideways', async () => {
    const admin = await signUpOrganization({ organizationName: 'Phone Works', name: 'Ada Mensah', startEmpty: true });
    const { 'Feature stores': featureStores } = await createCategories(admin, ['Feature stores']);
    await createQuestion(admin, { categoryId: featureStores, title: 'Point-in-time joins' });
    const opening = await createOpening(admin, { title: 'Data platform engineer' });
    await addRound(admin, opening.id, { name: 'Screening call', stageId: stageOf(opening, 'Recruiter screen').id, durationMinutes: 30 });
    await addRound(admin, opening.id, { name: 'Systems', stageId: stageOf(opening, 'Onsite').id, durationMinutes: 60 });
    await addRound(admin, opening.id, { name: 'Coding', stageId: stageOf(opening, 'Onsite').id, durationMinutes: 60 });
    const opened = await signedInPage(browser, admin, PHONE);
    context = opened.context;
    const { page } = opened;
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    await page.goto(`/openings/${opening.id}/loop`);
    await page.getByRole('list', { name: 'Rounds in Onsite' }).waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'loop-stages-390.png');

    await page.goto(`/openings/${opening.id}/rounds/new`);
    await page.getByRole('radio', { name: 'Senior' }).check();
    await page.getByRole('checkbox', { name: /^Feature stores/ }).check();
    await page.getByRole('button', { name: 'Propose questions' }).click();
    const warning = page.getByText('Senior round: only Intermediate questions in these categories', { exact: true });
    await warning.waitFor();
    await warning.scrollIntoViewIfNeeded();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'loop-builder-mix-warning-390.png');
  });
});
