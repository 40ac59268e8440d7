/**
 * Deterministic randomness and calendar arithmetic for the demo workspace. Every stream is
 * seeded from a name (e.g. `HOUS-3/tasks`), so one problem's data does not change when
 * another problem is added to the catalogue.
 */

/** A small seeded PRNG (mulberry32 over an FNV-1a hash of the seed name). */
export class Random {
  private state: number;

  constructor(seed: string) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) {
      hash ^= seed.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    this.state = hash >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('Random.pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks with probability proportional to weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return this.pick(items);
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

export const MS_PER_DAY = 86_400_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_MINUTE = 60_000;

/** Midnight UTC of an ISO date, in ms. */
export function dateToMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The UTC calendar date of an instant. */
export function msToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return msToDate(dateToMs(date) + days * MS_PER_DAY);
}

/** The last day of the month `months` months after the month of `date` (negative: before). */
export function monthEnd(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  // Day 0 of the following month is the last day of the wanted one.
  return msToDate(Date.UTC(year, month - 1 + months + 1, 0));
}

/** 1–12. */
export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

/**
 * Month ends, oldest first: `count` of them, in the calendar months `measuredIn`, the latest
 * no later than the end of the month `monthsBack` months before the month of `today`.
 */
export function monthEndsBack(
  today: string,
  count: number,
  monthsBack: number,
  measuredIn?: readonly number[],
): string[] {
  const out: string[] = [];
  for (let back = monthsBack; out.length < count; back++) {
    const end = monthEnd(today, -back);
    if (!measuredIn || measuredIn.includes(monthOf(end))) out.unshift(end);
    if (back > monthsBack + 240) throw new Error('monthEndsBack: no month matches');
  }
  return out;
}

/** A time between 08:00 and 18:00 UTC on the day of `ms`. */
export function atWorkingHours(ms: number, random: Random): number {
  const day = Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
  return day + random.int(8 * 60, 18 * 60) * MS_PER_MINUTE + random.int(0, 59_999);
}
