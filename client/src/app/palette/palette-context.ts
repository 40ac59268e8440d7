import { createContext, useContext } from 'react';

export interface PaletteContextValue {
  isOpen: boolean;
  setOpen: (isOpen: boolean) => void;
}

export const PaletteContext = createContext<PaletteContextValue | null>(null);

export function usePalette(): PaletteContextValue {
  const value = useContext(PaletteContext);
  if (!value) throw new Error('usePalette outside PaletteProvider');
  return value;
}
