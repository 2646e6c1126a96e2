import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { chinaCalendar } from './china-calendar';
import { toDayNumber } from './day-number';
import { makeWorkdayIndex } from './workday-index';
import { addWorkingDays, CalendarError, makeCalendar } from './working-calendar';

const day = (value: string): IsoDay => value as IsoDay;
const china = chinaCalendar();

describe('the working-day index', () => {
  it('numbers working days from the anchor, a day off taking the next working day’s number', () => {
    const index = makeWorkdayIndex(china, day('2026-02-13'));
    expect(index.dayAt(0)).toBe('2026-02-13');
    expect(index.dayAt(1)).toBe('2026-02-14'); // make-up Saturday
    expect(index.dayAt(2)).toBe('2026-02-24'); // after the Spring Festival
    expect(index.indexOf(day('2026-02-16'))).toBe(2);
    expect(index.indexOf(day('2026-02-12'))).toBe(-1);
    expect(index.indexOfDayNumber(toDayNumber(day('2026-02-24')))).toBe(2);
    expect(index.dayNumberAt(2)).toBe(toDayNumber(day('2026-02-24')));
  });

  it('grows in both directions and agrees with addWorkingDays years away', () => {
    const index = makeWorkdayIndex(china, day('2026-06-01'));
    for (const offset of [-2000, -401, -1, 1, 399, 400, 401, 3000]) {
      expect(index.dayAt(offset), `offset ${offset}`).toBe(addWorkingDays(china, day('2026-06-01'), offset));
      expect(index.indexOf(index.dayAt(offset))).toBe(offset);
    }
    // growing backward keeps the numbers and the formatted days already handed out
    const later = makeWorkdayIndex(china, day('2026-06-01'));
    expect(later.dayAt(5)).toBe('2026-06-08');
    expect(later.indexOf(day('2021-01-04'))).toBe(index.indexOf(day('2021-01-04')));
    expect(later.dayAt(5)).toBe('2026-06-08');
  });

  it('refuses a day centuries away instead of building a table for it', () => {
    const index = makeWorkdayIndex(makeCalendar(), day('2026-01-05'));
    expect(() => index.indexOf(day('2999-01-01'))).toThrow(CalendarError);
  });
});
