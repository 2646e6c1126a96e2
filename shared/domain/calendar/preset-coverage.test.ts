import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from './calendar-settings';
import { chinaCalendarYears } from './china-calendar';
import { formatYears, yearsWithoutArrangement } from './preset-coverage';

const china: CalendarSettings = DEFAULT_CALENDAR_SETTINGS;
const day = (text: string): IsoDay => text as IsoDay;

describe('yearsWithoutArrangement', () => {
  it('lists the schedule years after (and before) the published ones', () => {
    const published = [2024, 2025, 2026];
    expect(yearsWithoutArrangement(china, day('2026-03-01'), day('2026-12-31'), published)).toEqual([]);
    expect(yearsWithoutArrangement(china, day('2026-03-01'), day('2028-01-15'), published)).toEqual([2027, 2028]);
    expect(yearsWithoutArrangement(china, day('2023-11-01'), day('2024-02-01'), published)).toEqual([2023]);
  });

  it('counts a year the team entered days off for as covered', () => {
    const entered: CalendarSettings = { ...china, extraHolidays: [day('2027-02-05'), day('2027-02-06')] };
    expect(yearsWithoutArrangement(entered, day('2026-03-01'), day('2028-01-15'), [2026])).toEqual([2028]);
  });

  it('says nothing for a workspace without the China preset', () => {
    expect(yearsWithoutArrangement({ ...china, preset: 'none' }, day('2026-03-01'), day('2030-01-01'), [2026])).toEqual([]);
  });

  it('lists at most fifty years of a mistyped far-off date', () => {
    expect(yearsWithoutArrangement(china, day('2026-01-01'), day('2999-01-01'), [2026])).toHaveLength(49);
  });

  it('uses the years the preset ships with by default', () => {
    const last = chinaCalendarYears().at(-1) ?? 0;
    expect(yearsWithoutArrangement(china, day(`${last}-06-01`), day(`${last + 1}-03-01`))).toEqual([last + 1]);
  });
});

describe('formatYears', () => {
  it('writes consecutive years as ranges', () => {
    expect(formatYears([2027])).toBe('2027');
    expect(formatYears([2027, 2028, 2029])).toBe('2027–2029');
    expect(formatYears([2019, 2027, 2028])).toBe('2019, 2027–2028');
    expect(formatYears([])).toBe('');
  });
});
