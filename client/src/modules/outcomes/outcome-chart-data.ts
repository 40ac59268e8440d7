import { daysBetween, plannedProgress, type OutcomeDefinition } from '@commons/shared';

const MS_PER_DAY = 86_400_000;

/** Milliseconds since the epoch at UTC midnight of a `YYYY-MM-DD` date: the charts' x axis. */
export function dateToTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** One x position of an outcome's chart; a series without a value there is left out (undefined). */
export interface ChartPoint {
  /** `dateToTime(date)`. */
  time: number;
  date: string;
  /** A measurement taken that day. */
  actual?: number;
  /** The planned line's value that day: only at the baseline and target dates (a straight line). */
  planned?: number;
}

/** One row of the chart's table: a measurement beside where the plan said it would be. */
export interface MeasurementRow {
  id: string;
  date: string;
  value: number;
  /** baseline + planned progress × (target − baseline), planned progress clamped to [0, 1]. */
  planned: number;
  note: string | null;
}

export interface OutcomeChartData {
  points: ChartPoint[];
  rows: MeasurementRow[];
  todayTime: number;
  /** The x range: the baseline date to the target date, widened to every measurement and today. */
  timeDomain: [number, number];
  /** The y range: every value shown, with a little room above and below. */
  valueDomain: [number, number];
}

export interface ChartMeasurement {
  id: string;
  observedAt: string;
  value: number;
  note?: string | null;
}

/** Where the planned line is on `date` (the shared formula's planned progress, as a value). */
export function plannedValueAt(definition: OutcomeDefinition, date: string): number {
  const share = plannedProgress(definition, date);
  return definition.baselineValue + share * (definition.targetValue - definition.baselineValue);
}

/**
 * Shapes an outcome for its chart and table: the measurements in date order (ties keep the order
 * given, the order the API records them), the planned line from baseline to target, today, and
 * the axes' ranges. Pure, so it is tested without a browser.
 */
export function outcomeChartData(
  definition: OutcomeDefinition,
  measurements: readonly ChartMeasurement[],
  today: string,
): OutcomeChartData {
  const sorted = measurements
    .map((m, index) => ({ m, index }))
    .sort((a, b) => daysBetween(b.m.observedAt, a.m.observedAt) || a.index - b.index)
    .map(({ m }) => m);

  const points: ChartPoint[] = [
    {
      time: dateToTime(definition.baselineDate),
      date: definition.baselineDate,
      planned: definition.baselineValue,
    },
    ...sorted.map((m) => ({ time: dateToTime(m.observedAt), date: m.observedAt, actual: m.value })),
    {
      time: dateToTime(definition.targetDate),
      date: definition.targetDate,
      planned: definition.targetValue,
    },
  ].sort((a, b) => a.time - b.time);

  const rows = sorted.map((m) => ({
    id: m.id,
    date: m.observedAt,
    value: m.value,
    planned: plannedValueAt(definition, m.observedAt),
    note: m.note ?? null,
  }));

  const todayTime = dateToTime(today);
  const times = [...points.map((p) => p.time), todayTime];
  const values = [definition.baselineValue, definition.targetValue, ...sorted.map((m) => m.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const padding = (high - low) * 0.05 || Math.abs(high) * 0.05 || 1;
  const valueDomain = niceDomain(low - padding, high + padding);

  return {
    points,
    rows,
    todayTime,
    timeDomain: [Math.min(...times), Math.max(...times)],
    valueDomain,
  };
}

/**
 * Widens [low, high] to round numbers (multiples of 1, 2 or 5 × a power of ten, about five
 * steps), so the value axis reads 10, 20, 30 rather than 32.75, 47.75.
 */
export function niceDomain(low: number, high: number, steps = 5): [number, number] {
  const range = high - low;
  if (!(range > 0)) return [low, high];
  const rough = range / steps;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const round = (value: number) => Number(value.toPrecision(12));
  return [round(Math.floor(low / step) * step), round(Math.ceil(high / step) * step)];
}

/** Evenly spaced x ticks (about `count`) on whole days, for a readable time axis. */
export function timeTicks([start, end]: [number, number], count = 5): number[] {
  if (end <= start) return [start];
  const step = Math.max(
    MS_PER_DAY,
    Math.round((end - start) / (count - 1) / MS_PER_DAY) * MS_PER_DAY,
  );
  const ticks: number[] = [];
  for (let t = start; t < end; t += step) ticks.push(t);
  if (end - (ticks.at(-1) ?? start) < step / 2) ticks.pop();
  ticks.push(end);
  return ticks;
}
