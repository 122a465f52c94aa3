import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createCategories, createQuestion, signUpOrganization } from './support/api';
import { launchBrowser, saveScreenshot } from './support/browser';
import { announced, drag, graphqlResponse, keyboardSensorListening, signedInPage, textOf } from './support/helpers';

/**
 * Managing the bank's categories end to end, against the built production server (global-setup.ts). Each test
 * signs up an organisation of its own (empty bank) through the API with three categories, the first of which
 * holds a question, named and ordered as the test starts from.
 */
describe('Category management in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;

  const manageList = () => page.getByRole('list', { name: 'Categories in order' });
  const managedNames = () => manageList().locator('.category-manage-name').allTextContents();
  /** The sidebar's categories as a reader picks them, without "All questions". */
  const sidebarNames = async () =>
    (await page.getByRole('navigation', { name: 'Categories' }).locator('.category-name').allTextContents()).filter(
      (name) => name !== 'All questions',
    );

  /** Categories in this order, a question in `withQuestion`, and the bank open. */
  async function openBank(names: string[], withQuestion: string) {
    const admin = await signUpOrganization({ organizationName: 'Category Works', name: 'Lin Okafor', startEmpty: true });
    const ids = await createCategories(admin, names);
    await createQuestion(admin, { categoryId: ids[withQuestion], title: 'How do you roll back a bad release?' });
    const opened = await signedInPage(browser, admin);
    context = opened.context;
    page = opened.page;
    await page.waitForURL('**/bank');
    await page.getByRole('button', { name: new RegExp(names[0]) }).waitFor();
  }

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

  test('rename: "Manage categories" edits a category’s name and description in place', async () => {
    await openBank(['Alpha Systems', 'Beta Delivery', 'Gamma Practice'], 'Alpha Systems');
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
    expect(await manageList().getByRole('listitem').first().locator('.category-manage-name').getAttribute('title')).toBe(
      'Running the platform in production',
    );
  });

  test('reorder: dragging a category with the mouse saves the new order, which survives a reload', async () => {
    await openBank(['Alpha Platform', 'Beta Delivery', 'Gamma Practice'], 'Alpha Platform');
    await page.getByRole('button', { name: 'Manage categories' }).click();
    const rows = manageList().getByRole('listitem');
    await drag(page, page.getByRole('button', { name: 'Reorder Gamma Practice' }), rows.first(), 'is over position 1 of 3');
    await page.getByText('Category order saved').waitFor();
    expect(await managedNames()).toEqual(['Gamma Practice', 'Alpha Platform', 'Beta Delivery']);
    await saveScreenshot(page, 'categories.png');

    // The keyboard does the same: Space picks up, arrows move, Space drops, once the first order is saved
    // (the list is busy until then).
    const settled = page.locator('ol[aria-label="Categories in order"]:not([aria-busy])');
    await settled.waitFor();
    await page.getByRole('button', { name: 'Reorder Beta Delivery' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Reorder Beta Delivery', pressed: true }).waitFor();
    await keyboardSensorListening(page);
    await page.keyboard.press('ArrowUp');
    await announced(page, 'Beta Delivery is over position 2 of 3');
    const saved = graphqlResponse(page, 'ReorderCategories');
    await page.keyboard.press('Space');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.category-manage-name')].map((node) => node.textContent).join('|') ===
        'Gamma Practice|Beta Delivery|Alpha Platform',
    );

    await saved;
    await settled.waitFor();
    await page.reload();
    await page.getByRole('button', { name: /Gamma Practice/ }).waitFor();
    expect(await sidebarNames()).toEqual(['Gamma Practice', 'Beta Delivery', 'Alpha Platform']);
  });

  test('delete: a category with questions stays (the server says why); an empty one goes', async () => {
    await openBank(['Gamma Practice', 'Beta Delivery', 'Alpha Platform'], 'Alpha Platform');
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
    await page
      .getByRole('dialog', { name: 'Delete the category “Gamma Practice”' })
      .getByRole('button', { name: 'Delete category' })
      .click();
    await page.getByText('Deleted “Gamma Practice”').waitFor();
    expect(await managedNames()).toEqual(['Beta Delivery', 'Alpha Platform']);

    await page.getByRole('button', { name: 'Done' }).click();
    expect(await sidebarNames()).toEqual(['Beta Delivery', 'Alpha Platform']);
  });
});
