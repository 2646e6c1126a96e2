import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { makeCalendar } from '../calendar/working-calendar';
import { parseReminderTime, planReminder } from './next-reminder';

const CHINA = -480;
const calendar = makeCalendar();
// 2026-12-03 is a Thursday; 08:30 in Beijing is 00:30 UTC
const at = (iso: string): number => Date.parse(iso);

describe('planReminder', () => {
  it('waits for the chosen local time on a working day', () => {
    expect(planReminder({ nowMs: at('2026-12-02T23:00:00Z'), timeZoneOffsetMinutes: CHINA, time: '08:30', calendar, lastShownDay: null }))
      .toEqual({ kind: 'wait', day: '2026-12-03', atMs: at('2026-12-03T00:30:00Z') });
  });

  it('shows at once when the time has passed today and it was not shown yet', () => {
    expect(planReminder({ nowMs: at('2026-12-03T02:00:00Z'), timeZoneOffsetMinutes: CHINA, time: '08:30', calendar, lastShownDay: null }))
      .toEqual({ kind: 'show-now', day: '2026-12-03' });
  });

  it('never shows twice on one day: after today it waits for the next working day', () => {
    expect(planReminder({ nowMs: at('2026-12-03T02:00:00Z'), timeZoneOffsetMinutes: CHINA, time: '08:30', calendar, lastShownDay: '2026-12-03' as IsoDay }))
      .toEqual({ kind: 'wait', day: '2026-12-04', atMs: at('2026-12-04T00:30:00Z') });
  });

  it('skips the weekend and the days off of the calendar', () => {
    const withDayOff = makeCalendar({ holidays: new Set(['2026-12-07' as IsoDay]) });
    expect(planReminder({ nowMs: at('2026-12-04T02:00:00Z'), timeZoneOffsetMinutes: CHINA, time: '08:30', calendar: withDayOff, lastShownDay: '2026-12-04' as IsoDay }))
      .toEqual({ kind: 'wait', day: '2026-12-08', atMs: at('2026-12-08T00:30:00Z') });
  });

  it('uses the local day, not the UTC day', () => {
    // 2026-12-04T17:00Z is Saturday 01:00 in Beijing: next is Monday
    expect(planReminder({ nowMs: at('2026-12-04T17:00:00Z'), timeZoneOffsetMinutes: CHINA, time: '08:30', calendar, lastShownDay: null }))
      .toEqual({ kind: 'wait', day: '2026-12-07', atMs: at('2026-12-07T00:30:00Z') });
  });

  it('plans nothing for a bad time', () => {
    expect(planReminder({ nowMs: 0, timeZoneOffsetMinutes: 0, time: '25:00', calendar, lastShownDay: null })).toEqual({ kind: 'none' });
    expect(parseReminderTime('07:05')).toBe(425);
    expect(parseReminderTime('7:05')).toBeNull();
  });
});
