// How a person's synced reminder time (shared/schema/reminder-settings.ts) and this device's own record
// (the last day a reminder showed here; and, from before reminders were synced, a time chosen on this
// device) make the setting the scheduler and the card use. Plain data, so it tests without a DOM.
//
// - A person who can write the workspace room keeps the time on their member record; the device keeps
//   only the last shown day. A choice learned from another device counts a time already past on the
//   day it was chosen as handled that day, as choosing it here would (settingForTime), so a phone that
//   syncs a new 08:30 at 10:00 doesn't notify at once.
// - A viewer can't write the room: their time stays on the device, as before.
// - A device time from before (no choice on the member record yet) is moved once to the member record.
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { IsoDay } from '../../../shared/iso-day';
import type { PersonReminder } from '../../../shared/schema';
import { settingForTime } from './reminder-card-model';
import type { ReminderSetting } from './reminder-setting';

export interface ReminderClock {
  readonly offsetAt: (ms: number) => number;
  readonly calendar: WorkingCalendar;
}

export function effectiveReminderSetting(person: PersonReminder | null, device: ReminderSetting, writable: boolean, clock: ReminderClock): ReminderSetting {
  if (!writable || person === null) return device;
  if (person.time === null) return { time: null, lastShownDay: device.lastShownDay };
  const chosen = settingForTime(person.time, { time: null, lastShownDay: null }, { nowMs: person.chosenAt, offsetMinutes: clock.offsetAt(person.chosenAt), calendar: clock.calendar });
  const handled = chosen.ok ? chosen.setting.lastShownDay : null;
  return { time: person.time, lastShownDay: laterDay(device.lastShownDay, handled) };
}

export interface ReminderWrites {
  /** What to write to the member record, or null for nothing. */
  readonly person: PersonReminder | null;
  readonly device: ReminderSetting;
}

/** Where a new setting goes: the time to the member record (when it changed), the shown day to the device. */
export function reminderWrites(next: ReminderSetting, person: PersonReminder | null, writable: boolean, nowMs: number): ReminderWrites {
  if (!writable) return { person: null, device: next };
  const changed = person === null || person.time !== next.time;
  return { person: changed ? { time: next.time, chosenAt: nowMs } : null, device: { time: null, lastShownDay: next.lastShownDay } };
}

/** The one-time move of a device time from before to the member record, or null when there is none to move. */
export function legacyReminderMove(person: PersonReminder | null, device: ReminderSetting, writable: boolean, nowMs: number): ReminderWrites | null {
  if (!writable || person !== null || device.time === null) return null;
  return { person: { time: device.time, chosenAt: nowMs }, device: { time: null, lastShownDay: device.lastShownDay } };
}

function laterDay(a: IsoDay | null, b: IsoDay | null): IsoDay | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
