import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApplications, createCandidates, createOpening, type Member, rejectApplication, signUpOrganization } from './support/api';
import { DESKTOP, launchBrowser, PHONE, saveScreenshot } from './support/browser';
import { signedInPage, textOf } from './support/helpers';

/**
 * Candidates' data protection against the built production server: an admin downloads everything held about a
 * candidate, erases their personal data after typing their name, and sets the organisation's retention period.
 */
describe('Candidate data protection in Chromium', () => {
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

  test('an admin downloads a candidate’s data, then erases it', async () => {
    const admin = await signUpOrganization({ organizationName: 'Privacy Ltd', name: 'Ada Admin', startEmpty: true });
    const opening = await createOpening(admin, { title: 'Data Engineer' });
    const [candidateId] = await createCandidates(admin, [{ name: 'Wanda Erasmus', email: 'wanda.erasmus@example.test' }]);
    const [applicationId] = await createApplications(admin, opening.id, [candidateId]);
    await rejectApplication(admin, applicationId, 'Wanda chose another offer');
    const page = await open(admin);

    await page.goto(`/candidates/${candidateId}`);
    const personal = page.getByRole('region', { name: 'Personal data' });
    await personal.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      personal.getByRole('button', { name: 'Download their data' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`candidate-${candidateId}.json`);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.pipeline.candidate).toMatchObject({ name: 'Wanda Erasmus', email: 'wanda.erasmus@example.test' });
    expect(exported.pipeline.applications[0]).toMatchObject({
      opening: 'Data Engineer',
      status: 'REJECTED',
      outcomeNote: 'Wanda chose another offer',
    });

    await personal.getByRole('button', { name: 'Erase personal data…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase Wanda Erasmus’s personal data?' });
    const confirm = dialog.getByRole('button', { name: 'Erase for good' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Type Wanda Erasmus to confirm').fill('Wanda Erasmus');
    await confirm.click();
    await page.getByRole('heading', { name: 'Erased candidate', level: 1 }).waitFor();
    expect(await textOf(personal)).toMatch(/Erased .*Their scores stay/);
    expect(await personal.getByRole('button', { name: 'Erase personal data…' }).count()).toBe(0);
  });

  test('an admin sets the retention period and sees who is due, on a phone', async () => {
    const admin = await signUpOrganization({ organizationName: 'Retention Ltd', name: 'Ada Admin', startEmpty: true });
    const page = await open(admin, PHONE);

    await page.goto('/settings/outcome-reasons');
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Data retention' }).click();
    await page.waitForURL('**/settings/data-retention');
    await page.getByText('No retention period is set').waitFor();

    await page.getByLabel('Keep candidates’ personal data for').selectOption({ label: '1 year' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Nobody is due').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await saveScreenshot(page, 'data-retention-390.png');
  });
});
