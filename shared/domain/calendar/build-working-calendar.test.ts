import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { buildWorkingCalendar } from './build-working-calendar';
import { DEFAULT_CALENDAR_SETTINGS } from './calendar-settings';
import { isWorkingDay } from './working-calendar';

const day = (value: string): IsoDay => value as IsoDay;

describe('buildWorkingCalendar', () => {
  it('starts from China’s arrangements: Spring Festival 2026 off, its make-up Saturday worked', () => {
    const calendar = buildWorkingCalendar(DEFAULT_CALENDAR_SETTINGS);
    expect(isWorkingDay(calendar, day('2026-02-17'))).toBe(false);
    expect(isWorkingDay(calendar, day('2026-02-14'))).toBe(true);
    expect(isWorkingDay(calendar, day('2026-03-02'))).toBe(true);
  });

  it('adds the team’s own days off and working days, working days winning', () => {
    const calendar = buildWorkingCalendar({
      ...DEFAULT_CALENDAR_SETTINGS,
      extraHolidays: [day('2026-03-03'), day('2026-03-04')],
      extraWorkdays: [day('2026-03-04'), day('2026-02-18')],
    });
    expect(isWorkingDay(calendar, day('2026-03-03'))).toBe(false);
    expect(isWorkingDay(calendar, day('2026-03-04'))).toBe(true);
    expect(isWorkingDay(calendar, day('2026-02-18'))).toBe(true);
  });

  it('without the preset only weekdays count, and a six-day week works Saturdays', () => {
    const calendar = buildWorkingCalendar({ ...DEFAULT_CALENDAR_SETTINGS, preset: 'none', workingWeekdays: [1, 2, 3, 4, 5, 6] });
    expect(isWorkingDay(calendar, day('2026-02-17'))).toBe(true);
    expect(isWorkingDay(calendar, day('2026-03-07'))).toBe(true);
    expect(isWorkingDay(calendar, day('2026-03-08'))).toBe(false);
  });

  it('falls back to Monday–Friday when no weekday is worked, instead of a calendar without working days', () => {
    const calendar = buildWorkingCalendar({ ...DEFAULT_CALENDAR_SETTINGS, preset: 'none', workingWeekdays: [] });
    expect(isWorkingDay(calendar, day('2026-03-02'))).toBe(true);
  });
});
