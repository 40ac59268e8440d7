import { lazy, Suspense } from 'react';
import type { OutcomeChartProps, SparklineProps } from './OutcomeChart';
import styles from './lazy-charts.module.css';

// recharts (~100 KB gzip) is its own chunk, fetched when the first chart is shown.
const OutcomeChartImpl = lazy(async () => ({
  default: (await import('./OutcomeChart')).OutcomeChart,
}));
const SparklineImpl = lazy(async () => ({ default: (await import('./OutcomeChart')).Sparkline }));

/** An outcome's chart, loaded on demand; a quiet placeholder of the same height meanwhile. */
export function LazyOutcomeChart(props: OutcomeChartProps) {
  return (
    <Suspense fallback={<div className={styles.chartPlaceholder}>Loading the chart…</div>}>
      <OutcomeChartImpl {...props} />
    </Suspense>
  );
}

/** A sparkline, loaded on demand. */
export function LazySparkline(props: SparklineProps) {
  return (
    <Suspense fallback={<span className={styles.sparklinePlaceholder} />}>
      <SparklineImpl {...props} />
    </Suspense>
  );
}
