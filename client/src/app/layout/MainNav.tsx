import { useMatch } from 'react-router';
import { Link } from '@/ui/Link';
import styles from './MainNav.module.css';

interface NavItem {
  href: string;
  label: string;
  /** Current only on this exact path (the home page), not below it. */
  exact?: boolean;
}

export const MAIN_NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'My work', exact: true },
  { href: '/problems', label: 'Problems' },
  { href: '/portfolios', label: 'Portfolios' },
  { href: '/people', label: 'People' },
];

/** The workspace's sections. The list wraps on narrow screens: every link stays visible. */
export function MainNav() {
  return (
    <nav aria-label="Main" className={styles.nav}>
      <ul className={styles.list}>
        {MAIN_NAV_ITEMS.map((item) => (
          <li key={item.href} className={styles.item}>
            <MainNavLink {...item} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

function MainNavLink({ href, label, exact = false }: NavItem) {
  const isCurrent = useMatch({ path: href, end: exact }) !== null;
  return (
    <Link
      href={href}
      variant="plain"
      className={styles.link}
      aria-current={isCurrent ? 'page' : undefined}
    >
      {label}
    </Link>
  );
}
