import {
  createMatcher,
  DEFAULT_SETTINGS,
  loadSettings,
  parseKeys,
  saveSettings,
  SEQUENCE_TIMEOUT_MS,
  SHORTCUTS,
  STORAGE_KEY,
  validateKeys,
  type ShortcutId,
} from './shortcut-settings';

function defaults(): Record<ShortcutId, string> {
  return Object.fromEntries(SHORTCUTS.map((s) => [s.id, s.defaultKeys])) as Record<
    ShortcutId,
    string
  >;
}

describe('the shortcut matcher', () => {
  it('runs a two-key sequence and a single key', () => {
    const matcher = createMatcher(DEFAULT_SETTINGS);
    expect(matcher.press('g', 0)).toBeNull();
    expect(matcher.press('p', 100)).toBe('goProblems');
    expect(matcher.press('?', 200)).toBe('showHelp');
    expect(matcher.press('/', 300)).toBe('openPalette');
  });

  it('forgets the first key after a pause, and starts over on a stray key', () => {
    const matcher = createMatcher(DEFAULT_SETTINGS);
    matcher.press('g', 0);
    expect(matcher.press('p', SEQUENCE_TIMEOUT_MS + 1)).toBeNull();
    matcher.press('g', 5000);
    expect(matcher.press('x', 5100)).toBeNull();
    expect(matcher.press('p', 5200)).toBeNull();
    matcher.press('g', 6000);
    expect(matcher.press('g', 6100)).toBeNull();
    expect(matcher.press('u', 6200)).toBe('goPeople');
  });

  it('does nothing when single-key shortcuts are off', () => {
    const matcher = createMatcher({ enabled: false, keys: {} });
    expect(matcher.press('g', 0)).toBeNull();
    expect(matcher.press('p', 10)).toBeNull();
    expect(matcher.press('?', 20)).toBeNull();
  });

  it('follows remapped keys, and the old keys stop working', () => {
    const matcher = createMatcher({ enabled: true, keys: { goProblems: 'x p', showHelp: 'h' } });
    matcher.press('g', 0);
    expect(matcher.press('p', 10)).toBeNull();
    matcher.press('x', 20);
    expect(matcher.press('p', 30)).toBe('goProblems');
    expect(matcher.press('?', 40)).toBeNull();
    expect(matcher.press('h', 50)).toBe('showHelp');
  });
});

describe('remapping', () => {
  it('parses one or two keys', () => {
    expect(parseKeys(' G  P ')).toEqual(['g', 'p']);
    expect(parseKeys('?')).toEqual(['?']);
    expect(parseKeys('')).toBeNull();
    expect(parseKeys('g p q')).toBeNull();
    expect(parseKeys('gp')).toBeNull();
  });

  it('refuses keys that clash or that cannot be typed', () => {
    expect(validateKeys(defaults())).toEqual({});
    const errors = validateKeys({ ...defaults(), goPeople: 'g p', newProblem: 'g', showHelp: '' });
    expect(errors.goPeople).toMatch(/clash/);
    expect(errors.newProblem).toMatch(/clash/);
    expect(errors.showHelp).toMatch(/one or two keys/);
  });
});

describe('stored settings', () => {
  it('round-trips through storage', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => {
        store.set(key, value);
      },
    };
    saveSettings(storage, { enabled: false, keys: { goProblems: 'x p' } });
    expect(loadSettings(storage)).toEqual({ enabled: false, keys: { goProblems: 'x p' } });
  });

  it('falls back to the defaults for missing, broken or clashing settings', () => {
    const from = (value: string | null) => loadSettings({ getItem: () => value });
    expect(from(null)).toEqual(DEFAULT_SETTINGS);
    expect(from('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(from(JSON.stringify({ enabled: true, keys: { goProblems: 'g m' } }))).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(STORAGE_KEY).toBe('commons.shortcuts');
  });
});
