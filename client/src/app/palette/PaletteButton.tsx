import { Button } from '@/ui/Button';
import { usePalette } from './palette-context';
import styles from './PaletteButton.module.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The visible way into the palette (the keyboard way is Ctrl+K / ⌘K). */
export function PaletteButton() {
  const { setOpen } = usePalette();
  return (
    <Button
      variant="inverse"
      aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
      onPress={() => {
        setOpen(true);
      }}
    >
      Search
      <kbd className={styles.kbd} aria-hidden="true">
        {isMac ? '⌘K' : 'Ctrl K'}
      </kbd>
    </Button>
  );
}
