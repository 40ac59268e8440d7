import type { ReactNode } from 'react';
import { Link as AriaLink, type LinkProps as AriaLinkProps } from 'react-aria-components';
import styles from './Link.module.css';
import { classNames } from './class-names';

export interface LinkProps extends Pick<
  AriaLinkProps,
  'href' | 'target' | 'rel' | 'aria-current' | 'onPress' | 'id'
> {
  href: string;
  children: ReactNode;
  /** `inverse` is for dark backgrounds; `plain` leaves the look to the caller's `className`. */
  variant?: 'default' | 'inverse' | 'plain';
  className?: string;
}

/**
 * A link. Same-origin paths navigate in the app (the router is given to React Aria in
 * `app/routing/Root.tsx`); modified clicks still open new tabs.
 */
export function Link({ children, variant = 'default', className, ...props }: LinkProps) {
  return (
    <AriaLink
      {...props}
      className={classNames(
        variant === 'default' && styles.link,
        variant === 'inverse' && styles.inverse,
        className,
      )}
    >
      {children}
    </AriaLink>
  );
}
