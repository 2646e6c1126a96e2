// Working days numbered in a row (…, -1, 0, 1, …; 0 = the anchor's working day), so scheduling can
// add durations and lags as plain integers and turn them back into dates at the end. The table grows
// in either direction as far as a schedule reaches.
import type { IsoDay } from '../../iso-day';
import { fromDayNumber, toDayNumber } from './day-number';
import { nextWorkingDay, workingDayTest, type WorkingCalendar } from './working-calendar';

export interface WorkdayIndex {
  /** The index of `day`, or of the next working day when `day` is not worked. */
  indexOf(day: IsoDay): number;
  /** The working day with this index. */
  dayAt(index: number): IsoDay;
}

const GROW_DAYS = 400;

export function makeWorkdayIndex(calendar: WorkingCalendar, anchor: IsoDay): WorkdayIndex {
  // days[i] is the day number of working day (i - offset)
  let days: number[] = [toDayNumber(nextWorkingDay(calendar, anchor))];
  let offset = 0;
  const isWorked = workingDayTest(calendar);
  const formatted = new Map<number, IsoDay>();

  const growForward = (): void => {
    const last = days[days.length - 1] ?? 0;
    for (let dayNumber = last + 1; dayNumber <= last + GROW_DAYS; dayNumber++) {
      if (isWorked(dayNumber)) days.push(dayNumber);
    }
  };
  const growBackward = (): void => {
    const first = days[0] ?? 0;
    const earlier: number[] = [];
    for (let dayNumber = first - GROW_DAYS; dayNumber < first; dayNumber++) {
      if (isWorked(dayNumber)) earlier.push(dayNumber);
    }
    days = [...earlier, ...days];
    offset += earlier.length;
  };
  const ensure = (predicate: () => boolean, grow: () => void): void => {
    for (let rounds = 0; !predicate(); rounds++) {
      if (rounds > 100) throw new Error('working-day index grew past 100 × 400 days');
      grow();
    }
  };

  return {
    indexOf(day) {
      const target = toDayNumber(day);
      ensure(() => (days[days.length - 1] ?? 0) >= target, growForward);
      ensure(() => (days[0] ?? 0) <= target, growBackward);
      let low = 0;
      let high = days.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((days[middle] ?? 0) < target) low = middle + 1;
        else high = middle;
      }
      return low - offset;
    },
    dayAt(index) {
      ensure(() => index + offset < days.length, growForward);
      ensure(() => index + offset >= 0, growBackward);
      const dayNumber = days[index + offset] ?? 0;
      // formatting a date is the costly part of scheduling 10,000 tasks; each day is formatted once
      let text = formatted.get(dayNumber);
      if (text === undefined) {
        text = fromDayNumber(dayNumber);
        formatted.set(dayNumber, text);
      }
      return text;
    },
  };
}
