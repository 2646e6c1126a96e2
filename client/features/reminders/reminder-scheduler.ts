// While the app is open: one timer for the next daily reminder (planReminder over the workspace
// calendar), which shows it, records the day and plans the next one. Not reactive (make*): the
// ReminderScheduler component calls replan() when the setting, the calendar or the page's visibility
// changes, and dispose() when it goes.
import type { IsoDay } from '../../../shared/iso-day';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { planReminder } from '../../../shared/domain/reminders/next-reminder';
import type { ReminderSetting } from './reminder-setting';

/**
 * The longest single wait: a far-off timer can't see the device sleep or its clock change, and
 * setTimeout overflows past 24.8 days. Waking every quarter hour to re-plan costs nothing.
 */
export const MAX_REMINDER_WAIT_MS = 15 * 60_000;

export interface ReminderSchedulerOptions {
  readonly now: () => number;
  /** As Date#getTimezoneOffset at that instant. */
  readonly offsetAt: (nowMs: number) => number;
  readonly calendar: () => WorkingCalendar;
  /** Read afresh at every plan: another tab of this device may have shown today's reminder already. */
  readonly load: () => ReminderSetting;
  readonly save: (setting: ReminderSetting) => void;
  readonly show: (day: IsoDay) => Promise<void>;
  readonly onShowFailed: (error: unknown) => void;
}

export interface ReminderScheduler {
  replan(): void;
  dispose(): void;
}

export function makeReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  // Also kept here, so a device that won't store the day still never shows twice a day.
  let shownHere: IsoDay | null = null;

  const replan = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (disposed) return;
    const setting = options.load();
    if (setting.time === null) return;
    const lastShownDay = laterDay(setting.lastShownDay, shownHere);
    const nowMs = options.now();
    const plan = planReminder({ nowMs, timeZoneOffsetMinutes: options.offsetAt(nowMs), time: setting.time, calendar: options.calendar(), lastShownDay });
    switch (plan.kind) {
      case 'none':
        return;
      case 'wait':
        timer = setTimeout(replan, Math.min(plan.atMs - nowMs, MAX_REMINDER_WAIT_MS));
        return;
      case 'show-now':
        // Recorded before showing: a failed show is not retried in a loop, and another tab sees it.
        shownHere = plan.day;
        options.save({ time: setting.time, lastShownDay: plan.day });
        options.show(plan.day).catch(options.onShowFailed);
        replan();
        return;
    }
  };

  return {
    replan,
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}

function laterDay(a: IsoDay | null, b: IsoDay | null): IsoDay | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
