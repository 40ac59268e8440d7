import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { pageTitle } from '@/app/routing/page-title';
import { isDocumentLoadLocation, preservesFocus } from '@/app/routing/navigation-state';
import styles from './PageHeading.module.css';

export interface PageHeadingProps {
  children: ReactNode;
  /** The document title before " — Commons"; defaults to the heading text. */
  title?: string;
}

/**
 * A page's one `<h1>`. It sets the document title, and after an in-app navigation it takes focus
 * so that screen readers announce the new page and Tab continues from its top. On the first page
 * load or reload focus is left alone (the skip link stays the first stop).
 */
export function PageHeading({ children, title }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const documentTitle = title ?? (typeof children === 'string' ? children : undefined);
  const focusOnArrival = !isDocumentLoadLocation(location) && !preservesFocus(location.state);

  useEffect(() => {
    if (documentTitle) document.title = pageTitle(documentTitle);
  }, [documentTitle]);

  useEffect(() => {
    if (focusOnArrival) ref.current?.focus();
  }, [location.pathname, focusOnArrival]);

  return (
    <h1 ref={ref} tabIndex={-1} className={styles.heading}>
      {children}
    </h1>
  );
}
