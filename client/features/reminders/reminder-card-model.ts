// What the reminder card says about the next reminder, and the setting a "Turn on" saves: plain data
// over planReminder, so it tests without a DOM.
import type { IsoDay } from '../../../shared/iso-day';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { planReminder } from '../../../shared/domain/reminders/next-reminder';
import { isReminderTime, type ReminderSetting } from './reminder-setting';

export type NextReminder = { readonly kind: 'at'; readonly atMs: number } | { readonly kind: 'now' } | { readonly kind: 'none' };

export interface ClockInput {
  readonly nowMs: number;
  readonly offsetMinutes: number;
  readonly calendar: WorkingCalendar;
}

export function nextReminder(setting: ReminderSetting, clock: ClockInput): NextReminder | null {
  if (setting.time === null) return null;
  const plan = planReminder({ nowMs: clock.nowMs, timeZoneOffsetMinutes: clock.offsetMinutes, time: setting.time, calendar: clock.calendar, lastShownDay: setting.lastShownDay });
  switch (plan.kind) {
    case 'wait': return { kind: 'at', atMs: plan.atMs };
    case 'show-now': return { kind: 'now' };
    case 'none': return { kind: 'none' };
  }
}

export type TurnOnResult = { readonly ok: true; readonly setting: ReminderSetting } | { readonly ok: false; readonly reason: 'time' };

/**
 * The setting to store for a chosen time. A time already past today counts as today's reminder
 * handled: turning a reminder on at 10:00 for 08:30 should not notify at once.
 */
export function settingForTime(time: string, current: ReminderSetting, clock: ClockInput): TurnOnResult {
  if (!isReminderTime(time)) return { ok: false, reason: 'time' };
  const plan = planReminder({ nowMs: clock.nowMs, timeZoneOffsetMinutes: clock.offsetMinutes, time, calendar: clock.calendar, lastShownDay: current.lastShownDay });
  const lastShownDay: IsoDay | null = plan.kind === 'show-now' ? plan.day : current.lastShownDay;
  return { ok: true, setting: { time, lastShownDay } };
}
