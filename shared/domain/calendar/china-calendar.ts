// The mainland China preset: Monday to Friday, with every published year's holidays and make-up
// workdays. A workspace starts from this and edits its own copy.
import type { IsoDay } from '../../iso-day';
import { CHINA_HOLIDAY_YEARS, type HolidayYear } from './china-holidays';
import { addDays, toDayNumber } from './day-number';
import { makeCalendar, MONDAY_TO_FRIDAY, type WorkingCalendar } from './working-calendar';

export function chinaCalendar(years: readonly HolidayYear[] = CHINA_HOLIDAY_YEARS): WorkingCalendar {
  const holidays = new Set<IsoDay>();
  const makeUpWorkdays = new Set<IsoDay>();
  for (const year of years) {
    for (const [first, last] of year.daysOff) {
      for (let day = first; toDayNumber(day) <= toDayNumber(last); day = addDays(day, 1)) holidays.add(day);
    }
    for (const day of year.makeUpWorkdays) makeUpWorkdays.add(day);
  }
  return makeCalendar({ workingWeekdays: MONDAY_TO_FRIDAY, holidays, makeUpWorkdays });
}

/** Years the preset covers, so the UI can say when a schedule runs past the published data. */
export function chinaCalendarYears(): readonly number[] {
  return CHINA_HOLIDAY_YEARS.map((year) => year.year);
}
