import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, seriousViolations, signIn } from './support/browser.js';
import { startProduct, type Product } from './support/product.js';

/**
 * The problem page in real Chromium over the demo workspace: HOUS-3 (people sleeping rough) is
 * led by lead@ (Amira Haddad); member@ (Tom Fairweather) is a MEMBER on it; outsider@ (Callum
 * Reid, Transport and Highways Department) is not on its team; exec@ is not on it either.
 * The tests run in order: the lead's changes are what the later ones read.
 */
/** Each journey visits several pages and runs axe on each: slower than one page on a busy machine. */
function journey(name: string, fn: () => Promise<void>) {
  it(name, fn, 120_000);
}

describe('the problem page: team, discussion and activity', () => {
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
  afterEach(async () => {
    if (process.env.E2E_DEBUG_DIR) {
      const name = expect.getState().currentTestName?.replace(/\W+/g, '-') ?? 'test';
      await page.screenshot({ path: `${process.env.E2E_DEBUG_DIR}/${name}.png`, fullPage: true });
    }
    await context.close();
  });

  const sections = () => page.getByRole('navigation', { name: 'Problem sections' });

  async function openSection(name: string, heading: string) {
    await sections().getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    expect(
      await sections().getByRole('link', { name, exact: true }).getAttribute('aria-current'),
    ).toBe('page');
  }

  journey(
    'shows the lead the overview with one h1, the sections, the health and an edit control',
    async () => {
      await signIn(page, product.url, 'lead@demo.commons');
      await page.goto(`${product.url}/problems/HOUS-3`);
      await page.getByRole('heading', { level: 2, name: 'The problem' }).waitFor();
      const h1 = page.locator('h1');
      expect(await h1.count()).toBe(1);
      expect(await h1.textContent()).toContain('HOUS-3');
      expect(await h1.textContent()).toContain('People sleeping rough');
      expect(await page.title()).toContain('HOUS-3');
      for (const name of ['Overview', 'Board', 'Outcomes', 'Team', 'Discussion', 'Activity']) {
        await sections().getByRole('link', { name, exact: true }).waitFor();
      }
      expect(
        await sections().getByRole('link', { name: 'Overview' }).getAttribute('aria-current'),
      ).toBe('page');
      await page.getByRole('heading', { level: 2, name: 'Organisations involved' }).waitFor();
      expect(await page.getByText(/^Work is (shared|concentrated)/).count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Edit the problem' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Edit the problem' }).click();
      await page.getByRole('heading', { name: 'Edit the problem' }).waitFor();
      await page.getByLabel('Title', { exact: true }).fill('');
      await page.getByRole('button', { name: 'Save changes' }).click();
      const summary = page.getByTestId('error-summary');
      await summary.getByRole('link', { name: 'Enter a title' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Edit the problem' }).waitFor();
    },
  );

  journey(
    'lets the lead add a person from another organisation, and refuses them twice',
    async () => {
      await signIn(page, product.url, 'lead@demo.commons');
      await page.goto(`${product.url}/problems/HOUS-3`);
      await openSection('Team', 'Team');
      await page.getByRole('heading', { name: 'Add a person to the team' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      async function addCallum() {
        const person = page.getByRole('combobox', { name: 'Person' });
        await person.fill('Callum');
        await page.getByRole('option', { name: /Callum Reid/ }).click();
        await page.getByLabel('Share of their time (%)').fill('20');
        await page.getByRole('button', { name: 'Add to the team' }).click();
      }

      await addCallum();
      const transport = page.getByRole('region', { name: 'Transport and Highways Department' });
      await transport.getByRole('link', { name: 'Callum Reid' }).waitFor();
      expect(await transport.textContent()).toContain('20%');
      // The form is ready for the next person.
      expect(await page.getByRole('combobox', { name: 'Person' }).inputValue()).toBe('');

      await addCallum();
      const summary = page.getByTestId('error-summary');
      await summary.getByText('Callum Reid is already on this team.').waitFor();
      await page.locator('#add-member-person[aria-invalid="true"]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  journey(
    'lets the lead comment with an @mention chosen from the list, and shows it rendered',
    async () => {
      await signIn(page, product.url, 'lead@demo.commons');
      await page.goto(`${product.url}/problems/HOUS-3`);
      await openSection('Discussion', 'Discussion');
      expect(await seriousViolations(page)).toEqual([]);

      const field = page.getByRole('textbox', { name: 'Comment', exact: true });
      await field.click();
      await field.pressSequentially('Welcome @outs');
      const option = page.getByRole('option', { name: /Callum Reid/ });
      await option.waitFor();
      expect(await field.getAttribute('aria-activedescendant')).toBeTruthy();
      await page.keyboard.press('Enter');
      expect(await field.inputValue()).toBe('Welcome @outsider ');
      await field.pressSequentially('— **glad** to have transport on the team.');

      await page.getByRole('tab', { name: 'Preview' }).click();
      await page.getByRole('region', { name: 'Preview of Comment' }).getByText('glad').waitFor();
      await page.getByRole('tab', { name: 'Write' }).click();

      await page.getByRole('button', { name: 'Post comment' }).click();
      const comments = page.getByRole('list', { name: 'Comments' });
      const mine = comments.getByRole('listitem').filter({ hasText: 'to have transport' });
      await mine.getByRole('link', { name: '@Callum Reid' }).waitFor();
      expect(await mine.locator('strong', { hasText: 'glad' }).count()).toBe(1);
      expect(await field.inputValue()).toBe('');
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  journey(
    'shows the activity as readable sentences, newest first, with relative and exact times',
    async () => {
      await signIn(page, product.url, 'lead@demo.commons');
      await page.goto(`${product.url}/problems/HOUS-3`);
      await openSection('Activity', 'Activity');
      const events = page.getByRole('list', { name: 'Activity, newest first' });
      await events.getByText('Amira Haddad commented on').first().waitFor();
      const texts = await events.locator(':scope > li').allTextContents();
      expect(texts[0]).toContain('Amira Haddad commented on');
      expect(
        texts.some((t) => t.includes('Amira Haddad added Callum Reid to HOUS-3 as member (20%)')),
      ).toBe(true);
      const time = events.locator('time').first();
      expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  journey('shows a member without edit rights no edit controls', async () => {
    await signIn(page, product.url, 'member@demo.commons');
    await page.goto(`${product.url}/problems/HOUS-3`);
    await page.getByRole('heading', { level: 2, name: 'The problem' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit the problem' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await openSection('Team', 'Team');
    await page.getByRole('link', { name: 'Callum Reid' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Add a person to the team' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Change/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // A member may comment, but edit or delete only their own comments.
    await openSection('Discussion', 'Discussion');
    await page.getByRole('textbox', { name: 'Comment', exact: true }).waitFor();
    const leads = page
      .getByRole('list', { name: 'Comments' })
      .getByRole('listitem')
      .filter({ hasText: 'to have transport' });
    await leads.waitFor();
    expect(await leads.getByRole('button').count()).toBe(0);
  });

  journey('lets someone outside the team read the discussion but not write in it', async () => {
    await signIn(page, product.url, 'exec@demo.commons');
    await page.goto(`${product.url}/problems/HOUS-3/discussion`);
    await page.getByRole('heading', { level: 2, name: 'Discussion' }).waitFor();
    await page.getByRole('list', { name: 'Comments' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Comment', exact: true }).count()).toBe(0);
    await page.getByText(/can follow the discussion|Only the problem’s team/).waitFor();
    expect(await page.getByRole('button', { name: 'Edit the problem' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
