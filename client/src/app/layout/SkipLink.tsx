import type { MouseEvent } from 'react';
import styles from './SkipLink.module.css';

export const MAIN_ID = 'main';

/** The first focusable element of every page. */
export function SkipLink() {
  return (
    <a href={`#${MAIN_ID}`} className={styles.skipLink} onClick={skipToMain}>
      Skip to main content
    </a>
  );
}

/** Focuses `<main>` without a hash change, which the router would treat as a navigation. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  event.preventDefault();
  main.focus({ preventScroll: true });
  main.scrollIntoView();
}
