// "3 minutes ago" as a value and a unit for Intl.RelativeTimeFormat, which then words it per
// locale; "now" is a parameter so this stays pure and testable.
const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;
const MONTH_MS = 30 * DAY_MS;
const YEAR_MS = 365 * DAY_MS;
/** Below this, "now" reads better than a count of seconds that goes stale at once. */
const JUST_NOW_MS = 45 * SECOND_MS;

export interface RelativeTime {
  readonly value: number;
  readonly unit: Intl.RelativeTimeFormatUnit;
}

/** Negative values are in the past. A clock a little behind the relay's still reads "now". */
export function relativeTime(at: number, now: number): RelativeTime {
  const diff = at - now;
  const size = Math.abs(diff);
  if (size < JUST_NOW_MS) return { value: 0, unit: 'second' };
  const [unitMs, unit] = size < HOUR_MS ? [MINUTE_MS, 'minute' as const]
    : size < DAY_MS ? [HOUR_MS, 'hour' as const]
    : size < WEEK_MS ? [DAY_MS, 'day' as const]
    : size < MONTH_MS ? [WEEK_MS, 'week' as const]
    : size < YEAR_MS ? [MONTH_MS, 'month' as const]
    : [YEAR_MS, 'year' as const];
  return { value: Math.round(diff / unitMs) || Math.sign(diff), unit };
}
