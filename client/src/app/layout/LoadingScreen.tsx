import styles from './LoadingScreen.module.css';

/** While the session is being checked or a page's code loads. */
export function LoadingScreen() {
  return (
    <div className={styles.loading} role="status">
      Loading Commons…
    </div>
  );
}
