import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from '../../../shared/schema';
import { formFromSettings, parseDayList, settingsFromForm } from './calendar-form';

describe('the working-calendar form', () => {
  it('round-trips settings: the China preset, weekdays, days off and make-up days', () => {
    const settings: CalendarSettings = { preset: 'china', workingWeekdays: [1, 2, 3, 4, 5, 6], extraHolidays: ['2026-07-01', '2026-05-04'] as IsoDay[], extraWorkdays: ['2026-10-11'] as IsoDay[] };
    const form = formFromSettings(settings);
    expect(form.extraHolidays).toBe('2026-05-04\n2026-07-01');
    expect(settingsFromForm(form)).toEqual({ ok: true, settings: { ...settings, extraHolidays: ['2026-05-04', '2026-07-01'] } });
  });

  it('turns the China preset off, and reads the defaults back unchanged', () => {
    const form = formFromSettings(DEFAULT_CALENDAR_SETTINGS);
    expect(settingsFromForm({ ...form, china: false })).toMatchObject({ ok: true, settings: { preset: 'none', workingWeekdays: [1, 2, 3, 4, 5] } });
  });

  it('reads days separated by lines, commas (also Chinese ones), 、 and spaces, with slashes, without repeats', () => {
    expect(parseDayList('2026/10/8，2026-1-2、 2026-10-08\n\n2025.12.31')).toEqual({ ok: true, value: ['2025-12-31', '2026-01-02', '2026-10-08'] });
    expect(parseDayList('  ')).toEqual({ ok: true, value: [] });
  });

  it('names the first entry that is not a day, and in which list', () => {
    expect(parseDayList('2026-02-30')).toEqual({ ok: false, reason: '2026-02-30' });
    const form = { ...formFromSettings(DEFAULT_CALENDAR_SETTINGS), extraWorkdays: '2026-10-10, next Sunday' };
    expect(settingsFromForm(form)).toEqual({ ok: false, problem: { kind: 'bad-day', list: 'workdays', typed: 'next' } });
  });

  it('refuses a week with no working day, and a day that is both off and working', () => {
    expect(settingsFromForm({ ...formFromSettings(DEFAULT_CALENDAR_SETTINGS), workingWeekdays: new Set() })).toEqual({ ok: false, problem: { kind: 'no-weekdays' } });
    const both = { ...formFromSettings(DEFAULT_CALENDAR_SETTINGS), extraHolidays: '2026-10-10', extraWorkdays: '2026/10/10' };
    expect(settingsFromForm(both)).toEqual({ ok: false, problem: { kind: 'both-lists', day: '2026-10-10' } });
  });
});
