import { useState } from 'react';
import { Button } from '@/ui/Button';
import { Checkbox } from '@/ui/Checkbox';
import { Dialog } from '@/ui/Dialog';
import { TextField } from '@/ui/TextField';
import {
  DEFAULT_SETTINGS,
  keysOf,
  parseKeys,
  SHORTCUTS,
  validateKeys,
  type ShortcutId,
  type ShortcutSettings,
} from './shortcut-settings';
import { useShortcuts } from './shortcuts-context';
import styles from './ShortcutsHelpDialog.module.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** `g p` → "g then p", for the list and for screen readers. */
export function describeKeys(keys: string): string {
  return (parseKeys(keys) ?? []).join(' then ');
}

/** Lists the shortcuts, and lets the person turn single-key ones off or choose other keys. */
export function ShortcutsHelpDialog() {
  const { isHelpOpen, setHelpOpen, settings, setSettings } = useShortcuts();
  return (
    <Dialog isOpen={isHelpOpen} onOpenChange={setHelpOpen} title="Keyboard shortcuts">
      {isHelpOpen ? (
        <ShortcutsSettingsForm
          settings={settings}
          onSave={(next) => {
            setSettings(next);
          }}
          onClose={() => {
            setHelpOpen(false);
          }}
        />
      ) : null}
    </Dialog>
  );
}

export function ShortcutsSettingsForm({
  settings,
  onSave,
  onClose,
}: {
  settings: ShortcutSettings;
  onSave: (settings: ShortcutSettings) => void;
  onClose: () => void;
}) {
  const [isEditing, setIsEditing] = useState(false);
  const [draft, setDraft] = useState<Record<ShortcutId, string>>(
    () =>
      Object.fromEntries(SHORTCUTS.map(({ id }) => [id, keysOf(settings, id)])) as Record<
        ShortcutId,
        string
      >,
  );
  const [errors, setErrors] = useState<Partial<Record<ShortcutId, string>>>({});
  const [saved, setSaved] = useState('');

  function saveKeys() {
    const found = validateKeys(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const keys: Partial<Record<ShortcutId, string>> = {};
    for (const { id, defaultKeys } of SHORTCUTS) {
      const normalised = (parseKeys(draft[id]) ?? []).join(' ');
      if (normalised !== defaultKeys) keys[id] = normalised;
    }
    onSave({ ...settings, keys });
    setIsEditing(false);
    setSaved('Shortcut keys saved.');
  }

  return (
    <div className={styles.body}>
      <table className={styles.table}>
        <caption className="visually-hidden">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Search and go to anything (always on)</td>
            <td>
              <kbd>{isMac ? '⌘ K' : 'Ctrl K'}</kbd>
            </td>
          </tr>
          {SHORTCUTS.map(({ id, label }) => (
            <tr key={id}>
              <td>{label}</td>
              <td>
                {isEditing ? (
                  <TextField
                    id={`shortcut-${id}`}
                    label={`Keys for ${label}`}
                    width="medium"
                    autoCapitalize="none"
                    spellCheck="false"
                    value={draft[id]}
                    onChange={(value) => {
                      setDraft({ ...draft, [id]: value });
                    }}
                    errorMessage={errors[id]}
                  />
                ) : settings.enabled ? (
                  <kbd aria-label={describeKeys(keysOf(settings, id))}>{keysOf(settings, id)}</kbd>
                ) : (
                  <span className={styles.off}>Off</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.note}>
        Keys pressed one after the other: “g p” is g, then p. They do nothing while you type in a
        field.
      </p>
      <Checkbox
        isSelected={settings.enabled}
        onChange={(enabled) => {
          onSave({ ...settings, enabled });
          setSaved(
            enabled ? 'Single-key shortcuts turned on.' : 'Single-key shortcuts turned off.',
          );
        }}
      >
        Use single-key shortcuts
      </Checkbox>
      <p role="status" className={styles.status}>
        {saved}
      </p>
      <div className={styles.actions}>
        {isEditing ? (
          <>
            <Button onPress={saveKeys}>Save keys</Button>
            <Button
              variant="secondary"
              onPress={() => {
                setDraft(
                  Object.fromEntries(
                    SHORTCUTS.map(({ id }) => [id, keysOf(DEFAULT_SETTINGS, id)]),
                  ) as Record<ShortcutId, string>,
                );
                setErrors({});
              }}
            >
              Use the default keys
            </Button>
          </>
        ) : (
          <Button
            variant="secondary"
            onPress={() => {
              setIsEditing(true);
              setSaved('');
            }}
          >
            Change keys
          </Button>
        )}
        <Button variant="secondary" onPress={onClose}>
          Close
        </Button>
      </div>
    </div>
  );
}
