import { createContext, useContext } from 'react';
import type { ShortcutSettings } from './shortcut-settings';

export interface ShortcutsContextValue {
  settings: ShortcutSettings;
  setSettings: (settings: ShortcutSettings) => void;
  isHelpOpen: boolean;
  setHelpOpen: (isOpen: boolean) => void;
}

export const ShortcutsContext = createContext<ShortcutsContextValue | null>(null);

export function useShortcuts(): ShortcutsContextValue {
  const value = useContext(ShortcutsContext);
  if (!value) throw new Error('useShortcuts outside ShortcutsProvider');
  return value;
}
