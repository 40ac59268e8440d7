import { jest } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, seriousViolations, signIn } from './support/browser.js';
import { startProduct, type Product } from './support/product.js';

/** An INTERNAL demo problem that partner@ is not on. */
const INTERNAL_TITLE = 'Private renters made homeless by no-fault evictions';

jest.setTimeout(120_000);

/** Clicks a checkbox's label, as a person does (the real input is visually hidden inside it). */
async function clickCheckbox(scope: Page | Locator, name: string): Promise<void> {
  const root: Page = 'mainFrame' in scope ? scope : scope.page();
  await scope
    .locator('label')
    .filter({ has: root.getByRole('checkbox', { name, exact: true }) })
    .click();
}

describe('My work, Problems, New problem, People and the palette in Chromium', () => {
  let product: Product;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let internalKey = '';

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    await product.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    // Generous: the machine running the suite may be busy (CI shares its cores).
    page.setDefaultTimeout(30_000);
  });
  afterEach(() => context.close());

  it('shows the lead’s open tasks grouped by due, each linking to its board', async () => {
    await signIn(page, product.url, 'lead@demo.commons');
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    const tasks = page.getByRole('region', { name: 'My tasks' });
    await tasks.getByRole('heading', { level: 3 }).first().waitFor();
    const groups = await tasks.getByRole('heading', { level: 3 }).allTextContents();
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group).toMatch(/^(Overdue|This week|Later|No due date) \(\d+\)$/);
    }
    const href = await tasks.getByRole('link').first().getAttribute('href');
    expect(href).toMatch(/^\/problems\/[A-Z]+-\d+\/board$/);
    await page.getByRole('region', { name: 'My problems' }).getByRole('link').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('creates a problem through "New problem" and lands on it', async () => {
    await signIn(page, product.url, 'lead@demo.commons');
    await page.goto(`${product.url}/problems`);
    await page.getByRole('link', { name: 'New problem' }).click();
    await page.getByRole('heading', { level: 1, name: 'New problem' }).waitFor();

    await page.getByRole('button', { name: 'Create problem' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByRole('link', { name: 'Enter a title for the problem' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Title', { exact: true }).fill('Pavements blocked by e-scooters');
    await page
      .getByRole('textbox', { name: 'Problem statement' })
      .fill('Wheelchair users report **daily** obstructions in the town centre.');
    await page.getByLabel('Geography (optional)').fill('Riverside town centre');
    await clickCheckbox(page, 'Democratic (accountability, openness, participation)');
    await page.getByLabel('Themes (optional)').fill('transport, accessibility');
    await page.getByLabel('Key prefix (optional)').fill('walk');
    await page.getByRole('button', { name: 'Create problem' }).click();

    await page.waitForURL(/\/problems\/WALK-\d+$/);
    await page
      .getByRole('heading', { level: 1, name: /Pavements blocked by e-scooters/ })
      .waitFor();
  });

  it('filters the Problems list in the address; a reload keeps the filter', async () => {
    await signIn(page, product.url, 'lead@demo.commons');
    await page.goto(`${product.url}/problems`);
    await page.getByRole('heading', { level: 2, name: /^\d+ problems?$/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await clickCheckbox(page, 'Active');
    await page.waitForURL(/[?&]status=ACTIVE/);
    await clickCheckbox(page, 'Only problems I am on');
    await page.waitForURL(/mine=1/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Problems' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Active' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Only problems I am on' }).isChecked()).toBe(
      true,
    );
    await page.getByRole('heading', { level: 2, name: /^\d+ problems?$/ }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('status')).toEqual(['ACTIVE']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('mine=1'));
  });

  it('opens the palette with Ctrl+K and jumps to a problem', async () => {
    await signIn(page, product.url, 'lead@demo.commons');
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search and go to' });
    await dialog.waitFor();
    await page.keyboard.type('no-fault evictions');
    await dialog.getByRole('menuitem', { name: new RegExp(INTERNAL_TITLE) }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/problems\/[A-Z]+-\d+$/);
    internalKey = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.getByRole('heading', { level: 1, name: new RegExp(INTERNAL_TITLE) }).waitFor();
  });

  it('hides an INTERNAL problem from a partner: not listed, not in the palette, not found', async () => {
    expect(internalKey).toMatch(/^[A-Z]+-\d+$/);
    await signIn(page, product.url, 'partner@demo.commons');
    await page.goto(`${product.url}/problems?q=evictions`);
    await page.getByText('No problems match these filters.').waitFor();
    expect(await page.getByText(INTERNAL_TITLE).count()).toBe(0);
    // A partner may not create problems.
    expect(await page.getByRole('link', { name: 'New problem' }).count()).toBe(0);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search and go to' });
    await dialog.waitFor();
    await page.keyboard.type('no-fault evictions');
    await dialog.getByText('Nothing matches.').waitFor();
    // Nor does the palette offer to create one.
    await dialog.getByRole('searchbox').fill('New problem');
    await dialog.getByText('Nothing matches.').waitFor();
    expect(await dialog.getByRole('menuitem', { name: /New problem/ }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    await page.goto(`${product.url}/problems/${internalKey}`);
    await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
    expect(await page.getByText(INTERNAL_TITLE).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds people and shows the problems they are on', async () => {
    await signIn(page, product.url, 'lead@demo.commons');
    await page.goto(`${product.url}/people`);
    await page.getByRole('searchbox', { name: 'Search people' }).fill('Jess Morgan');
    await page.waitForURL(/q=Jess/);
    const link = page.getByRole('main').getByRole('link', { name: 'Jess Morgan' });
    await page.getByRole('heading', { level: 2, name: '1 person' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Jess Morgan' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Problems' }).waitFor();
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: /^[A-Z]+-\d+ / })
        .count(),
    ).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('turns single-key shortcuts off, and they stay off after a reload', async () => {
    await signIn(page, product.url, 'lead@demo.commons');
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('p');
    await page.waitForURL(/\/problems$/);

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await clickCheckbox(dialog, 'Use single-key shortcuts');
    expect(
      await dialog.getByRole('checkbox', { name: 'Use single-key shortcuts' }).isChecked(),
    ).toBe(false);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Problems' }).waitFor();
    await page.locator('body').focus();
    await page.keyboard.press('g');
    await page.keyboard.press('u');
    await page.keyboard.press('?');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/problems');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});
