import type { ReactNode } from 'react';
import { MAIN_ID } from './SkipLink';
import styles from './Main.module.css';

/** The main landmark: the skip link's target (`tabIndex -1` so it can take focus). */
export function Main({ children }: { children: ReactNode }) {
  return (
    <main id={MAIN_ID} tabIndex={-1} className={styles.main}>
      {children}
    </main>
  );
}
