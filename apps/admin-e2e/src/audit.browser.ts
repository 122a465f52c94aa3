import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMember, createCandidates, createCategories, graphqlAs as gql, type Member, signUpOrganization } from './support/api';
import { checkAccessibility } from './support/accessibility';
import { DESKTOP, launchBrowser, PHONE } from './support/browser';
import { signedInPage, textOf } from './support/helpers';

/**
 * The audit log against the built production server (global-setup.ts): an admin reads who changed what, narrows the
 * list by record type and by member, sees a change's fields before and after, and downloads the CSV; the page fits a
 * phone.
 */

interface Situation {
  admin: Member;
  recruiter: Member;
  candidateId: string;
}

/** An admin who made a category, and a recruiter who added Grace Hopper and then corrected her name. */
async function arrange(organizationName: string): Promise<Situation> {
  const admin = await signUpOrganization({ organizationName, name: 'Imani Okafor', startEmpty: true });
  const recruiter = await addMember(admin, { name: 'Rosa Parks', role: 'RECRUITER' });
  await createCategories(admin, ['Monitoring']);
  const [candidateId] = await createCandidates(recruiter, [{ name: 'Grace Hoper', email: `grace.${Date.now()}@example.test` }]);
  const { candidate } = await gql<{ candidate: { email: string } }>(recruiter, `query ($id: ID!) { candidate(id: $id) { email } }`, {
    id: candidateId,
  });
  await gql(recruiter, `mutation ($id: ID!, $input: CandidateInput!) { updateCandidate(id: $id, input: $input) { id } }`, {
    id: candidateId,
    input: { name: 'Grace Hopper', email: candidate.email },
  });
  return { admin, recruiter, candidateId };
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('Audit log in Chromium', () => {
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

  test('an admin filters the changes, reads a change before and after, and downloads the CSV', async () => {
    const { admin, candidateId } = await arrange('Audit Desktop');
    const page = await open(admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL('**/settings/audit-log');
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();

    const changes = page.getByRole('list', { name: 'Recorded changes, newest first' });
    // Newest first: the recruiter's correction of the name.
    const newest = changes.getByRole('listitem').first();
    await newest.waitFor();
    expect(await textOf(newest.locator('.audit-event-summary'))).toBe('Rosa Parks updated Candidate');
    const cells = await newest.getByRole('row', { name: /^name/ }).locator('th, td').allInnerTexts();
    expect(cells).toEqual(['name', 'Grace Hoper', 'Grace Hopper']);
    expect(await textOf(page.locator('.audit-log-head .count'))).toMatch(/^\d+$/);

    // By record type: the candidate's two changes only.
    await page.getByLabel('Record type').selectOption({ label: 'Candidate' });
    await page.locator('.audit-log-head .count').filter({ hasText: /^2$/ }).waitFor();
    expect(await changes.getByRole('listitem').locator('.audit-event-summary').allInnerTexts()).toEqual([
      'Rosa Parks updated Candidate',
      'Rosa Parks created Candidate',
    ]);
    await checkAccessibility(page);

    // By member: the admin made no change to a candidate.
    await page.getByLabel('Changed by').selectOption({ label: 'Imani Okafor' });
    await page.getByText('No changes match').waitFor();
    await page.getByLabel('Changed by').selectOption({ label: 'Anyone' });
    await page.getByLabel('Record type').selectOption({ label: 'Any' });

    // By record: the candidate's id.
    await page.getByLabel('Record id').fill(candidateId);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('.audit-log-head .count').filter({ hasText: /^2$/ }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('At,Actor id,Actor,Actor email,Action,Entity type,Entity id,Before,After,Instance');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',Rosa Parks,');
    expect(lines[1]).toContain(`,UPDATED,CANDIDATE,${candidateId},`);
  });

  test('fits a phone, and only admins reach it', async () => {
    const { admin, recruiter } = await arrange('Audit Phone');
    const page = await open(admin, PHONE);
    await page.goto('/settings/audit-log');
    await page.getByRole('list', { name: 'Recorded changes, newest first' }).getByRole('listitem').first().waitFor();
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await checkAccessibility(page);

    const other = await open(recruiter);
    await other.goto('/settings/audit-log');
    await other.getByRole('heading', { name: 'You don’t have access to this page', level: 1 }).waitFor();
    expect(await other.getByRole('list', { name: 'Recorded changes, newest first' }).count()).toBe(0);
  });
});
