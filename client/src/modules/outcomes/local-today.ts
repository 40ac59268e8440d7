import { todayIn } from '@commons/shared';

/** Today in the browser's time zone: the latest date a measurement may describe. */
export function localToday(): string {
  return todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
}
