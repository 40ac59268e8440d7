import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import styles from './Dialog.module.css';

export interface DialogProps {
  isOpen: boolean;
  /** Called with false when the dialog asks to close (Escape, or a press outside it). */
  onOpenChange: (isOpen: boolean) => void;
  /** The dialog's heading (an h2); it also names the dialog. */
  title: string;
  /** `alertdialog` for confirmations of something that can't be undone. */
  role?: 'dialog' | 'alertdialog';
  /** Whether a press outside closes it (not for alert dialogs). Default: true for `dialog`. */
  isDismissable?: boolean;
  children: ReactNode;
}

/**
 * A modal dialog (React Aria: focus moves in and is trapped, Escape closes, focus returns to
 * what opened it, the page behind is hidden from screen readers). Controlled: the caller owns
 * `isOpen`.
 */
export function Dialog({
  isOpen,
  onOpenChange,
  title,
  role = 'dialog',
  isDismissable = role === 'dialog',
  children,
}: DialogProps) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable}
      className={styles.overlay}
    >
      <Modal className={styles.modal}>
        <AriaDialog role={role} className={styles.dialog}>
          <Heading slot="title" className={styles.title}>
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

export interface ConfirmDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  /** The confirming button's words, e.g. "Remove Sara Lindqvist". */
  confirmLabel: string;
  /** Said while the action runs, e.g. "Removing…". */
  pendingLabel?: string;
  isPending?: boolean;
  onConfirm: () => void;
  cancelLabel?: string;
}

/**
 * "Are you sure?" as an alert dialog with two buttons: confirm, and cancel (focused first, so a
 * stray Enter does nothing harmful).
 */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  pendingLabel,
  isPending = false,
  onConfirm,
  cancelLabel = 'Cancel',
}: ConfirmDialogProps) {
  return (
    <Dialog isOpen={isOpen} onOpenChange={onOpenChange} title={title} role="alertdialog">
      <div className={styles.body}>{children}</div>
      <div className={styles.actions}>
        <Button variant="secondary" autoFocus onPress={() => onOpenChange(false)}>
          {cancelLabel}
        </Button>
        <Button
          variant="primary"
          onPress={onConfirm}
          isPending={isPending}
          pendingLabel={pendingLabel}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
