import type { ReactNode } from 'react';
import { PRODUCT_NAME } from '@/app/routing/page-title';
import { Link } from '@/ui/Link';
import styles from './Header.module.css';

/**
 * The dark band at the top: product name, (signed in) the search and shortcuts buttons, and the
 * account panel.
 */
export function Header({ children, tools }: { children?: ReactNode; tools?: ReactNode }) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" variant="plain" className={styles.productName}>
          {PRODUCT_NAME}
        </Link>
        {tools ? <div className={styles.tools}>{tools}</div> : null}
        {children}
      </div>
    </header>
  );
}
