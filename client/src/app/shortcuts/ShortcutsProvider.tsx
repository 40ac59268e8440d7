import {
  lazy,
  Suspense,
  useEffect,
  useEffectEvent,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useNavigate } from 'react-router';
import { usePalette } from '@/app/palette/palette-context';
import {
  createMatcher,
  loadSettings,
  saveSettings,
  SHORTCUTS,
  type ShortcutId,
  type ShortcutSettings,
} from './shortcut-settings';
import { ShortcutsContext } from './shortcuts-context';

/** The help dialog loads when first asked for (`?`), not with every page. */
const ShortcutsHelpDialog = lazy(async () => ({
  default: (await import('./ShortcutsHelpDialog')).ShortcutsHelpDialog,
}));

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** True while typing: keys then belong to the field, never to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    );
  }
  return target.getAttribute('role') === 'textbox' || target.getAttribute('role') === 'combobox';
}

/**
 * Listens for the workspace's shortcuts: Ctrl+K / ⌘K always (it has a modifier), and the
 * single-key ones (`?`, `/`, `g p` …) unless turned off. Keys typed into fields, and keys while a
 * dialog is open, are left alone.
 */
export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const palette = usePalette();
  const [settings, setSettingsState] = useState<ShortcutSettings>(() => loadSettings(storage()));
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [helpWasOpened, setHelpWasOpened] = useState(false);
  if (isHelpOpen && !helpWasOpened) setHelpWasOpened(true);
  const matcher = useMemo(() => createMatcher(settings), [settings]);

  const run = useEffectEvent((id: ShortcutId) => {
    if (id === 'openPalette') palette.setOpen(true);
    else if (id === 'showHelp') setHelpOpen(true);
    else {
      const path = SHORTCUTS.find((shortcut) => shortcut.id === id)?.path;
      if (path) void navigate(path);
    }
  });
  const togglePalette = useEffectEvent(() => {
    palette.setOpen(!palette.isOpen);
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        togglePalette();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.length !== 1 || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      const id = matcher.press(event.key, Date.now());
      if (id) {
        event.preventDefault();
        run(id);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [matcher]);

  const value = useMemo(
    () => ({
      settings,
      setSettings: (next: ShortcutSettings) => {
        setSettingsState(next);
        saveSettings(storage(), next);
      },
      isHelpOpen,
      setHelpOpen,
    }),
    [settings, isHelpOpen],
  );

  return (
    <ShortcutsContext.Provider value={value}>
      {children}
      {helpWasOpened ? (
        <Suspense fallback={null}>
          <ShortcutsHelpDialog />
        </Suspense>
      ) : null}
    </ShortcutsContext.Provider>
  );
}
