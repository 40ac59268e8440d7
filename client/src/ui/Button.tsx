import type { ReactNode } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import styles from './Button.module.css';
import { classNames } from './class-names';

export type ButtonVariant = 'primary' | 'secondary' | 'inverse';

export interface ButtonProps extends Omit<
  AriaButtonProps,
  'children' | 'className' | 'style' | 'render' | 'isPending'
> {
  children: ReactNode;
  variant?: ButtonVariant;
  /** Work is under way: the button stays focusable but does nothing, and says `pendingLabel`. */
  isPending?: boolean;
  /** Shown and announced while `isPending` (e.g. "Signing in…"). */
  pendingLabel?: string;
}

/**
 * A button (React Aria: press handling across pointer, keyboard and touch).
 *
 * The pending state is ours rather than React Aria's `isPending`: that one announces through a
 * node labelled by the button's id, which dangles for seconds when the button goes away on
 * success (sign-in, sign-out), and axe rightly reports it. Ours keeps focus on the button,
 * marks it `aria-disabled`, blocks presses and form submission, and announces `pendingLabel`
 * in a status region that goes away with the button.
 */
export function Button({
  children,
  variant = 'primary',
  isPending = false,
  pendingLabel,
  type = 'button',
  onPress,
  ...props
}: ButtonProps) {
  return (
    <>
      <AriaButton
        {...props}
        type={isPending ? 'button' : type}
        onPress={isPending ? undefined : onPress}
        aria-disabled={isPending || undefined}
        className={classNames(styles.button, styles[variant], isPending && styles.pending)}
      >
        {isPending && pendingLabel ? pendingLabel : children}
      </AriaButton>
      {pendingLabel ? (
        <span role="status" className="visually-hidden">
          {isPending ? pendingLabel : ''}
        </span>
      ) : null}
    </>
  );
}
