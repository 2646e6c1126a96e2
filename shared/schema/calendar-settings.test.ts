import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildWorkingCalendar } from '../domain/calendar/build-working-calendar';
import { isWorkingDay } from '../domain/calendar/working-calendar';
import type { IsoDay } from '../iso-day';
import { DEFAULT_CALENDAR_SETTINGS, readCalendarSettings, setCalendarSettings, type CalendarSettings } from './calendar-settings';
import { ORIGIN, syncAll } from './test-fixtures';
import { workspaceRoots } from './workspace-roots';

const SITE_SHUTDOWN = '2026-07-15' as IsoDay;
const SATURDAY_POUR = '2026-07-18' as IsoDay;

function settings(overrides: Partial<CalendarSettings> = {}): CalendarSettings {
  return { ...DEFAULT_CALENDAR_SETTINGS, ...overrides };
}

describe('workspace calendar settings', () => {
  it('reads an empty workspace as China’s arrangements with a Monday–Friday week', () => {
    expect(readCalendarSettings(new Y.Doc())).toEqual({ preset: 'china', workingWeekdays: [1, 2, 3, 4, 5], extraHolidays: [], extraWorkdays: [] });
  });

  it('falls back to the defaults for values of the wrong type, and skips days that are not days', () => {
    const doc = new Y.Doc();
    const root = workspaceRoots(doc).calendar;
    const extra = new Y.Map<unknown>();
    doc.transact(() => {
      root.set('preset', 'mars');
      root.set('workingWeekdays', [1, 9, 'two']);
      root.set('extraHolidays', extra);
      extra.set('2026-13-40', true);
      extra.set(SITE_SHUTDOWN, true);
      root.set('extraWorkdays', 'every day');
    });
    expect(readCalendarSettings(doc)).toEqual({ ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: [SITE_SHUTDOWN] });
  });

  it('writes settings the reader gives back, weekdays sorted without repeats, and the calendar follows them', () => {
    const doc = new Y.Doc();
    const wanted = settings({ preset: 'none', workingWeekdays: [6, 1, 2, 3, 4, 5, 1], extraHolidays: [SITE_SHUTDOWN], extraWorkdays: [] });
    expect(setCalendarSettings(doc, wanted, ORIGIN)).toEqual({ ok: true, value: undefined });
    const read = readCalendarSettings(doc);
    expect(read).toEqual({ preset: 'none', workingWeekdays: [1, 2, 3, 4, 5, 6], extraHolidays: [SITE_SHUTDOWN], extraWorkdays: [] });
    const calendar = buildWorkingCalendar(read);
    expect(isWorkingDay(calendar, SATURDAY_POUR)).toBe(true);
    expect(isWorkingDay(calendar, SITE_SHUTDOWN)).toBe(false);
  });

  it('refuses an unknown preset, a week without working days, weekday numbers out of range and malformed days', () => {
    const doc = new Y.Doc();
    const refuse = (bad: CalendarSettings) => setCalendarSettings(doc, bad, ORIGIN);
    expect(refuse({ ...settings(), preset: 'moon' as 'none' })).toEqual({ ok: false, reason: 'invalid-preset' });
    expect(refuse(settings({ workingWeekdays: [] }))).toEqual({ ok: false, reason: 'invalid-weekdays' });
    expect(refuse(settings({ workingWeekdays: [1, 7] }))).toEqual({ ok: false, reason: 'invalid-weekdays' });
    expect(refuse(settings({ workingWeekdays: [1.5] }))).toEqual({ ok: false, reason: 'invalid-weekdays' });
    expect(refuse(settings({ extraHolidays: ['15/07/2026' as IsoDay] }))).toEqual({ ok: false, reason: 'invalid-day' });
    expect(workspaceRoots(doc).calendar.size).toBe(0);
  });

  it('keeps the days two people add at the same time on two devices', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    setCalendarSettings(one, settings(), ORIGIN);
    syncAll([one, two]);
    setCalendarSettings(one, settings({ extraHolidays: [SITE_SHUTDOWN] }), ORIGIN);
    setCalendarSettings(two, settings({ extraWorkdays: [SATURDAY_POUR] }), ORIGIN);
    syncAll([one, two]);
    expect(readCalendarSettings(one)).toEqual(settings({ extraHolidays: [SITE_SHUTDOWN], extraWorkdays: [SATURDAY_POUR] }));
    expect(readCalendarSettings(two)).toEqual(readCalendarSettings(one));
  });
});
