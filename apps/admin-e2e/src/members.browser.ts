import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMember, type Member, signUpOrganization, uniqueEmail } from './support/api';
import { appUrl, DESKTOP, launchBrowser, newPage, PHONE, saveScreenshot, type Screen } from './support/browser';
import { signedInPage, textOf } from './support/helpers';

/**
 * Members and invitations against the built production server (global-setup.ts): an admin invites several people in
 * a row, each named with a role it explains, and copies a pending invitation's link again later; a member opening a
 * page their role may not use gets the same no-access page everywhere, and their navigation does not offer it.
 */

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('Members and invitations in Chromium', () => {
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

  async function open(member: Member, screen: Screen = DESKTOP): Promise<Page> {
    const opened = await signedInPage(browser, member, screen);
    contexts.push(opened.context);
    return opened.page;
  }

  /** What a fresh browser shows for an invitation link: the accept page's heading, or its refusal. */
  async function openInvitation(link: string): Promise<{ heading: string; name: string | null }> {
    const fresh = await newPage(browser);
    contexts.push(fresh.context);
    await fresh.page.goto(link);
    const heading = fresh.page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    await fresh.page
      .getByText(/Choose your name|cannot be used/)
      .first()
      .waitFor();
    const nameField = fresh.page.getByLabel('Your name');
    return { heading: await textOf(heading), name: (await nameField.count()) ? await nameField.inputValue() : null };
  }

  test('copy a pending invitation: an admin invites two people in a row, then copies one link again from the pending list', async () => {
    const admin = await signUpOrganization({ organizationName: 'Invite Works', name: 'Ada Admin', startEmpty: true });
    const page = await open(admin);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl() });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
    await page.getByText('No open invitations').waitFor();

    // The form says what the chosen role can do, and what every role can.
    const form = page.getByRole('region', { name: 'Invite someone' });
    const role = form.getByLabel('Role', { exact: true });
    await role.selectOption({ label: 'Recruiter' });
    // The hint under the select, before the list of every role.
    await form.getByText('Manages candidates and pipelines').first().waitFor();
    await form.getByText('What each role can do').click();
    await form.getByText('Everything, plus members, roles').waitFor();
    expect(await form.getByRole('term').allTextContents()).toEqual(['Admin', 'Hiring manager', 'Recruiter', 'Interviewer']);

    const linEmail = uniqueEmail('Lin Chen');
    await form.getByLabel('Name').fill('Lin Chen');
    await form.getByLabel('Email').fill(linEmail);
    await form.getByRole('button', { name: 'Create invite link' }).click();
    const linLink = await form.getByLabel(`Invite link for ${linEmail}`).inputValue();
    // Ready for the next person straight away, with the role kept.
    expect(await form.getByLabel('Name').evaluate((input) => input === document.activeElement)).toBe(true);
    const samEmail = uniqueEmail('Sam Okafor');
    await form.getByLabel('Name').fill('Sam Okafor');
    await form.getByLabel('Email').fill(samEmail);
    await role.selectOption({ label: 'Interviewer' });
    await form.getByRole('button', { name: 'Create invite link' }).click();
    await form.getByLabel(`Invite link for ${samEmail}`).waitFor();
    // Both links stay on the page.
    expect(await form.getByLabel(`Invite link for ${linEmail}`).inputValue()).toBe(linLink);

    // Both are pending, with their role and when they expire.
    const pending = page.getByRole('region', { name: 'Pending invitations' });
    const lin = pending.getByRole('listitem', { name: 'Lin Chen' });
    const sam = pending.getByRole('listitem', { name: 'Sam Okafor' });
    await sam.waitFor();
    expect(await textOf(lin)).toMatch(
      new RegExp(`^Lin Chen${linEmail.replace(/[.]/g, '\\.')}Recruiter · Expires .+ \\(expires in 14 days\\)`),
    );
    expect(await textOf(sam)).toContain('Interviewer · Expires');

    // The link is not kept, so copying it again makes a new one: the earlier link stops working.
    await lin.getByRole('button', { name: `Copy new link for ${linEmail}` }).click();
    const newLinkField = lin.getByLabel(`Invite link for ${linEmail}`);
    await newLinkField.waitFor();
    const newLink = await newLinkField.inputValue();
    expect(newLink).not.toBe(linLink);
    expect(newLink.startsWith(appUrl('/invite/'))).toBe(true);
    await page.getByRole('status').getByText('New link for Lin Chen copied; the earlier one no longer works').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(newLink);
    await pending.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('.toast'));
    await saveScreenshot(page, 'members-1440.png');

    expect(await openInvitation(newLink)).toEqual({ heading: 'Join Invite Works', name: 'Lin Chen' });
    expect((await openInvitation(linLink)).heading).toBe('This invitation cannot be used');

    // After a reload the pending list still offers both; the links themselves were shown once.
    await page.reload();
    await sam.waitFor();
    expect(await page.getByLabel(/^Invite link for/).count()).toBe(0);
    await sam.getByRole('button', { name: `Revoke invitation for ${samEmail}` }).click();
    await sam.waitFor({ state: 'detached' });
    await lin.waitFor();
  });

  test('at 390 px the members page, its form and a new link fit the screen', async () => {
    const admin = await signUpOrganization({ organizationName: 'Phone Invite Works', name: 'Ada Admin', startEmpty: true });
    await addMember(admin, { name: 'Grace Hopper', role: 'HIRING_MANAGER' });
    const page = await open(admin, PHONE);
    await page.goto('/members');
    await page.getByRole('cell', { name: /Grace Hopper/ }).waitFor();
    const form = page.getByRole('region', { name: 'Invite someone' });
    const email = uniqueEmail('Katherine Johnson');
    await form.getByLabel('Name').fill('Katherine Johnson');
    await form.getByLabel('Email').fill(email);
    await form.getByRole('button', { name: 'Create invite link' }).click();
    await form.getByLabel(`Invite link for ${email}`).waitFor();
    const pending = page.getByRole('region', { name: 'Pending invitations' }).getByRole('listitem', { name: 'Katherine Johnson' });
    await pending.waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.setViewportSize({ width: 360, height: PHONE.height });
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await pending.getByRole('button', { name: `Copy new link for ${email}` }).click();
    await pending.getByLabel(`Invite link for ${email}`).waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await pending.scrollIntoViewIfNeeded();
    // The confirmations go by themselves; the screenshot shows what they covered.
    await page.waitForFunction(() => !document.querySelector('.toast'));
    await saveScreenshot(page, 'members-390.png');
  });

  test('an interviewer opening /members sees the no-access page, and the navigation does not list it', async () => {
    const admin = await signUpOrganization({ organizationName: 'Access Works', name: 'Ada Admin', startEmpty: true });
    const interviewer = await addMember(admin, { name: 'Charles Boyle', role: 'INTERVIEWER' });
    const page = await open(interviewer, PHONE);
    await page.getByRole('heading', { name: 'My interviews', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'My interviews' }).waitFor();
    expect((await nav.getByRole('link').allTextContents()).map((text) => text.trim())).toEqual([
      'Question bank',
      'Question sets',
      'My interviews',
      'Import & export',
    ]);
    await page.keyboard.press('Escape');

    // The same page for every page the role may not use, whether it lists people, openings or candidates.
    for (const [path, section] of [
      ['/members', 'Members'],
      ['/openings', 'Openings'],
      ['/candidates', 'Candidates'],
      ['/settings/audit-log', 'Settings'],
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { name: 'You don’t have access to this page', level: 1 }).waitFor();
      expect(page.url()).toBe(appUrl(path));
      await page.getByText(`${section} is not open to the interviewer role in Access Works.`).waitFor();
      expect(await page.getByRole('cell', { name: /Ada Admin/ }).count()).toBe(0);
      expect(await page.title()).toBe('No access · Panelist');
    }
    expect(await noHorizontalScroll(page)).toBe(true);
    await saveScreenshot(page, 'no-access-390.png');
    await page.getByRole('link', { name: 'Go to My interviews' }).click();
    await page.getByRole('heading', { name: 'My interviews', level: 1 }).waitFor();

    // What the navigation offers opens.
    await page.goto('/bank');
    await page.getByRole('heading', { name: 'Question bank', level: 1 }).waitFor();
  });

  test('a recruiter reads the member list but gets the no-access page for the settings', async () => {
    const admin = await signUpOrganization({ organizationName: 'Team Works', name: 'Ada Admin', startEmpty: true });
    const recruiter = await addMember(admin, { name: 'Rosa Parks', role: 'RECRUITER' });
    const page = await open(recruiter);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('cell', { name: /Ada Admin/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Create invite link' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await page.goto('/settings/outcome-reasons');
    await page.getByRole('heading', { name: 'You don’t have access to this page', level: 1 }).waitFor();
    await page.getByText('Settings is not open to the recruiter role in Team Works.').waitFor();
  });
});
