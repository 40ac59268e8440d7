import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, seriousViolations, signIn } from './support/browser.js';
import { startProduct, type Product } from './support/product.js';

/**
 * Notifications in real Chromium over the demo workspace: HOUS-12's team includes lead@ (Amira
 * Haddad) and member@ (Tom Fairweather, handle `member`). The lead mentions the member in the
 * discussion, in one browser context; the member, in another, sees the bell count go up without
 * a reload, and reads it in the inbox. The product starts without SMTP: no email.
 */
/** Clicks a radio's or checkbox's label, as a person does (the real input is hidden inside). */
async function clickLabel(page: Page, role: 'radio' | 'checkbox', name: string): Promise<void> {
  await page
    .locator('label')
    .filter({ has: page.getByRole(role, { name, exact: true }) })
    .click();
}

describe('notifications: the bell, the inbox and the settings', () => {
  let product: Product;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    await product.stop();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    return context.newPage();
  }

  const bell = (page: Page) =>
    page.getByRole('banner').getByRole('link', { name: /^Notifications/ });

  async function unreadCount(page: Page): Promise<number> {
    const name = (await bell(page).textContent()) ?? '';
    return Number(/(\d+) unread/.exec(name)?.[1] ?? '0');
  }

  it('counts a mention live, opens it from the inbox and marks everything read', async () => {
    const member = await newPage();
    const lead = await newPage();
    // The bell's count arrives with its own query, after the shell: read it once it is in.
    const counted = member.waitForResponse(
      (response) => response.request().postData()?.includes('NotificationBell') ?? false,
    );
    await Promise.all([
      signIn(member, product.url, 'member@demo.commons'),
      signIn(lead, product.url, 'lead@demo.commons'),
    ]);
    await counted;
    await bell(member).waitFor();
    const before = await unreadCount(member);

    await lead.goto(`${product.url}/problems/HOUS-12/discussion`);
    const field = lead.getByRole('textbox', { name: 'Comment', exact: true });
    await field.click();
    await field.pressSequentially('Could you check the figures, @memb');
    await lead.getByRole('option', { name: /Tom Fairweather/ }).waitFor();
    await lead.keyboard.press('Enter');
    expect(await field.inputValue()).toBe('Could you check the figures, @member ');
    await field.pressSequentially('before Friday?');
    await lead.getByRole('button', { name: 'Post comment' }).click();
    await lead
      .getByRole('list', { name: 'Comments' })
      .getByRole('listitem')
      .filter({ hasText: 'before Friday?' })
      .waitFor();

    // No reload: the subscription raises the count.
    await member
      .getByRole('banner')
      .getByRole('link', { name: `Notifications, ${String(before + 1)} unread`, exact: true })
      .waitFor({ timeout: 15_000 });

    await bell(member).click();
    await member.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const list = member.getByRole('list', { name: 'Notifications, newest first' });
    const newest = list.getByRole('listitem').first();
    const mention = newest.getByRole('link', { name: /^Amira Haddad mentioned you on HOUS-12/ });
    await mention.waitFor();
    expect(await newest.textContent()).toContain('Unread:');
    expect(await member.locator('h1').count()).toBe(1);
    expect(await seriousViolations(member)).toEqual([]);

    await mention.click();
    await member.getByRole('heading', { level: 2, name: 'Discussion', exact: true }).waitFor();
    expect(new URL(member.url()).pathname).toBe('/problems/HOUS-12/discussion');
    await member
      .getByRole('list', { name: 'Comments' })
      .getByRole('listitem')
      .filter({ hasText: 'before Friday?' })
      .waitFor();
    await member
      .getByRole('banner')
      .getByRole('link', {
        name: before === 0 ? 'Notifications' : `Notifications, ${String(before)} unread`,
        exact: true,
      })
      .waitFor();

    await bell(member).click();
    await member.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await member.getByRole('button', { name: 'Mark all as read' }).click();
    await member
      .getByRole('banner')
      .getByRole('link', { name: 'Notifications', exact: true })
      .waitFor();
    expect(await list.getByText('Unread:').count()).toBe(0);
  }, 120_000);

  it('shows the settings, says this server sends no email, and saves', async () => {
    const page = await newPage();
    await signIn(page, product.url, 'lead@demo.commons');
    // The lead's seeded unread notifications show on the bell.
    await page
      .getByRole('banner')
      .getByRole('link', { name: /^Notifications, \d+ unread$/ })
      .waitFor();

    await page.getByRole('link', { name: 'Notification settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings/notifications');
    await page.getByRole('heading', { level: 2, name: 'This server sends no email' }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await clickLabel(page, 'radio', 'Weekly digest');
    await clickLabel(page, 'checkbox', 'A task assigned to me is no longer blocked');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('main').getByText('Your notification settings are saved.').waitFor();

    await page.reload();
    await page.getByRole('radio', { name: 'Weekly digest' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Weekly digest' }).isChecked()).toBe(true);
    expect(
      await page
        .getByRole('checkbox', { name: 'A task assigned to me is no longer blocked' })
        .isChecked(),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  }, 120_000);
});
