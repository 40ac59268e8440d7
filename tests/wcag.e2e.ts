import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signIn } from './support/browser.js';
import { startProduct, type Product } from './support/product.js';
import { focusedElementVisibility, TARGET_SELECTOR, undersizedTargets } from './support/wcag.js';

/**
 * WCAG 2.2 AA checks that axe-core cannot make, because they need the laid-out page or the
 * browser's own focus movement: target size (2.5.8), focus not obscured (2.4.11) and status
 * messages reaching the live region (4.1.3), on the pages a signed-in person visits.
 */

const LEAD = 'lead@demo.commons';
const EXEC = 'exec@demo.commons';
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 360, height: 740 };
const VIEWPORTS = [DESKTOP, PHONE];
/**
 * Tabs per page and viewport: half forwards from the top, half backwards from the end. (Each
 * Tab waits for a frame; 40 on 18 page views keeps the file well inside two minutes.)
 */
const TABS = 40;

interface Stop {
  name: string;
  user: string;
  /** Goes to the page and waits until its content (not just its frame) is on screen. */
  open(page: Page, url: string): Promise<void>;
}

const h2 = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 2, name }).first().waitFor();

const STOPS: Stop[] = [
  {
    name: 'My work',
    user: LEAD,
    async open(page, url) {
      await page.goto(`${url}/`);
      await page.getByRole('region', { name: 'My tasks' }).getByRole('link').first().waitFor();
    },
  },
  {
    name: 'Problems',
    user: LEAD,
    async open(page, url) {
      await page.goto(`${url}/problems`);
      await h2(page, /^\d+ problems?$/);
    },
  },
  {
    name: 'Problem overview',
    user: LEAD,
    async open(page, url) {
      await page.goto(`${url}/problems/HOUS-3`);
      await h2(page, 'Organisations involved');
    },
  },
  {
    name: 'Board',
    user: LEAD,
    async open(page, url) {
      await page.goto(`${url}/problems/HOUS-3/board`);
      await page
        .getByRole('grid', { name: /^To do/ })
        .getByRole('row')
        .first()
        .waitFor();
    },
  },
  {
    name: 'Task panel',
    user: LEAD,
    async open(page, url) {
      await page.goto(`${url}/problems/HOUS-3/board?task=1`);
      const dialog = page.getByRole('dialog', { name: 'Edit task' });
      await dialog.getByRole('checkbox').first().waitFor();
      await dialog.getByText('Loading the problem’s tasks…').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'Outcomes',
    user: LEAD,
    async open(page, url) {
      await page.goto(`${url}/problems/HOUS-3/outcomes`);
      await page.locator('figure svg.recharts-surface').first().waitFor();
    },
  },
  {
    name: 'Team',
    user: LEAD,
    async open(page, url) {
      await page.goto(`${url}/problems/HOUS-3/team`);
      await h2(page, 'Team');
      await page.getByRole('main').getByRole('link', { name: 'Tom Fairweather' }).first().waitFor();
    },
  },
  {
    name: 'Discussion',
    user: LEAD,
    async open(page, url) {
      await page.goto(`${url}/problems/HOUS-3/discussion`);
      await h2(page, 'Discussion');
      await page.getByRole('textbox').first().waitFor();
    },
  },
  {
    name: 'People',
    user: LEAD,
    async open(page, url) {
      await page.goto(`${url}/people`);
      await h2(page, /^\d+ (person|people)$/);
    },
  },
  {
    name: 'Portfolio',
    user: EXEC,
    async open(page, url) {
      await page.goto(`${url}/portfolios`);
      const link = page.getByRole('grid', { name: 'Portfolios' }).getByRole('link').first();
      const name = ((await link.textContent()) ?? '').trim();
      await link.click();
      await page.getByRole('grid', { name: `Problems in ${name}` }).waitFor();
    },
  },
];

function stop(name: string): Stop {
  const found = STOPS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No stop named ${name}`);
  return found;
}

describe('WCAG 2.2 checks axe cannot make, in Chromium', () => {
  let product: Product;
  let browser: Browser;
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    await product.stop();
  });

  /**
   * A signed-in page for a person in lane `lane`, kept across tests (signing in is slow). The
   * long checks drive two lanes at once; each has its own context, so its own window: pages of
   * one window take the focus from each other.
   */
  async function pageAs(user: string, lane = 0): Promise<Page> {
    const key = `${user} ${lane}`;
    let context = contexts.get(key);
    if (!context) {
      context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
      contexts.set(key, context);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await signIn(page, product.url, user);
    }
    const [page] = context.pages();
    if (!page) throw new Error(`No page for ${key}`);
    return page;
  }

  it('gives every target at least 24×24 px, or space around it, on every page (2.5.8)', async () => {
    // Two lanes, each taking every other page, at both widths.
    const offenders = await Promise.all(
      [0, 1].map(async (lane) => {
        const found: string[] = [];
        for (const stop of STOPS.filter((_, i) => i % 2 === lane)) {
          const page = await pageAs(stop.user, lane);
          await page.setViewportSize(DESKTOP);
          await stop.open(page, product.url);
          for (const viewport of VIEWPORTS) {
            await page.setViewportSize(viewport);
            await settle(page);
            const { targets, offenders } = await page.evaluate(undersizedTargets, TARGET_SELECTOR);
            // A page with nothing to measure would pass for the wrong reason.
            if (targets < 10)
              found.push(`${stop.name} at ${viewport.width} px: ${targets} targets`);
            for (const offender of offenders) {
              found.push(`${stop.name} at ${viewport.width} px: ${offender}`);
            }
          }
        }
        return found;
      }),
    );
    expect([...new Set(offenders.flat())]).toEqual([]);
  }, 120_000);

  it('measures targets as 2.5.8 says, spacing and sentences included (a control)', async () => {
    const page = await pageAs(LEAD);
    await page.setViewportSize(DESKTOP);
    await stop('Problems').open(page, product.url);
    await page.evaluate(() => {
      // Through the CSSOM: the content security policy rightly refuses inline style sheets.
      const button = (name: string, left: number, top: number) => {
        const element = document.createElement('button');
        element.setAttribute('aria-label', name);
        Object.assign(element.style, {
          position: 'absolute',
          left: `${left}px`,
          top: `${top}px`,
          width: '16px',
          height: '16px',
          minWidth: '0',
          minHeight: '0',
          padding: '0',
        });
        document.body.append(element);
      };
      // In the empty left margin beside the 60rem page (the header's tools, with the bell,
      // now reach across x = 600–720 at the top).
      // Two 16 px buttons 20 px apart (centre to centre): both circles overlap.
      button('Cramped one', 20, 400);
      button('Cramped two', 40, 400);
      // A lone 16 px button with room around it: the spacing exception.
      button('Roomy', 100, 500);
      // A small link in a sentence: the inline exception.
      const sentence = document.createElement('p');
      sentence.append('Read the ', document.createElement('a'), ' before you start.');
      const link = sentence.querySelector('a');
      if (link) {
        link.href = '#guide';
        link.textContent = 'guide';
        link.style.fontSize = '12px';
      }
      document.querySelector('main')?.prepend(sentence);
    });
    const { offenders, excepted } = await page.evaluate(undersizedTargets, TARGET_SELECTOR);
    expect(excepted).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<button> "Roomy": spaced/),
        expect.stringMatching(/<a> "guide": in a sentence/),
      ]),
    );
    expect(offenders).toEqual([
      expect.stringMatching(/"Cramped one" is 16×16 px and too close to <button> "Cramped two"/),
      expect.stringMatching(/"Cramped two" is 16×16 px and too close to <button> "Cramped one"/),
    ]);
  }, 60_000);

  it('never hides the focused element under other content while tabbing (2.4.11)', async () => {
    // One lane per viewport, side by side.
    const hidden = await Promise.all(
      VIEWPORTS.map(async (viewport, lane) => {
        const found: string[] = [];
        for (const stop of STOPS) {
          const page = await pageAs(stop.user, lane);
          await page.setViewportSize(viewport);
          await stop.open(page, product.url);
          for (const line of await tabThrough(page, TABS)) {
            found.push(`${stop.name} at ${viewport.width}×${viewport.height}: ${line}`);
          }
        }
        return found;
      }),
    );
    expect(hidden.flat()).toEqual([]);
    // Generous: the machine running the suite may be busy (CI shares its cores).
  }, 240_000);

  it('would catch a sticky header over the focus (a control for the check above)', async () => {
    const page = await pageAs(LEAD);
    await page.setViewportSize(DESKTOP);
    // A page longer than the screen with controls all the way down, so that tabbing scrolls:
    // HOUS-3's overview no longer scrolls at this size (its last control is in the summary).
    await stop('My work').open(page, product.url);
    // What the header's CSS says not to do: make it sticky.
    // (Through the CSSOM: the content security policy rightly refuses an inline style sheet.)
    await page.evaluate(() => {
      const header = document.querySelector('header');
      header?.style.setProperty('position', 'sticky');
      header?.style.setProperty('top', '0');
      header?.style.setProperty('z-index', '5');
    });
    const underHeader = /hidden under <header[^>]*position=sticky/;
    // Enough presses back from the end to leave its last screenful, however many links My
    // work's recent activity holds there; it stops at the first focus hidden.
    const hidden = await tabThrough(page, TABS * 4, (lines) =>
      lines.some((line) => underHeader.test(line)),
    );
    expect(hidden.join('\n')).toMatch(underHeader);
  }, 60_000);

  it('announces a card moved with the Move to… menu in the polite live region (4.1.3)', async () => {
    const page = await pageAs(LEAD);
    await page.setViewportSize(DESKTOP);
    await page.goto(`${product.url}/problems/HOUS-12/board`);
    const first = page
      .getByRole('grid', { name: /^To do/ })
      .getByRole('row')
      .first();
    await first.waitFor();
    const name = (await first.getAttribute('aria-label')) ?? '';
    await listenToLiveRegion(page);
    await first.getByRole('button', { name: /^Move to…/ }).click();
    await page.getByRole('menuitem', { name: 'Done' }).click();
    await page.getByRole('grid', { name: /^Done/ }).getByRole('row', { name }).first().waitFor();
    const messages = await announced(page, /moved to Done/);
    expect(messages.at(-1)).toMatch(/^HOUS-12 #\d+ moved to Done/);
    await page.waitForLoadState('networkidle');
  }, 60_000);

  it('announces how many problems a filter leaves in the polite live region (4.1.3)', async () => {
    const page = await pageAs(LEAD);
    await page.setViewportSize(DESKTOP);
    await stop('Problems').open(page, product.url);
    await listenToLiveRegion(page);
    await page
      .locator('label')
      .filter({ has: page.getByRole('checkbox', { name: 'Active', exact: true }) })
      .click();
    await page.waitForURL(/[?&]status=ACTIVE/);
    const messages = await announced(page, /^\d+ problems? found$/);
    // What is announced is what the page now says.
    const count = (messages.at(-1) ?? '').replace(/ found$/, '');
    await page.getByRole('heading', { level: 2, name: count, exact: true }).waitFor();
  }, 60_000);
});

/**
 * Records every text the app's polite live region takes from now on (it empties itself before
 * each message). The region must already be in the page: a live region added together with its
 * message is not announced.
 */
async function listenToLiveRegion(page: Page): Promise<void> {
  await page.evaluate(() => {
    const regions = document.querySelectorAll('[role="status"][aria-live="polite"]');
    if (regions.length !== 1) throw new Error(`${regions.length} polite status regions, not 1`);
    const region = regions[0] as HTMLElement;
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => {
      const text = region.textContent.trim();
      if (text) heard.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

/** The messages the live region took since `listenToLiveRegion`, once one matches `pattern`. */
async function announced(page: Page, pattern: RegExp): Promise<string[]> {
  await page.waitForFunction(
    ([source, flags]) =>
      (window as unknown as { heard: string[] }).heard.some((text) =>
        new RegExp(source, flags).test(text),
      ),
    [pattern.source, pattern.flags] as const,
  );
  return page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

/** Two frames: enough for a resize's layout, and for React to render what it changed. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Tabs through the page as someone who has scrolled it: half the tabs forwards from the start
 * of the page after scrolling down a screen, half backwards from its last control after
 * scrolling to the end (backwards is where a sticky header bites: the browser does not scroll
 * an element that is already in the viewport, even under the header). Returns one line per
 * focused element that could not be seen at all.
 */
async function tabThrough(
  page: Page,
  tabs: number,
  enough: (hidden: string[]) => boolean = () => false,
): Promise<string[]> {
  const hidden: string[] = [];
  for (const key of ['Tab', 'Shift+Tab'] as const) {
    if (key === 'Tab') {
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        scrollTo(0, innerHeight);
      });
    } else {
      // Focus the last control (the browser scrolls to it, as for a Tab).
      const found = await page.evaluate(() => {
        scrollTo(0, document.documentElement.scrollHeight);
        const last = [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, input, select, textarea, [tabindex]',
          ),
        ]
          .filter(
            (element) =>
              element.tabIndex >= 0 &&
              !(element as HTMLButtonElement).disabled &&
              !element.closest('[inert]') &&
              element.checkVisibility({ visibilityProperty: true }),
          )
          .at(-1);
        last?.focus();
        return Boolean(last);
      });
      if (!found) continue;
      // Out of the page past its end, as after tabbing through it; Shift+Tab comes back in.
      await page.keyboard.press('Tab');
    }
    let previous = '';
    for (let i = 1; i <= tabs / 2; i++) {
      await page.keyboard.press(key);
      let seen = await page.evaluate(focusedElementVisibility);
      // Give a scroll or a style the app or the browser applies after the focus moved a moment.
      for (const wait of [0, 150]) {
        if (!seen || seen.visible) break;
        await page.waitForTimeout(wait);
        await settle(page);
        seen = await page.evaluate(focusedElementVisibility);
      }
      if (!seen) break;
      // Wrapped round, or stuck: the rest of the page has been seen.
      if (seen.focused === previous) break;
      previous = seen.focused;
      if (!seen.visible) {
        hidden.push(`${key} ${i}: ${seen.focused} hidden under ${seen.coveredBy.join(', ')}`);
        if (enough(hidden)) return hidden;
      }
    }
  }
  return hidden;
}
