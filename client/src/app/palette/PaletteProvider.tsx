import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { PaletteContext } from './palette-context';

/** The palette (its modal, search and menu) loads at the first Ctrl+K, not with every page. */
const CommandPalette = lazy(async () => ({
  default: (await import('./CommandPalette')).CommandPalette,
}));

/** Owns whether the palette is open; the header button and Ctrl+K open it. */
export function PaletteProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const [wasOpened, setWasOpened] = useState(false);
  // Kept mounted once loaded, so that closing can return focus where it was.
  if (isOpen && !wasOpened) setWasOpened(true);
  const value = useMemo(() => ({ isOpen, setOpen }), [isOpen]);
  return (
    <PaletteContext.Provider value={value}>
      {children}
      {wasOpened ? (
        <Suspense fallback={null}>
          <CommandPalette isOpen={isOpen} onOpenChange={setOpen} />
        </Suspense>
      ) : null}
    </PaletteContext.Provider>
  );
}
