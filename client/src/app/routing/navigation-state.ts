import type { Location } from 'react-router';

/**
 * Navigation state that keeps focus where it is on arrival. Used by redirects the user did not
 * ask for (a signed-out visitor sent to /sign-in on first load): their focus should start at the
 * top of the document, where the skip link is.
 */
export const PRESERVE_FOCUS = { preserveFocus: true } as const;

export function preservesFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'preserveFocus' in state;
}

/**
 * The history entry this document was loaded on. React Router keeps its location key in
 * `history.state`, so a reload or Back into the app from another site comes back with the key of
 * the navigation that made the entry, not `'default'`: comparing with `'default'` would treat a
 * reload as an in-app navigation and take focus from the skip link.
 */
const documentLoadKey = historyKey(typeof window === 'undefined' ? null : window.history.state);

function historyKey(state: unknown): string {
  if (
    typeof state === 'object' &&
    state !== null &&
    'key' in state &&
    typeof state.key === 'string'
  )
    return state.key;
  return 'default';
}

/** True for the location the page was (re)loaded on; false after any in-app navigation. */
export function isDocumentLoadLocation(location: Pick<Location, 'key'>): boolean {
  return location.key === documentLoadKey;
}

/**
 * The key `<ScrollRestoration getKey>` files a location's scroll position under. React Router
 * files the first page of every document under `'default'`, whichever page it is, and restores it
 * when the document starts, late: with the router's low-priority update, which on a slow machine
 * lands seconds after the person has started moving through the page (the focused card then sat
 * far off screen; tests/wcag.e2e.ts), and on a page loaded afresh with the place of an earlier page
 * of the tab. A document's first page gets a key of its own, so there is nothing to restore at
 * start (a reload starts at the top: its content comes from the network, after the restoration
 * would have run anyway); Back and Forward within the app restore as React Router does.
 */
export function scrollRestorationKey(location: Pick<Location, 'key'>): string {
  return location.key === 'default' ? `default@${documentId}` : location.key;
}

/** Unique to this document: when it began loading. */
const documentId = typeof performance === 'undefined' ? 0 : performance.timeOrigin;

/** `/sign-in?next=<where the visitor wanted to go>` */
export function signInPathFor(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const next = `${location.pathname}${location.search}${location.hash}`;
  return `/sign-in?next=${encodeURIComponent(next)}`;
}

/**
 * The `next` parameter, if it is a path on this site; `/` otherwise. Refuses absolute and
 * protocol-relative URLs (`//evil.example`, `/\evil.example`) so sign-in can't be used to send
 * people elsewhere, and the sign-in page itself (no loops).
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (hasControlCharacter(next)) return '/';
  try {
    const url = new URL(next, 'https://commons.invalid');
    if (url.origin !== 'https://commons.invalid' || url.pathname === '/sign-in') return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** Tabs and newlines vanish when a URL is parsed: `/\t/evil.example` would become `//evil.example`. */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) < 0x20 || text.charCodeAt(index) === 0x7f) return true;
  }
  return false;
}
