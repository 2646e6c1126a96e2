// The time spans the health pages ask the relay for. Days are China days, as the relay counts them
// (server/metrics/snapshot-figures.ts: METRICS_TIME_ZONE_OFFSET_MINUTES), so a chart's day is the
// day its figures were computed for, wherever the viewer is.
import { addDays, toDayNumber } from '../../../shared/domain/calendar/day-number';
import { localIsoDay, type IsoDay } from '../../../shared/iso-day';

export const HEALTH_PERIODS = ['30d', 'quarter', 'year'] as const;
export type HealthPeriod = (typeof HEALTH_PERIODS)[number];

const PERIOD_DAYS: Readonly<Record<HealthPeriod, number>> = { '30d': 30, quarter: 91, year: 365 };

/** China: UTC+8 all year, as Date#getTimezoneOffset would say it. */
export const METRICS_TIME_ZONE_OFFSET_MINUTES = -480;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * 8 h buckets: China's midnight is 16:00 UTC, a multiple of 8 h after the epoch, so every bucket lies
 * inside one China day and the last snapshot of each day survives the relay's downsampling.
 */
export const METRICS_STEP_MS = 8 * HOUR_MS;

export interface MetricsRange {
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

export function isHealthPeriod(value: string): value is HealthPeriod {
  return (HEALTH_PERIODS as readonly string[]).includes(value);
}

/**
 * The last N China days up to `now`. `to` reaches a day past `now`: no snapshot is ever in the future,
 * and a device clock a little behind the relay's must not hide the newest snapshot.
 */
export function periodRange(period: HealthPeriod, now: number): MetricsRange {
  const today = chinaDay(now);
  return { from: chinaMidnight(addDays(today, 1 - PERIOD_DAYS[period])), to: now + DAY_MS, step: METRICS_STEP_MS };
}

/** The first and last day of the last N days, for the team API, which takes days. */
export function periodDays(period: HealthPeriod, now: number): { readonly from: IsoDay; readonly to: IsoDay } {
  const today = chinaDay(now);
  return { from: addDays(today, 1 - PERIOD_DAYS[period]), to: today };
}

/** The period's days as chart x values (day numbers), so the axis spans the whole period. */
export function periodChartRange(period: HealthPeriod, now: number): readonly [number, number] {
  const { from, to } = periodDays(period, now);
  return [toDayNumber(from), toDayNumber(to)];
}

export function chinaDay(at: number): IsoDay {
  return localIsoDay(at, METRICS_TIME_ZONE_OFFSET_MINUTES);
}

/** The instant a China day starts. */
export function chinaMidnight(day: IsoDay): number {
  return Date.parse(`${day}T00:00:00Z`) + METRICS_TIME_ZONE_OFFSET_MINUTES * 60_000;
}

export interface Quarter {
  readonly year: number;
  /** 1–4. */
  readonly quarter: number;
  readonly start: IsoDay;
  readonly end: IsoDay;
}

/** The calendar quarter a day falls in. */
export function quarterOf(day: IsoDay): Quarter {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return quarterAt(year, quarter);
}

/** The quarter before, for reviewing a quarter just closed. */
export function previousQuarter(current: Quarter): Quarter {
  return current.quarter === 1 ? quarterAt(current.year - 1, 4) : quarterAt(current.year, current.quarter - 1);
}

/** The quarter's days up to `today` (a quarter under way ends today), for the team API. */
export function quarterDays(quarter: Quarter, today: IsoDay): { readonly from: IsoDay; readonly to: IsoDay } {
  return { from: quarter.start, to: quarter.end < today ? quarter.end : today };
}

/** The quarter as a snapshot range (epoch ms), same bucket rule as periodRange. */
export function quarterRange(quarter: Quarter): MetricsRange {
  return { from: chinaMidnight(quarter.start), to: chinaMidnight(addDays(quarter.end, 1)), step: METRICS_STEP_MS };
}

function quarterAt(year: number, quarter: number): Quarter {
  const month = (quarter - 1) * 3 + 1;
  const start = `${year}-${String(month).padStart(2, '0')}-01` as IsoDay;
  const nextStart = quarter === 4 ? (`${year + 1}-01-01` as IsoDay) : (`${year}-${String(month + 3).padStart(2, '0')}-01` as IsoDay);
  return { year, quarter, start, end: addDays(nextStart, -1) };
}
