// The timeline's horizontal scale: how many pixels a calendar day takes at each zoom, where a day sits
// (x from the chart's first day), which day a pointer is over, and the two header bands of each zoom.
// Days are whole day numbers (days since 1970-01-01, as in shared/domain/calendar/day-number.ts) so
// the chart never formats a date to place a bar.
import { fromDayNumber, toDayNumber } from '../../../shared/domain/calendar/day-number';
import { nextWorkingDay, previousWorkingDay, type WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { IsoDay } from '../../../shared/iso-day';

export const ZOOMS = ['day', 'week', 'month', 'quarter'] as const;
export type Zoom = (typeof ZOOMS)[number];

export const PX_PER_DAY = { day: 32, week: 12, month: 4, quarter: 1.5 } as const satisfies Record<Zoom, number>;

/** Header cell units: the coarse band above, the fine band below. */
export type HeaderUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const HEADER_BANDS = {
  day: ['month', 'day'],
  week: ['month', 'week'],
  month: ['year', 'month'],
  quarter: ['year', 'quarter'],
} as const satisfies Record<Zoom, readonly [HeaderUnit, HeaderUnit]>;

export interface TimelineScale {
  readonly zoom: Zoom;
  readonly pxPerDay: number;
  /** Day number drawn at x = 0. */
  readonly originDay: number;
  /** Days drawn: the chart is `dayCount × pxPerDay` wide. */
  readonly dayCount: number;
}

export function makeScale(zoom: Zoom, firstDay: IsoDay, lastDay: IsoDay): TimelineScale {
  const originDay = toDayNumber(firstDay);
  return { zoom, pxPerDay: PX_PER_DAY[zoom], originDay, dayCount: Math.max(1, toDayNumber(lastDay) - originDay + 1) };
}

export function chartWidth(scale: TimelineScale): number {
  return scale.dayCount * scale.pxPerDay;
}

/** Left edge of a day. */
export function xOfDay(scale: TimelineScale, dayNumber: number): number {
  return (dayNumber - scale.originDay) * scale.pxPerDay;
}

export function xOfIsoDay(scale: TimelineScale, day: IsoDay): number {
  return xOfDay(scale, toDayNumber(day));
}

/** The day under x (the day whose cell contains it). */
export function dayAtX(scale: TimelineScale, x: number): number {
  return scale.originDay + Math.floor(x / scale.pxPerDay);
}

/**
 * The working day a start edge dropped at x lands on: the nearest day boundary, then forward to a
 * working day (a bar never starts on a day off).
 */
export function snapStartAtX(scale: TimelineScale, calendar: WorkingCalendar, x: number): IsoDay {
  return nextWorkingDay(calendar, fromDayNumber(scale.originDay + Math.round(x / scale.pxPerDay)));
}

/** The working day a finish edge dropped at x lands on: the day before the nearest boundary, back to a working day. */
export function snapFinishAtX(scale: TimelineScale, calendar: WorkingCalendar, x: number): IsoDay {
  return previousWorkingDay(calendar, fromDayNumber(scale.originDay + Math.round(x / scale.pxPerDay) - 1));
}

/** The zoom one step in (`-1`) or out (`1`), staying at the ends. */
export function stepZoom(zoom: Zoom, direction: -1 | 1): Zoom {
  const at = ZOOMS.indexOf(zoom) + direction;
  return ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, at))] ?? zoom;
}
