// Working calendars: which days a site works. Weekdays set the pattern; holidays take days off it and
// make-up working days (调休上班) put weekend days back on, as China's official arrangements do.
// Durations and lags everywhere are counted in working days of one calendar.
import type { IsoDay } from '../../iso-day';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number';

export interface WorkingCalendar {
  /** Weekdays worked by default, 0 = Sunday … 6 = Saturday. */
  readonly workingWeekdays: readonly number[];
  /** Days off that would otherwise be worked. */
  readonly holidays: ReadonlySet<IsoDay>;
  /** Days worked that would otherwise be off (a make-up Saturday or Sunday). */
  readonly makeUpWorkdays: ReadonlySet<IsoDay>;
}

export class CalendarError extends Error {
  override name = 'CalendarError';
}

/** A calendar with no working day within this many days of a date is treated as broken, not looped over. */
const MAX_SCAN_DAYS = 366 * 20;

export const MONDAY_TO_FRIDAY: readonly number[] = [1, 2, 3, 4, 5];

export function makeCalendar(input: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return {
    workingWeekdays: input.workingWeekdays ?? MONDAY_TO_FRIDAY,
    holidays: input.holidays ?? new Set(),
    makeUpWorkdays: input.makeUpWorkdays ?? new Set(),
  };
}

export function isWorkingDay(calendar: WorkingCalendar, day: IsoDay): boolean {
  return isWorkingDayNumber(calendar, toDayNumber(day));
}

function isWorkingDayNumber(calendar: WorkingCalendar, dayNumber: number): boolean {
  return workingDayTest(calendar)(dayNumber);
}

const tests = new WeakMap<WorkingCalendar, (dayNumber: number) => boolean>();

/**
 * A fast "is this day number worked" for one calendar: its dates turned into day numbers once, so
 * scheduling thousands of tasks doesn't format a date string per day it looks at.
 */
export function workingDayTest(calendar: WorkingCalendar): (dayNumber: number) => boolean {
  const known = tests.get(calendar);
  if (known) return known;
  const makeUp = new Set([...calendar.makeUpWorkdays].map(toDayNumber));
  const off = new Set([...calendar.holidays].map(toDayNumber));
  const weekdays = [0, 1, 2, 3, 4, 5, 6].map((weekday) => calendar.workingWeekdays.includes(weekday));
  const test = (dayNumber: number): boolean => makeUp.has(dayNumber) || (!off.has(dayNumber) && (weekdays[weekdayOf(dayNumber)] ?? false));
  tests.set(calendar, test);
  return test;
}

/** The day itself when it is worked, else the next working day after it. */
export function nextWorkingDay(calendar: WorkingCalendar, day: IsoDay): IsoDay {
  return fromDayNumber(scan(calendar, toDayNumber(day), 1));
}

/** The day itself when it is worked, else the last working day before it. */
export function previousWorkingDay(calendar: WorkingCalendar, day: IsoDay): IsoDay {
  return fromDayNumber(scan(calendar, toDayNumber(day), -1));
}

/**
 * The working day reached by counting `count` working days after `day` (before it when negative);
 * `day` itself is not counted, so Friday + 1 is Monday, and Saturday + 1 is Monday too. 0 returns `day`.
 */
export function addWorkingDays(calendar: WorkingCalendar, day: IsoDay, count: number): IsoDay {
  if (!Number.isSafeInteger(count)) throw new CalendarError(`not a whole number of working days: ${count}`);
  const step = count < 0 ? -1 : 1;
  let current = toDayNumber(day);
  for (let left = Math.abs(count); left > 0; left--) current = scan(calendar, current + step, step);
  return fromDayNumber(current);
}

/** Working days in the closed range [from, to]; 0 when `to` is before `from`. */
export function countWorkingDays(calendar: WorkingCalendar, from: IsoDay, to: IsoDay): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  let count = 0;
  for (let dayNumber = start; dayNumber <= end; dayNumber++) if (isWorkingDayNumber(calendar, dayNumber)) count++;
  return count;
}

function scan(calendar: WorkingCalendar, from: number, step: 1 | -1): number {
  for (let offset = 0; offset <= MAX_SCAN_DAYS; offset++) {
    const dayNumber = from + offset * step;
    if (isWorkingDayNumber(calendar, dayNumber)) return dayNumber;
  }
  throw new CalendarError(`no working day within ${MAX_SCAN_DAYS} days of ${fromDayNumber(from)}`);
}
