// When a person's daily reminder should next show: on the next working day (workspace calendar) at the
// chosen local time, never twice on one day. Pure: "now", the time zone and the last shown day are
// parameters; the client stores the choice and the last shown day on the device.
import type { IsoDay } from '../../iso-day';
import { fromDayNumber, toDayNumber } from '../calendar/day-number';
import { isWorkingDay, type WorkingCalendar } from '../calendar/working-calendar';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** A calendar with no working day for this long is treated as "no reminder". */
const MAX_DAYS_AHEAD = 366;

export interface ReminderInput {
  readonly nowMs: number;
  /** As Date#getTimezoneOffset: UTC minus local time, in minutes (China: -480). */
  readonly timeZoneOffsetMinutes: number;
  /** 'HH:MM' local time. */
  readonly time: string;
  readonly calendar: WorkingCalendar;
  /** The local day a reminder was last shown, or null. */
  readonly lastShownDay: IsoDay | null;
}

export type ReminderPlan =
  | { readonly kind: 'show-now'; readonly day: IsoDay }
  | { readonly kind: 'wait'; readonly day: IsoDay; readonly atMs: number }
  | { readonly kind: 'none' };

export function parseReminderTime(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function planReminder(input: ReminderInput): ReminderPlan {
  const minutes = parseReminderTime(input.time);
  if (minutes === null) return { kind: 'none' };
  const offsetMs = input.timeZoneOffsetMinutes * MS_PER_MINUTE;
  const todayNumber = Math.floor((input.nowMs - offsetMs) / MS_PER_DAY);
  for (let ahead = 0; ahead <= MAX_DAYS_AHEAD; ahead += 1) {
    const day = fromDayNumber(todayNumber + ahead);
    if (!isWorkingDay(input.calendar, day) || day === input.lastShownDay) continue;
    const atMs = toDayNumber(day) * MS_PER_DAY + offsetMs + minutes * MS_PER_MINUTE;
    if (ahead === 0 && input.nowMs >= atMs) return { kind: 'show-now', day };
    if (atMs > input.nowMs) return { kind: 'wait', day, atMs };
  }
  return { kind: 'none' };
}
