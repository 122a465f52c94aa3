import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMember, createOpening, graphqlAs, type Member, setOpeningStatus, signUpOrganization, uniqueEmail } from './support/api';
import { DESKTOP, launchBrowser, PHONE, type Screen, saveScreenshot } from './support/browser';
import { signedInPage, textOf } from './support/helpers';

/**
 * Issue 12 §5: adding a candidate to a draft or closed opening asks first (Cancel changes nothing, Add anyway
 * adds), and a recruiter puts an opening on hold and reopens it from the status control, which says who may
 * change what.
 */
const RULE = 'Hiring managers and admins set any status; recruiters can put an open opening on hold and reopen it.';

async function pipelineCount(admin: Member, openingId: string): Promise<number> {
  const data = await graphqlAs<{ opening: { applicationCounts: { active: number } } }>(
    admin,
    `query ($id: ID!) { opening(id: $id) { applicationCounts { active } } }`,
    { id: openingId },
  );
  return data.opening.applicationCounts.active;
}

describe('Opening status in Chromium', () => {
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

  async function signedIn(member: Member, screen?: Screen): Promise<Page> {
    const opened = await signedInPage(browser, member, screen);
    context = opened.context;
    return opened.page;
  }

  test.each([
    ['DRAFT', 'draft'],
    ['CLOSED', 'closed'],
  ] as const)('adding a candidate to a %s opening warns first: Cancel changes nothing, Add anyway adds', async (status, word) => {
    const admin = await signUpOrganization({ organizationName: 'Warned Works', name: 'Priya Raman' });
    const opening = await createOpening(admin, { title: `A ${word} opening` });
    if (status !== 'DRAFT') await setOpeningStatus(admin, opening.id, status);
    const page = await signedIn(admin);
    await page.goto(`/openings/${opening.id}/pipeline`);
    await page.getByText('No candidates in this pipeline yet').waitFor();

    await page.getByRole('button', { name: 'Add candidate' }).first().click();
    const warning = page.getByRole('dialog', { name: `Add a candidate to a ${word} opening?` });
    await warning.waitFor();
    expect(await textOf(warning)).toContain(`“A ${word} opening” is ${status === 'DRAFT' ? 'still a draft' : 'closed'}`);
    // Cancel has focus: Enter does not add by accident.
    expect(await warning.getByRole('button', { name: 'Cancel' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await saveScreenshot(page, `add-to-${word}-opening-warning-1280.png`);
    await warning.getByRole('button', { name: 'Cancel' }).click();
    await warning.waitFor({ state: 'detached' });
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByText('No candidates in this pipeline yet').waitFor();
    expect(await pipelineCount(admin, opening.id)).toBe(0);

    await page.getByRole('button', { name: 'Add candidate' }).first().click();
    await warning.getByRole('button', { name: 'Add anyway' }).click();
    const dialog = page.getByRole('dialog', { name: `Add a candidate to A ${word} opening` });
    await dialog.getByLabel('Name').fill('Ada Lovelace');
    await dialog.getByLabel('Email').fill(uniqueEmail('Ada Lovelace'));
    await dialog.getByRole('button', { name: 'Add candidate' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('listitem', { name: 'Applied', exact: true }).locator('.board-card', { hasText: 'Ada Lovelace' }).waitFor();
    expect(await pipelineCount(admin, opening.id)).toBe(1);
  });

  test('an open opening takes candidates without asking', async () => {
    const admin = await signUpOrganization({ organizationName: 'Open Works', name: 'Priya Raman' });
    const opening = await createOpening(admin, { title: 'An open opening' });
    await setOpeningStatus(admin, opening.id, 'OPEN');
    const page = await signedIn(admin);
    await page.goto(`/openings/${opening.id}/pipeline`);
    await page.getByRole('button', { name: 'Add candidate' }).first().click();
    await page.getByRole('dialog', { name: 'Add a candidate to An open opening' }).waitFor();
    expect(await page.getByRole('dialog', { name: /opening\?$/ }).count()).toBe(0);
  });

  test.each([
    ['1440', DESKTOP],
    ['390', PHONE],
  ])('at %s px a recruiter puts an opening on hold and reopens it; a closed one is not theirs to change', async (width, screen) => {
    const admin = await signUpOrganization({ organizationName: 'Status Works', name: 'Priya Raman' });
    const recruiter = await addMember(admin, { name: 'Rosa Diaz', role: 'RECRUITER' });
    const opening = await createOpening(admin, { title: 'Senior MLOps engineer' });
    await setOpeningStatus(admin, opening.id, 'OPEN');
    const page = await signedIn(recruiter, screen);
    await page.goto(`/openings/${opening.id}/pipeline`);
    const status = page.getByRole('combobox', { name: 'Status' });
    await status.waitFor();
    // Only what a recruiter may choose from Open, and the rule in words, read with the control.
    expect(await status.locator('option').allTextContents()).toEqual(['Open', 'On hold']);
    expect(await status.getAttribute('aria-describedby')).toBeTruthy();
    expect(await textOf(page.locator(`[id="${await status.getAttribute('aria-describedby')}"]`))).toBe(RULE);
    await saveScreenshot(page, `opening-status-recruiter-${width}.png`);

    await status.selectOption({ label: 'On hold' });
    await page.getByText('“Senior MLOps engineer” is now on hold').waitFor();
    await page.reload();
    await status.waitFor();
    expect(await status.inputValue()).toBe('ON_HOLD');
    expect(await status.locator('option').allTextContents()).toEqual(['Open', 'On hold']);

    await status.selectOption({ label: 'Open' });
    await page.getByText('“Senior MLOps engineer” is now open').waitFor();
    await page.reload();
    await status.waitFor();
    expect(await status.inputValue()).toBe('OPEN');

    await setOpeningStatus(admin, opening.id, 'CLOSED');
    await page.reload();
    await page.getByRole('heading', { name: 'Senior MLOps engineer', level: 1 }).waitFor();
    await page.locator('.opening-status .badge', { hasText: 'Closed' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Status' }).count()).toBe(0);
    await page.getByText(RULE).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await saveScreenshot(page, `opening-status-recruiter-closed-${width}.png`);
  });
});
