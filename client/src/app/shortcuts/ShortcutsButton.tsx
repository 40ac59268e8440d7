import { Button } from '@/ui/Button';
import { useShortcuts } from './shortcuts-context';

/** Opens the shortcuts list (also where single-key shortcuts are turned off). */
export function ShortcutsButton() {
  const { setHelpOpen } = useShortcuts();
  return (
    <Button
      variant="inverse"
      onPress={() => {
        setHelpOpen(true);
      }}
    >
      Shortcuts
    </Button>
  );
}
