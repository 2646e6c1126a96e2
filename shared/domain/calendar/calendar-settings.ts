// A workspace's calendar as the team edits it: a preset (mainland China's official arrangements, or
// none) plus the team's own weekdays, extra days off and extra working days. Plain data: the schema
// stores it, `buildWorkingCalendar` turns it into the calendar the engine counts with.
import type { IsoDay } from '../../iso-day';

export const CALENDAR_PRESETS = ['china', 'none'] as const;
export type CalendarPreset = (typeof CALENDAR_PRESETS)[number];

export interface CalendarSettings {
  readonly preset: CalendarPreset;
  /** 0 = Sunday … 6 = Saturday, ascending, no repeats. */
  readonly workingWeekdays: readonly number[];
  /** Days off on top of the preset (a site shutdown, a local festival). */
  readonly extraHolidays: readonly IsoDay[];
  /** Working days on top of the preset; they win over holidays (the team decided to work). */
  readonly extraWorkdays: readonly IsoDay[];
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = Object.freeze({
  preset: 'china',
  workingWeekdays: Object.freeze([1, 2, 3, 4, 5]),
  extraHolidays: Object.freeze([]),
  extraWorkdays: Object.freeze([]),
});

export function isCalendarPreset(value: unknown): value is CalendarPreset {
  return typeof value === 'string' && (CALENDAR_PRESETS as readonly string[]).includes(value);
}
