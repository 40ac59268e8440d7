import type { ReactNode } from 'react';
import styles from './StaleBadge.module.css';

/**
 * A figure that is overdue, in words ("Stale: the March figure was due on 31 March 2026"): the
 * words carry it; the symbol and the tint are extra, so colour is never the only signal.
 */
export function StaleBadge({ children }: { children: ReactNode }) {
  return (
    <strong className={styles.badge}>
      <span aria-hidden="true" className={styles.symbol}>
        ◷
      </span>
      {children}
    </strong>
  );
}
