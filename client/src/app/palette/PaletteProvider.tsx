import { useMemo, useState, type ReactNode } from 'react';
import { CommandPalette } from './CommandPalette';
import { PaletteContext } from './palette-context';

/** Owns whether the palette is open; the header button and Ctrl+K open it. */
export function PaletteProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const value = useMemo(() => ({ isOpen, setOpen }), [isOpen]);
  return (
    <PaletteContext.Provider value={value}>
      {children}
      <CommandPalette isOpen={isOpen} onOpenChange={setOpen} />
    </PaletteContext.Provider>
  );
}
