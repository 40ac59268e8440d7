import type { OutcomeHealth } from '@commons/shared';
import styles from './HealthBadge.module.css';
import { classNames } from './class-names';

export const HEALTH_LABELS: Record<OutcomeHealth, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  ACHIEVED: 'Achieved',
  NO_DATA: 'No data',
};

/** A symbol per health, so that colour is never the only signal. */
const SYMBOLS: Record<OutcomeHealth, string> = {
  ON_TRACK: '●',
  AT_RISK: '▲',
  OFF_TRACK: '✕',
  ACHIEVED: '★',
  NO_DATA: '○',
};

export interface HealthBadgeProps {
  health: OutcomeHealth;
  /** Shown after the label, e.g. a count: "On track 3". */
  count?: number;
}

/**
 * An outcome's health as a tag: a symbol, a word and a colour (the word says it all; symbol and
 * colour are extra). Text colours meet 4.5:1 on their backgrounds.
 */
export function HealthBadge({ health, count }: HealthBadgeProps) {
  return (
    <strong className={classNames(styles.badge, styles[health])}>
      <span aria-hidden="true" className={styles.symbol}>
        {SYMBOLS[health]}
      </span>
      {HEALTH_LABELS[health]}
      {count === undefined ? null : <span className={styles.count}>{count}</span>}
    </strong>
  );
}
