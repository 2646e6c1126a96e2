// A person's daily reminder on this device, per workspace: the chosen local time (or off) and the
// last day a reminder was shown. A device preference, not team data, so it lives in localStorage and
// is validated on every read: anything stored that doesn't parse falls back to "off".
import type { WorkspaceId } from '../../../shared/ids';
import { isIsoDay, type IsoDay } from '../../../shared/iso-day';
import { parseReminderTime } from '../../../shared/domain/reminders/next-reminder';
import { parseStoredObject } from '../../storage/stored-object';

export interface ReminderSetting {
  /** 'HH:MM' local time, or null when the reminder is off. */
  readonly time: string | null;
  /** The local day a reminder was last shown (or its moment passed), so it never shows twice a day. */
  readonly lastShownDay: IsoDay | null;
}

export const REMINDER_OFF: ReminderSetting = { time: null, lastShownDay: null };

const KEY_PREFIX = 'sitebeam.reminder.';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export function reminderStorageKey(workspaceId: WorkspaceId): string {
  return `${KEY_PREFIX}${workspaceId}`;
}

export function isReminderTime(value: unknown): value is string {
  return typeof value === 'string' && parseReminderTime(value) !== null;
}

export function parseReminderSetting(text: string | null): ReminderSetting {
  const value = parseStoredObject(text);
  if (value === null) return REMINDER_OFF;
  const { time, lastShownDay } = value;
  return { time: isReminderTime(time) ? time : null, lastShownDay: isIsoDay(lastShownDay) ? lastShownDay : null };
}

export function serializeReminderSetting(setting: ReminderSetting): string {
  return JSON.stringify({ time: setting.time, lastShownDay: setting.lastShownDay });
}

/** Storage may be missing or throw (private mode, blocked storage): then the reminder is off. */
export function loadReminderSetting(storage: KeyValueStore | null, workspaceId: WorkspaceId): ReminderSetting {
  try {
    return parseReminderSetting(storage?.getItem(reminderStorageKey(workspaceId)) ?? null);
  } catch {
    return REMINDER_OFF;
  }
}

/** False when the device would not keep it (no storage, quota, private mode). */
export function saveReminderSetting(storage: KeyValueStore | null, workspaceId: WorkspaceId, setting: ReminderSetting): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(reminderStorageKey(workspaceId), serializeReminderSetting(setting));
    return true;
  } catch {
    return false;
  }
}
