import type { ReactNode } from 'react';
import {
  Header as AriaHeader,
  Menu as AriaMenu,
  MenuItem as AriaMenuItem,
  MenuSection as AriaMenuSection,
  MenuTrigger as AriaMenuTrigger,
  Popover,
  Text,
  type Key,
  type MenuProps as AriaMenuProps,
} from 'react-aria-components';
import styles from './Menu.module.css';

export interface MenuProps<T extends object> extends Pick<
  AriaMenuProps<T>,
  'items' | 'children' | 'onAction' | 'renderEmptyState' | 'aria-label' | 'aria-labelledby' | 'id'
> {
  className?: string;
}

/**
 * A menu: a list of actions or links, arrow keys to move, Enter to choose. On its own inside a
 * `MenuTrigger`, or inside a React Aria `Autocomplete` (the command palette), where the search
 * input keeps the focus and the menu follows with `aria-activedescendant`.
 */
export function Menu<T extends object>({ className, ...props }: MenuProps<T>) {
  return <AriaMenu {...props} className={className ?? styles.menu} />;
}

export interface MenuItemProps {
  id?: Key;
  /** Plain text of the item for typeahead and screen readers when children are rich. */
  textValue?: string;
  /** A link item: navigates in the app (the router is given to React Aria). */
  href?: string;
  onAction?: () => void;
  children: ReactNode;
  /** A second, quieter line (e.g. a problem's key and status). */
  description?: ReactNode;
}

export function MenuItem({ children, description, ...props }: MenuItemProps) {
  return (
    <AriaMenuItem {...props} className={styles.item}>
      <Text slot="label" className={styles.itemLabel}>
        {children}
      </Text>
      {description ? (
        <Text slot="description" className={styles.itemDescription}>
          {description}
        </Text>
      ) : null}
    </AriaMenuItem>
  );
}

export interface MenuSectionProps {
  id?: Key;
  title: string;
  children: ReactNode;
}

/** A titled group of items (role group, labelled by its header). */
export function MenuSection({ title, children, id }: MenuSectionProps) {
  return (
    <AriaMenuSection id={id} className={styles.section}>
      <AriaHeader className={styles.sectionHeader}>{title}</AriaHeader>
      {children}
    </AriaMenuSection>
  );
}

export interface MenuTriggerProps {
  /** The button that opens the menu (our `Button`). */
  trigger: ReactNode;
  children: ReactNode;
}

/** A button that opens a menu in a popover. */
export function MenuTrigger({ trigger, children }: MenuTriggerProps) {
  return (
    <AriaMenuTrigger>
      {trigger}
      <Popover className={styles.popover}>{children}</Popover>
    </AriaMenuTrigger>
  );
}
