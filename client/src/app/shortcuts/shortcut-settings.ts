/**
 * The workspace's keyboard shortcuts and the person's settings for them. Single-character
 * shortcuts can be turned off or remapped (WCAG 2.1.4 Character Key Shortcuts): speech-input
 * users would otherwise trigger them by talking. The settings live in this browser's
 * localStorage. Ctrl+K / ⌘K (the palette) uses a modifier and stays on.
 */
export type ShortcutId =
  | 'openPalette'
  | 'showHelp'
  | 'goMyWork'
  | 'goProblems'
  | 'goPortfolios'
  | 'goPeople'
  | 'newProblem';

export interface ShortcutDefinition {
  id: ShortcutId;
  label: string;
  /** Keys pressed one after the other, separated by spaces: `g p`. */
  defaultKeys: string;
  /** Where it goes, for navigation shortcuts. */
  path?: string;
}

export const SHORTCUTS: readonly ShortcutDefinition[] = [
  { id: 'openPalette', label: 'Search and go to anything', defaultKeys: '/' },
  { id: 'showHelp', label: 'Show keyboard shortcuts', defaultKeys: '?' },
  { id: 'goMyWork', label: 'Go to My work', defaultKeys: 'g m', path: '/' },
  { id: 'goProblems', label: 'Go to Problems', defaultKeys: 'g p', path: '/problems' },
  { id: 'goPortfolios', label: 'Go to Portfolios', defaultKeys: 'g o', path: '/portfolios' },
  { id: 'goPeople', label: 'Go to People', defaultKeys: 'g u', path: '/people' },
  { id: 'newProblem', label: 'New problem', defaultKeys: 'n p', path: '/problems/new' },
];

export interface ShortcutSettings {
  /** False: no single-key shortcut does anything (the default is on). */
  enabled: boolean;
  /** Remapped keys, by shortcut; absent ones use their defaults. */
  keys: Partial<Record<ShortcutId, string>>;
}

export const DEFAULT_SETTINGS: ShortcutSettings = { enabled: true, keys: {} };
export const STORAGE_KEY = 'commons.shortcuts';

export function keysOf(settings: ShortcutSettings, id: ShortcutId): string {
  const definition = SHORTCUTS.find((shortcut) => shortcut.id === id);
  return settings.keys[id] ?? definition?.defaultKeys ?? '';
}

/** `" G  P "` → `['g', 'p']`; null when not one or two single printable characters. */
export function parseKeys(text: string): string[] | null {
  const keys = text.trim().split(/\s+/).filter(Boolean);
  if (keys.length < 1 || keys.length > 2) return null;
  if (!keys.every((key) => /^\S$/u.test(key))) return null;
  return keys.map((key) => key.toLowerCase());
}

/**
 * Checks a full set of keys: each parses, and no sequence equals or starts another (`g` would
 * make `g p` unreachable). Returns the message for each shortcut in error.
 */
export function validateKeys(
  keys: Record<ShortcutId, string>,
): Partial<Record<ShortcutId, string>> {
  const errors: Partial<Record<ShortcutId, string>> = {};
  const parsed = new Map<ShortcutId, string[]>();
  for (const { id } of SHORTCUTS) {
    const sequence = parseKeys(keys[id]);
    if (!sequence) errors[id] = 'Enter one or two keys separated by a space, like g p';
    else parsed.set(id, sequence);
  }
  for (const [id, sequence] of parsed) {
    for (const [otherId, other] of parsed) {
      if (id === otherId || errors[id]) continue;
      const shorter = sequence.length <= other.length ? sequence : other;
      const longer = shorter === sequence ? other : sequence;
      if (shorter.every((key, index) => longer[index] === key)) {
        const label = SHORTCUTS.find((s) => s.id === otherId)?.label ?? otherId;
        errors[id] = `These keys clash with “${label}”`;
      }
    }
  }
  return errors;
}

/** Reads the settings; anything malformed gives the defaults. */
export function loadSettings(storage: Pick<Storage, 'getItem'> | undefined): ShortcutSettings {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return DEFAULT_SETTINGS;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
    const record = value as Record<string, unknown>;
    const keys: Partial<Record<ShortcutId, string>> = {};
    const storedKeys = record['keys'];
    if (typeof storedKeys === 'object' && storedKeys !== null) {
      for (const { id } of SHORTCUTS) {
        const stored = (storedKeys as Record<string, unknown>)[id];
        if (typeof stored === 'string' && parseKeys(stored))
          keys[id] = parseKeys(stored)?.join(' ');
      }
    }
    const all = Object.fromEntries(
      SHORTCUTS.map(({ id }) => [id, keysOf({ enabled: true, keys }, id)]),
    );
    const clean = Object.keys(validateKeys(all as Record<ShortcutId, string>)).length === 0;
    return { enabled: record['enabled'] !== false, keys: clean ? keys : {} };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(
  storage: Pick<Storage, 'setItem'> | undefined,
  settings: ShortcutSettings,
): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private browsing or a full quota: the settings last for this visit only.
  }
}

export interface ShortcutMatcher {
  /** Feeds one key; returns the shortcut it completes, if any. */
  press(key: string, now: number): ShortcutId | null;
}

/** How long the first key of a sequence waits for the second. */
export const SEQUENCE_TIMEOUT_MS = 1500;

/** Matches key presses against the settings' sequences (`g` then `p` within 1.5 s). */
export function createMatcher(settings: ShortcutSettings): ShortcutMatcher {
  const bindings = SHORTCUTS.map(({ id }) => ({
    id,
    sequence: parseKeys(keysOf(settings, id)) ?? [],
  }));
  let pending: string[] = [];
  let lastAt = 0;
  return {
    press(rawKey, now) {
      if (!settings.enabled) return null;
      const key = rawKey.toLowerCase();
      if (now - lastAt > SEQUENCE_TIMEOUT_MS) pending = [];
      lastAt = now;
      const attempt = [...pending, key];
      const exact = bindings.find(
        (b) => b.sequence.length === attempt.length && b.sequence.every((k, i) => attempt[i] === k),
      );
      if (exact) {
        pending = [];
        return exact.id;
      }
      const isPrefix = (sequence: string[]) =>
        bindings.some(
          (b) =>
            b.sequence.length > sequence.length && sequence.every((k, i) => b.sequence[i] === k),
        );
      if (isPrefix(attempt)) {
        pending = attempt;
        return null;
      }
      // Not part of any sequence: start over from this key alone.
      pending = isPrefix([key]) ? [key] : [];
      if (pending.length === 0) {
        const single = bindings.find((b) => b.sequence.length === 1 && b.sequence[0] === key);
        if (single) return single.id;
      }
      return null;
    },
  };
}
