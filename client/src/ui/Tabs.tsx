import type { ReactNode } from 'react';
import { useMatch, useResolvedPath } from 'react-router';
import {
  Link as AriaLink,
  Tab,
  TabList,
  TabPanel,
  Tabs as AriaTabs,
  type Key,
} from 'react-aria-components';
import styles from './Tabs.module.css';

export interface TabNavItem {
  /** Where the tab leads: an absolute path, or one relative to the current route. */
  href: string;
  label: ReactNode;
  /** Current only on this exact path (an index route), not below it. */
  end?: boolean;
}

export interface TabNavProps {
  /** The navigation landmark's name, e.g. "Problem sections". */
  label: string;
  items: readonly TabNavItem[];
}

/**
 * Sub-pages shown as tabs: a `nav` of links, the current one marked `aria-current="page"`.
 * Links, not ARIA tabs, because each tab is a route of its own (it has an address, Back works,
 * it opens in a new browser tab). Following a tab keeps focus on it, so a keyboard user can move
 * along the tabs; the new section is below.
 */
export function TabNav({ label, items }: TabNavProps) {
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul className={styles.navList}>
        {items.map((item) => (
          <li key={item.href} className={styles.navItem}>
            <TabNavLink {...item} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TabNavLink({ href, label, end = false }: TabNavItem) {
  const resolved = useResolvedPath(href);
  const isCurrent = useMatch({ path: resolved.pathname, end }) !== null;
  return (
    <AriaLink
      href={resolved.pathname}
      // The heading of the page stays; focus stays on the tab (see navigation-state.ts).
      routerOptions={{ state: { preserveFocus: true } }}
      aria-current={isCurrent ? 'page' : undefined}
      className={styles.navLink}
    >
      {label}
    </AriaLink>
  );
}

export interface TabItem {
  id: string;
  label: ReactNode;
  /** The panel shown while this tab is selected. */
  panel: ReactNode;
}

export interface TabsProps {
  /** Names the tab list for screen readers, e.g. "Comment editor". */
  label: string;
  items: readonly TabItem[];
  /** Controlled selection (the tab's `id`); leave out for an uncontrolled default of the first. */
  selectedId?: string;
  onSelectionChange?: (id: string) => void;
}

/**
 * In-page tabs (ARIA tabs, arrow keys move between them), e.g. Write / Preview. For tabs that are
 * pages of their own use `TabNav`.
 */
export function Tabs({ label, items, selectedId, onSelectionChange }: TabsProps) {
  return (
    <AriaTabs
      className={styles.tabs}
      selectedKey={selectedId}
      onSelectionChange={
        onSelectionChange ? (key: Key) => onSelectionChange(String(key)) : undefined
      }
    >
      <TabList aria-label={label} className={styles.tabList}>
        {items.map((item) => (
          <Tab key={item.id} id={item.id} className={styles.tab}>
            {item.label}
          </Tab>
        ))}
      </TabList>
      {items.map((item) => (
        <TabPanel key={item.id} id={item.id} className={styles.panel}>
          {item.panel}
        </TabPanel>
      ))}
    </AriaTabs>
  );
}
