// Working days numbered in a row (…, -1, 0, 1, …; 0 = the anchor's working day), so scheduling can
// add durations and lags as plain integers and turn them back into dates at the end. The tables are
// typed arrays over a span of day numbers that grows (doubling) in either direction as far as a
// schedule reaches; looking a day up is one array read, and each working day is formatted once.
import type { IsoDay } from '../../iso-day';
import { fromDayNumber, toDayNumber } from './day-number';
import { CalendarError, nextWorkingDay, workingDayTest, type WorkingCalendar } from './working-calendar';

export interface WorkdayIndex {
  /** The index of `day`, or of the next working day when `day` is not worked. */
  indexOf(day: IsoDay): number;
  /** The same for a day number (days since 1970-01-01). */
  indexOfDayNumber(dayNumber: number): number;
  /** The working day with this index. */
  dayAt(index: number): IsoDay;
  /** The day number of the working day with this index. */
  dayNumberAt(index: number): number;
}

const GROW_DAYS = 400;
/** A schedule reaching further than this from its anchor is a bug (or a typo in a year), not a plan. */
const MAX_REACH_DAYS = 366 * 200;

export function makeWorkdayIndex(calendar: WorkingCalendar, anchor: IsoDay): WorkdayIndex {
  const isWorked = workingDayTest(calendar);
  const anchorDay = toDayNumber(nextWorkingDay(calendar, anchor));
  // the span first … last of day numbers covered; both ends are working days
  let first = anchorDay;
  let last = anchorDay;
  let days = Int32Array.of(anchorDay); // days[p]: day number of the p-th working day in the span
  let atOrAfter = Int32Array.of(0); // atOrAfter[d - first]: position of the first working day >= d
  let offset = 0; // position of index 0
  let formatted: (IsoDay | undefined)[] = [undefined];

  const rebuild = (from: number, to: number): void => {
    const worked: number[] = [];
    for (let day = from; day <= to; day++) if (isWorked(day)) worked.push(day);
    const added = worked.indexOf(first);
    const nextDays = Int32Array.from(worked);
    const nextLookup = new Int32Array(to - from + 1);
    for (let day = to, position = worked.length - 1; day >= from; day--) {
      if ((worked[position - 1] ?? Number.NEGATIVE_INFINITY) >= day) position--;
      nextLookup[day - from] = position;
    }
    formatted = [...new Array<IsoDay | undefined>(added), ...formatted];
    formatted.length = worked.length;
    offset += added;
    first = worked[0] ?? from;
    last = worked[worked.length - 1] ?? to;
    days = nextDays;
    atOrAfter = nextLookup;
  };
  const growTo = (dayNumber: number): void => {
    if (Math.abs(dayNumber - anchorDay) > MAX_REACH_DAYS) throw new CalendarError(`a schedule reaching ${fromDayNumber(dayNumber)} is out of range`);
    const span = Math.max(GROW_DAYS, last - first);
    let from = first;
    let to = last;
    if (dayNumber < first) from = Math.min(dayNumber, first - span) - 1;
    if (dayNumber > last) to = Math.max(dayNumber, last + span) + 1;
    for (; !isWorked(from); from--) if (anchorDay - from > MAX_REACH_DAYS) throw new CalendarError('no working day before the schedule');
    for (; !isWorked(to); to++) if (to - anchorDay > MAX_REACH_DAYS) throw new CalendarError('no working day after the schedule');
    rebuild(from, to);
  };

  const indexOfDayNumber = (dayNumber: number): number => {
    if (dayNumber < first || dayNumber > last) growTo(dayNumber);
    return (atOrAfter[dayNumber - first] ?? 0) - offset;
  };
  const position = (index: number): number => {
    let at = index + offset;
    if (at < 0 || at >= days.length) {
      // each working day is at most 7 days from the previous one in any calendar a site uses; grow until reached
      for (let rounds = 0; at < 0 || at >= days.length; rounds++) {
        if (rounds > 64) throw new CalendarError(`working day ${index} is out of range`);
        growTo(at < 0 ? first - Math.max(GROW_DAYS, -at * 2) : last + Math.max(GROW_DAYS, (at - days.length + 1) * 2));
        at = index + offset;
      }
    }
    return at;
  };

  return {
    indexOf: (day) => indexOfDayNumber(toDayNumber(day)),
    indexOfDayNumber,
    dayNumberAt: (index) => days[position(index)] ?? 0,
    dayAt(index) {
      const at = position(index);
      let text = formatted[at];
      if (text === undefined) {
        text = fromDayNumber(days[at] ?? 0);
        formatted[at] = text;
      }
      return text;
    },
  };
}
