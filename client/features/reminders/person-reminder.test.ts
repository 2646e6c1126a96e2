import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../../shared/domain/calendar/china-calendar';
import type { IsoDay } from '../../../shared/iso-day';
import { effectiveReminderSetting, legacyReminderMove, reminderWrites, type ReminderClock } from './person-reminder';

const clock: ReminderClock = { offsetAt: () => -480, calendar: chinaCalendar() };
/** Beijing time on Wednesday 2 December 2026. */
const beijing = (hhmm: string): number => Date.parse(`2026-12-02T${hhmm}:00+08:00`);
const WED = '2026-12-02' as IsoDay;
const TUE = '2026-12-01' as IsoDay;

describe('the reminder setting from the person\'s synced time and the device', () => {
  it('a person who can write uses the synced time; a time past on the day it was chosen counts as shown that day', () => {
    expect(effectiveReminderSetting({ time: '08:30', chosenAt: beijing('07:00') }, { time: null, lastShownDay: TUE }, true, clock)).toEqual({ time: '08:30', lastShownDay: TUE });
    expect(effectiveReminderSetting({ time: '08:30', chosenAt: beijing('10:00') }, { time: null, lastShownDay: TUE }, true, clock)).toEqual({ time: '08:30', lastShownDay: WED });
    expect(effectiveReminderSetting({ time: null, chosenAt: beijing('10:00') }, { time: '09:00', lastShownDay: TUE }, true, clock)).toEqual({ time: null, lastShownDay: TUE });
  });

  it('no synced choice, or a viewer, keeps the device setting', () => {
    const device = { time: '09:00', lastShownDay: TUE };
    expect(effectiveReminderSetting(null, device, true, clock)).toEqual(device);
    expect(effectiveReminderSetting({ time: '08:30', chosenAt: 1 }, device, false, clock)).toEqual(device);
  });

  it('saving writes a changed time to the member record and only the shown day to the device; a viewer saves on the device', () => {
    const now = beijing('11:00');
    expect(reminderWrites({ time: '07:15', lastShownDay: WED }, null, true, now)).toEqual({ person: { time: '07:15', chosenAt: now }, device: { time: null, lastShownDay: WED } });
    expect(reminderWrites({ time: '07:15', lastShownDay: WED }, { time: '07:15', chosenAt: 5 }, true, now)).toEqual({ person: null, device: { time: null, lastShownDay: WED } });
    expect(reminderWrites({ time: null, lastShownDay: WED }, { time: '07:15', chosenAt: 5 }, true, now).person).toEqual({ time: null, chosenAt: now });
    expect(reminderWrites({ time: '07:15', lastShownDay: WED }, null, false, now)).toEqual({ person: null, device: { time: '07:15', lastShownDay: WED } });
  });

  it('a device time from before moves once to the member record, keeping the shown day; nothing moves otherwise', () => {
    const now = beijing('06:00');
    expect(legacyReminderMove(null, { time: '08:00', lastShownDay: TUE }, true, now)).toEqual({ person: { time: '08:00', chosenAt: now }, device: { time: null, lastShownDay: TUE } });
    expect(legacyReminderMove({ time: '09:00', chosenAt: 1 }, { time: '08:00', lastShownDay: TUE }, true, now)).toBeNull();
    expect(legacyReminderMove(null, { time: null, lastShownDay: TUE }, true, now)).toBeNull();
    expect(legacyReminderMove(null, { time: '08:00', lastShownDay: TUE }, false, now)).toBeNull();
  });
});
