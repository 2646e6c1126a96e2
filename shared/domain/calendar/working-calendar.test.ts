import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { chinaCalendar } from './china-calendar';
import { CHINA_HOLIDAY_YEARS } from './china-holidays';
import { toDayNumber, weekdayOf } from './day-number';
import { addWorkingDays, CalendarError, countWorkingDays, isWorkingDay, makeCalendar, nextWorkingDay, previousWorkingDay } from './working-calendar';

const day = (value: string): IsoDay => value as IsoDay;
const china = chinaCalendar();

describe('working calendar', () => {
  it('works Monday to Friday by default', () => {
    const plain = makeCalendar();
    expect(isWorkingDay(plain, day('2026-11-23'))).toBe(true);
    expect(isWorkingDay(plain, day('2026-11-22'))).toBe(false);
    expect(addWorkingDays(plain, day('2026-11-20'), 1)).toBe('2026-11-23');
    expect(addWorkingDays(plain, day('2026-11-21'), 1)).toBe('2026-11-23');
    expect(addWorkingDays(plain, day('2026-11-23'), -1)).toBe('2026-11-20');
    expect(addWorkingDays(plain, day('2026-11-22'), 0)).toBe('2026-11-22');
  });

  it('skips the 2026 Spring Festival and works its make-up Saturdays', () => {
    expect(isWorkingDay(china, day('2026-02-14'))).toBe(true);
    expect(isWorkingDay(china, day('2026-02-16'))).toBe(false);
    expect(addWorkingDays(china, day('2026-02-13'), 1)).toBe('2026-02-14');
    expect(addWorkingDays(china, day('2026-02-14'), 1)).toBe('2026-02-24');
    expect(addWorkingDays(china, day('2026-02-24'), -1)).toBe('2026-02-14');
    expect(countWorkingDays(china, day('2026-02-01'), day('2026-02-28'))).toBe(16);
  });

  it('crosses a year boundary into a make-up Sunday', () => {
    expect(addWorkingDays(china, day('2025-12-31'), 1)).toBe('2026-01-04');
    expect(nextWorkingDay(china, day('2026-01-01'))).toBe('2026-01-04');
    expect(previousWorkingDay(china, day('2026-01-03'))).toBe('2025-12-31');
    expect(countWorkingDays(china, day('2025-12-29'), day('2026-01-04'))).toBe(4);
  });

  it('walks a long holiday in both directions consistently', () => {
    for (const start of ['2026-09-24', '2026-09-28', '2026-10-09', '2025-09-30']) {
      for (let n = -15; n <= 15; n++) {
        const there = addWorkingDays(china, day(start), n);
        if (n !== 0) expect(isWorkingDay(china, there)).toBe(true);
        if (isWorkingDay(china, day(start))) expect(addWorkingDays(china, there, -n)).toBe(start);
      }
    }
  });

  it('counts nothing for an inverted range', () => {
    expect(countWorkingDays(china, day('2026-03-10'), day('2026-03-01'))).toBe(0);
  });

  it('reports a calendar with no working days instead of looping forever', () => {
    const never = makeCalendar({ workingWeekdays: [] });
    expect(() => addWorkingDays(never, day('2026-01-05'), 1)).toThrow(CalendarError);
    expect(() => addWorkingDays(makeCalendar(), day('2026-01-05'), 1.5)).toThrow(CalendarError);
  });
});

describe('the China holiday preset', () => {
  it('puts make-up workdays only on weekends, never on a declared day off, each year with its source', () => {
    for (const year of CHINA_HOLIDAY_YEARS) {
      expect(year.source).toContain(`${year.year}年`);
      for (const workday of year.makeUpWorkdays) {
        expect([0, 6], `${workday} is a weekend day`).toContain(weekdayOf(toDayNumber(workday)));
        expect(isWorkingDay(china, workday)).toBe(true);
      }
      for (const [first, last] of year.daysOff) {
        expect(toDayNumber(last) - toDayNumber(first)).toBeGreaterThanOrEqual(0);
        expect(toDayNumber(last) - toDayNumber(first)).toBeLessThan(9);
        expect(isWorkingDay(china, first)).toBe(false);
      }
    }
  });

  it('covers consecutive years without gaps', () => {
    const years = CHINA_HOLIDAY_YEARS.map((entry) => entry.year);
    expect(years).toEqual(years.map((_, index) => (years[0] ?? 0) + index));
  });
});
