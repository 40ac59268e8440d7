import { jest } from '@jest/globals';

type NavigationState = typeof import('./navigation-state');

/** The module as a page loaded on the history entry `state` would see it. */
function loadedOn(state: unknown): NavigationState {
  window.history.replaceState(state, '');
  let module: NavigationState | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    module = require('./navigation-state') as NavigationState;
  });
  if (!module) throw new Error('navigation-state did not load');
  return module;
}

describe('isDocumentLoadLocation', () => {
  afterEach(() => window.history.replaceState(null, ''));

  it('knows a reload by the key React Router left in history.state', () => {
    const { isDocumentLoadLocation } = loadedOn({ usr: null, key: 'k3y4', idx: 2 });
    expect(isDocumentLoadLocation({ key: 'k3y4' })).toBe(true);
    expect(isDocumentLoadLocation({ key: 'default' })).toBe(false);
    expect(isDocumentLoadLocation({ key: 'n3xt' })).toBe(false);
  });

  it("treats a first visit (no state) as React Router's 'default' entry", () => {
    const { isDocumentLoadLocation } = loadedOn(null);
    expect(isDocumentLoadLocation({ key: 'default' })).toBe(true);
    expect(isDocumentLoadLocation({ key: 'k3y4' })).toBe(false);
  });
});

describe('scrollRestorationKey', () => {
  it("gives the first page of a document a key no other document has filed under 'default'", () => {
    const { scrollRestorationKey } = loadedOn(null);
    const key = scrollRestorationKey({ key: 'default' });
    expect(key).toBe(`default@${String(performance.timeOrigin)}`);
  });

  it('keeps the key of every in-app navigation', () => {
    const { scrollRestorationKey } = loadedOn(null);
    expect(scrollRestorationKey({ key: 'k3y4' })).toBe('k3y4');
  });
});
