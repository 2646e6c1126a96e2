// Which years of a schedule the China preset cannot count properly: the State Council publishes each
// year's holidays and make-up working days (调休) in the autumn before, and the preset holds only the
// years published when the app was built (china-holidays.ts). A year the team has entered days off
// for itself counts as covered: they typed in the arrangement.
import type { IsoDay } from '../../iso-day';
import type { CalendarSettings } from './calendar-settings';
import { chinaCalendarYears } from './china-calendar';

/** A year range beyond this is not a schedule worth warning about year by year (a typo'd date). */
const MAX_YEARS_LISTED = 50;

/** The years of [first, last] that the China preset holds no arrangement for, ascending; none when the workspace does not use the preset. */
export function yearsWithoutArrangement(settings: CalendarSettings, first: IsoDay, last: IsoDay, published: readonly number[] = chinaCalendarYears()): number[] {
  if (settings.preset !== 'china') return [];
  const from = yearOf(first);
  const to = Math.min(yearOf(last), from + MAX_YEARS_LISTED - 1);
  const enteredByTeam = new Set(settings.extraHolidays.map(yearOf));
  const missing: number[] = [];
  for (let year = from; year <= to; year++) if (!published.includes(year) && !enteredByTeam.has(year)) missing.push(year);
  return missing;
}

/** "2027", "2027–2029", "2019, 2027–2028": consecutive years as ranges. */
export function formatYears(years: readonly number[]): string {
  const parts: string[] = [];
  let start: number | null = null;
  let previous: number | null = null;
  const close = (): void => {
    if (start === null || previous === null) return;
    parts.push(start === previous ? String(start) : `${start}–${previous}`);
  };
  for (const year of years) {
    if (previous !== null && year === previous + 1) {
      previous = year;
      continue;
    }
    close();
    start = year;
    previous = year;
  }
  close();
  return parts.join(', ');
}

function yearOf(day: IsoDay): number {
  return Number(day.slice(0, 4));
}
