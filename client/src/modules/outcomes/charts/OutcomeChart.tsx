// The recharts chunk: imported only through ./lazy-charts, so recharts loads when a chart shows.
import { useSyncExternalStore } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatShortDate } from '../outcome-words';
import { timeTicks, type OutcomeChartData } from '../outcome-chart-data';
import styles from './OutcomeChart.module.css';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Without matchMedia (old browsers, test DOMs) nothing moves: the safe default. */
const hasMatchMedia = () => typeof window.matchMedia === 'function';

function subscribe(onChange: () => void) {
  if (!hasMatchMedia()) return () => undefined;
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

/** True when the person asked their system for less motion: charts then draw without animation. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !hasMatchMedia() || window.matchMedia(REDUCED_MOTION).matches,
    () => true,
  );
}

const COLORS = {
  actual: '#1d70b8', // --color-brand: 5.2:1 on white
  planned: '#484949', // --color-text-secondary
  today: '#d4351c', // --color-error: 4.9:1
  grid: '#b1b4b6',
  text: '#0b0c0c',
} as const;

const dateOfTime = (time: number) => new Date(time).toISOString().slice(0, 10);

export interface OutcomeChartProps {
  data: OutcomeChartData;
  /** The outcome's name: the chart's title for assistive technology. */
  name: string;
  unit: string;
}

/**
 * An outcome's measurements over time against the planned line from baseline to target, with
 * today marked. Keyboard users move through the points with the arrow keys (recharts'
 * accessibility layer); the same data is in the table beside it.
 */
export function OutcomeChart({ data, name, unit }: OutcomeChartProps) {
  const reducedMotion = usePrefersReducedMotion();
  return (
    <LineChart
      accessibilityLayer
      responsive
      title={`${name}: measurements and the planned line`}
      data={data.points}
      margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
      className={styles.chart}
      style={{ width: '100%', height: 260 }}
    >
      <CartesianGrid stroke={COLORS.grid} strokeDasharray="2 4" />
      <XAxis
        dataKey="time"
        type="number"
        scale="time"
        domain={data.timeDomain}
        ticks={timeTicks(data.timeDomain, 4)}
        tickFormatter={(time: number) => formatShortDate(dateOfTime(time))}
        stroke={COLORS.text}
        tick={{ fill: COLORS.text, fontSize: 13 }}
      />
      <YAxis
        type="number"
        domain={data.valueDomain}
        tickFormatter={(value: number) => formatNumber(value)}
        stroke={COLORS.text}
        tick={{ fill: COLORS.text, fontSize: 13 }}
        width={56}
        label={{ value: unit, angle: -90, position: 'insideLeft', fill: COLORS.text, fontSize: 13 }}
      />
      <Tooltip
        labelFormatter={(time) =>
          typeof time === 'number' ? formatShortDate(dateOfTime(time)) : ''
        }
        formatter={(value, series) => [
          typeof value === 'number' ? `${formatNumber(value)} ${unit}` : String(value),
          series === 'actual' ? 'Measured' : 'Planned',
        ]}
      />
      <ReferenceLine
        x={data.todayTime}
        stroke={COLORS.today}
        strokeDasharray="4 2"
        label={{ value: 'Today', position: 'insideTopRight', fill: COLORS.today, fontSize: 13 }}
        ifOverflow="extendDomain"
      />
      <Line
        dataKey="planned"
        name="planned"
        type="linear"
        stroke={COLORS.planned}
        strokeDasharray="6 4"
        strokeWidth={2}
        dot={false}
        connectNulls
        isAnimationActive={!reducedMotion}
      />
      <Line
        dataKey="actual"
        name="actual"
        type="linear"
        stroke={COLORS.actual}
        strokeWidth={3}
        dot={{ r: 4, fill: COLORS.actual }}
        activeDot={{ r: 6 }}
        connectNulls
        isAnimationActive={!reducedMotion}
      />
    </LineChart>
  );
}

export interface SparklineProps {
  data: OutcomeChartData;
}

/** A small trajectory for a table cell: measured line and planned line, no axes. Decorative: the cell's words carry the meaning. */
export function Sparkline({ data }: SparklineProps) {
  const reducedMotion = usePrefersReducedMotion();
  return (
    <LineChart
      accessibilityLayer={false}
      data={data.points}
      width={120}
      height={36}
      margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      aria-hidden="true"
    >
      <XAxis dataKey="time" type="number" scale="time" domain={data.timeDomain} hide />
      <YAxis type="number" domain={data.valueDomain} hide />
      <Line
        dataKey="planned"
        stroke={COLORS.planned}
        strokeDasharray="3 3"
        strokeWidth={1.5}
        dot={false}
        connectNulls
        isAnimationActive={!reducedMotion}
      />
      <Line
        dataKey="actual"
        stroke={COLORS.actual}
        strokeWidth={2}
        dot={false}
        connectNulls
        isAnimationActive={!reducedMotion}
      />
    </LineChart>
  );
}
