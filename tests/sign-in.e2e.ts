import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, seriousViolations, signIn, DEMO_PASSWORD } from './support/browser.js';
import { startProduct, type Product } from './support/product.js';

describe('signing in to the built product in Chromium', () => {
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
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterEach(() => context.close());

  it('sends a signed-out visitor to the sign-in page, which is accessible', async () => {
    await page.goto(`${product.url}/problems`);
    await page.waitForURL(/\/sign-in/);
    await expectOneH1(page, 'Sign in');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('explains what is wrong with an empty form, with links to the fields', async () => {
    await page.goto(`${product.url}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    await summary.getByRole('link', { name: /email/i }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says plainly when the email or password is not right', async () => {
    await page.goto(`${product.url}/sign-in`);
    await page.getByLabel('Email address').fill('lead@demo.commons');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email address or password is not right.').first().waitFor();
    expect(page.url()).toContain('/sign-in');
  });

  it('accepts a pasted password, signs in, shows the shell, navigates, and signs out', async () => {
    await page.goto(`${product.url}/sign-in`);
    await page.getByLabel('Email address').fill('lead@demo.commons');
    // Paste from the clipboard, as a person or a password manager would (WCAG 2.2 3.3.8).
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: product.url });
    await page.evaluate((text) => navigator.clipboard.writeText(text), DEMO_PASSWORD);
    await page.getByLabel('Password').focus();
    await page.keyboard.press('ControlOrMeta+V');
    expect(await page.getByLabel('Password').inputValue()).toBe(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expect(page.getByText('Amira Haddad').first().isVisible()).resolves.toBe(true);
    await expectOneH1(page, 'My work');
    expect(await seriousViolations(page)).toEqual([]);

    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['My work', 'Problems', 'Portfolios', 'People']) {
      await nav.getByRole('link', { name }).waitFor();
    }
    await nav.getByRole('link', { name: 'Problems' }).click();
    await page.waitForURL(/\/problems$/);
    await expectOneH1(page, 'Problems');
    expect(await nav.getByRole('link', { name: 'Problems' }).getAttribute('aria-current')).toBe(
      'page',
    );
    // Focus moves to the new page's heading, so screen readers announce the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${product.url}/`);
    await page.waitForURL(/\/sign-in/);
  });

  it('offers a skip link as the first thing the keyboard reaches', async () => {
    await signIn(page, product.url, 'member@demo.commons');
    // A fresh load of a workspace page (after an in-app navigation, focus is on the new h1).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    // Wait for the page's links: while it is loading nothing follows the h1, and Tab from a
    // wrongly focused h1 would wrap round to the skip link and pass.
    await page.locator('main a').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent.trim());
    expect(focused).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows a 404 page for an unknown address', async () => {
    await signIn(page, product.url, 'member@demo.commons');
    await page.goto(`${product.url}/no/such/page`);
    await expectOneH1(page, 'Page not found');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

/** Waits for the page's h1 to say `text` (a page renders a moment after its URL changes). */
async function expectOneH1(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
  expect(await page.locator('h1').count()).toBe(1);
}
