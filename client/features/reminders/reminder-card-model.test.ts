import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import { makeCalendar } from '../../../shared/domain/calendar/working-calendar';
import { nextReminder, settingForTime } from './reminder-card-model';
import { REMINDER_OFF } from './reminder-setting';

// Thursday 2026-12-03, 10:00 in Beijing (02:00 UTC)
const clock = { nowMs: Date.parse('2026-12-03T02:00:00Z'), offsetMinutes: -480, calendar: makeCalendar() };

describe('reminder card model', () => {
  it('refuses a missing or malformed time', () => {
    expect(settingForTime('', REMINDER_OFF, clock)).toEqual({ ok: false, reason: 'time' });
    expect(settingForTime('7:5', REMINDER_OFF, clock)).toEqual({ ok: false, reason: 'time' });
  });

  it('a time later today waits for today', () => {
    const result = settingForTime('17:30', REMINDER_OFF, clock);
    expect(result).toEqual({ ok: true, setting: { time: '17:30', lastShownDay: null } });
    if (!result.ok) return;
    expect(nextReminder(result.setting, clock)).toEqual({ kind: 'at', atMs: Date.parse('2026-12-03T09:30:00Z') });
  });

  it('a time already past today starts tomorrow instead of notifying at once', () => {
    const result = settingForTime('08:30', REMINDER_OFF, clock);
    expect(result).toEqual({ ok: true, setting: { time: '08:30', lastShownDay: '2026-12-03' } });
    if (!result.ok) return;
    expect(nextReminder(result.setting, clock)).toEqual({ kind: 'at', atMs: Date.parse('2026-12-04T00:30:00Z') });
  });

  it('says nothing about a next reminder while off, and "now" when one is due', () => {
    expect(nextReminder(REMINDER_OFF, clock)).toBeNull();
    expect(nextReminder({ time: '08:30', lastShownDay: '2026-12-02' as IsoDay }, clock)).toEqual({ kind: 'now' });
  });
});
