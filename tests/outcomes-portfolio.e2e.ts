import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, seriousViolations, signIn } from './support/browser.js';
import { startProduct, type Product } from './support/product.js';

describe('outcomes and portfolios in the built product, in Chromium', () => {
  let product: Product;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    await product.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  it('lets a team member record a measurement and see the outcome’s health and progress change', async () => {
    await signIn(page, product.url, 'member@demo.commons');
    await page.goto(`${product.url}/problems/HOUS-3/outcomes`);
    const card = page.getByRole('article', { name: 'People sleeping rough on a typical night' });
    const headline = card.getByTestId('outcome-headline');
    await headline.waitFor();
    // The chart (its own lazily loaded chunk) and its table.
    await card.locator('figure svg.recharts-surface').first().waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    const before = (await headline.textContent()) ?? '';
    expect(before).toMatch(/% of the way from 48 to 15 people, \d+% of the time elapsed\.$/);

    await card.getByRole('button', { name: /Record a measurement/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a measurement' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The target reached: the outcome is achieved, whatever it was before.
    await dialog.getByLabel('Value (people)').fill('12');
    await dialog.getByLabel(/Note/).fill('Recorded by the end-to-end test');
    await dialog.getByRole('button', { name: 'Record measurement' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="outcome-headline"]')?.textContent !== text,
      before,
    );
    expect(await headline.textContent()).toMatch(
      /^Achieved: 1\d\d% of the way from 48 to 15 people/,
    );
    await card.getByText('Measurements as a table').click();
    await card.getByRole('gridcell', { name: 'Recorded by the end-to-end test' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 150_000);

  it('lets an executive open a portfolio, sort its problems and download them as CSV', async () => {
    await signIn(page, product.url, 'exec@demo.commons');
    await page.goto(`${product.url}/portfolios`);
    await page.locator('h1', { hasText: 'Portfolios' }).waitFor();
    const list = page.getByRole('grid', { name: 'Portfolios' });
    await list.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const link = list
      .getByRole('link')
      .filter({ hasText: /Streets/ })
      .first();
    const name = ((await link.textContent()) ?? '').trim();
    await link.click();
    await page.locator('h1', { hasText: name }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    const table = page.getByRole('grid', { name: `Problems in ${name}` });
    await table.waitFor();
    await page.getByRole('heading', { level: 2, name: 'Disconnected work' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Sort by key, then the other way.
    const header = table.getByRole('columnheader', { name: /Problem/ });
    await header.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const keys = async () =>
      (await table.getByRole('rowheader').allTextContents()).map(
        (t) => t.trim().split(' ')[0] ?? '',
      );
    const ascending = await keys();
    expect(ascending.length).toBeGreaterThan(1);
    expect([...ascending].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))).toEqual(
      ascending,
    );
    await header.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await keys()).toEqual([...ascending].reverse());

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('resilient-streets-and-places.csv');
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^Key,Title,Status,Outcomes on track,/);
    // Rows in the order shown: descending by key.
    expect(lines[1]?.startsWith(`${ascending.at(-1) ?? ''},`)).toBe(true);
    expect(csv).toContain(`${ascending[0] ?? ''},`);
  }, 150_000);
});
