import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, newPage, saveScreenshot } from './support/browser';
import { drag, gql, signIn, signUpOrganization, textOf } from './support/helpers';

/**
 * Managing the bank's categories end to end, against the built production server (global-setup.ts).
 * The file signs up an organisation of its own (empty bank) through the API, so it does not depend on other test
 * files: three categories, one of which holds a question. Every later step builds on the one before.
 */
const run = randomBytes(3).toString('hex');
const admin = { name: 'Lin Okafor', email: `lin-${run}@categories.test` };

describe('Category management in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const manageList = () => page.getByRole('list', { name: 'Categories in order' });
  const managedNames = () => manageList().locator('.category-manage-name').allTextContents();
  /** The sidebar's categories as a reader picks them, without "All questions". */
  const sidebarNames = async () => (await page.getByRole('navigation', { name: 'Categories' }).locator('.category-name').allTextContents()).filter((name) => name !== 'All questions');

  beforeAll(async () => {
    const token = await signUpOrganization({ organizationName: `Category Works ${run}`, name: admin.name, email: admin.email, startEmpty: true });
    const ids: Record<string, string> = {};
    for (const name of ['Alpha Systems', 'Beta Delivery', 'Gamma Practice']) {
      const created = await gql<{ createCategory: { id: string } }>(`mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`, { input: { name } }, token);
      ids[name] = created.createCategory.id;
    }
    await gql(`mutation ($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`, { input: { categoryId: ids['Alpha Systems'], title: 'How do you roll back a bad release?' } }, token);

    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
    await signIn(page, admin.email);
    await page.waitForURL('**/bank');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test('rename: "Manage categories" edits a category’s name and description in place', async () => {
    await page.getByRole('button', { name: /Alpha Systems/ }).waitFor();
    expect(await sidebarNames()).toEqual(['Alpha Systems', 'Beta Delivery', 'Gamma Practice']);

    await page.getByRole('button', { name: 'Manage categories' }).click();
    await manageList().waitFor();
    await page.getByRole('button', { name: 'Edit Alpha Systems' }).click();
    const form = page.getByRole('form', { name: 'Edit Alpha Systems' });
    expect(await form.getByLabel('Category name').evaluate((input) => input === document.activeElement)).toBe(true);
    await form.getByLabel('Category name').fill('Alpha Platform');
    await form.getByLabel('Description').fill('Running the platform in production');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Category saved').waitFor();
    expect(await managedNames()).toEqual(['Alpha Platform', 'Beta Delivery', 'Gamma Practice']);
    expect(await manageList().getByRole('listitem').first().locator('.category-manage-name').getAttribute('title')).toBe('Running the platform in production');
  });

  test('reorder: dragging a category with the mouse saves the new order, which survives a reload', async () => {
    const rows = manageList().getByRole('listitem');
    await drag(page, page.getByRole('button', { name: 'Reorder Gamma Practice' }), rows.first());
    await page.getByText('Category order saved').waitFor();
    expect(await managedNames()).toEqual(['Gamma Practice', 'Alpha Platform', 'Beta Delivery']);
    await saveScreenshot(page, 'categories.png');

    // The keyboard does the same: Space picks up, arrows move, Space drops. Let the saved order's refetch
    // settle first, so the list is not re-rendered under the keyboard drag.
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Reorder Beta Delivery' }).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => [...document.querySelectorAll('.category-manage-name')].map((node) => node.textContent).join('|') === 'Gamma Practice|Beta Delivery|Alpha Platform');

    await page.waitForTimeout(300);
    await page.reload();
    await page.getByRole('button', { name: /Gamma Practice/ }).waitFor();
    expect(await sidebarNames()).toEqual(['Gamma Practice', 'Beta Delivery', 'Alpha Platform']);
  });

  test('delete: a category with questions stays (the server says why); an empty one goes', async () => {
    await page.getByRole('button', { name: 'Manage categories' }).click();
    await page.getByRole('button', { name: 'Delete Alpha Platform' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the category “Alpha Platform”' });
    await dialog.getByRole('button', { name: 'Delete category' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await textOf(alert)).toMatch(/The category was not deleted/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Delete Gamma Practice' }).click();
    await page.getByRole('dialog', { name: 'Delete the category “Gamma Practice”' }).getByRole('button', { name: 'Delete category' }).click();
    await page.getByText('Deleted “Gamma Practice”').waitFor();
    expect(await managedNames()).toEqual(['Beta Delivery', 'Alpha Platform']);

    await page.getByRole('button', { name: 'Done' }).click();
    expect(await sidebarNames()).toEqual(['Beta Delivery', 'Alpha Platform']);
  });
});
