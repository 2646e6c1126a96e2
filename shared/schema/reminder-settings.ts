// A person's daily reminder time, kept on their member record in the workspace room so it follows them
// to every device they sign in on (docs/daily-work.md, Reminders). One plain value `{ time, chosenAt }`
// edited as a whole (the last choice wins): `time` is 'HH:MM' local time or null for off, `chosenAt`
// when it was chosen, so a device that learns of a new choice later can tell that a time already past
// on the day of the choice was not missed. Whether a reminder was already shown today stays per device.
import type * as Y from 'yjs';
import { parseReminderTime } from '../domain/reminders/next-reminder';
import type { UserId } from '../ids';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { workspaceRoots } from './workspace-roots';

const REMINDER_KEY = 'reminder';

export interface PersonReminder {
  /** 'HH:MM' local time, or null when the person turned reminders off. */
  readonly time: string | null;
  /** Epoch ms of the choice. */
  readonly chosenAt: number;
}

export type ReminderFailure = 'invalid-reminder-time' | 'not-a-member';

/** The person's choice, or null when they never made one here (or it is unreadable). */
export function readPersonReminder(doc: Y.Doc, userId: UserId): PersonReminder | null {
  const record = workspaceRoots(doc).members.get(userId);
  if (!isRecordMap(record)) return null;
  const value: unknown = record.get(REMINDER_KEY);
  if (typeof value !== 'object' || value === null) return null;
  const time: unknown = Reflect.get(value, 'time');
  const chosenAt: unknown = Reflect.get(value, 'chosenAt');
  if (typeof chosenAt !== 'number' || !Number.isSafeInteger(chosenAt) || chosenAt < 0) return null;
  if (time === null) return { time: null, chosenAt };
  return typeof time === 'string' && parseReminderTime(time) !== null ? { time, chosenAt } : null;
}

/** Writes nothing when the time is the stored one (a device re-saving the same choice makes no update). */
export function setPersonReminder(doc: Y.Doc, userId: UserId, reminder: PersonReminder, origin: unknown): Result<void, ReminderFailure> {
  if (reminder.time !== null && parseReminderTime(reminder.time) === null) return fail('invalid-reminder-time');
  if (!Number.isSafeInteger(reminder.chosenAt) || reminder.chosenAt < 0) return fail('invalid-reminder-time');
  const record = workspaceRoots(doc).members.get(userId);
  if (!isRecordMap(record)) return fail('not-a-member');
  if (readPersonReminder(doc, userId)?.time === reminder.time) return ok(undefined);
  doc.transact(() => record.set(REMINDER_KEY, { time: reminder.time, chosenAt: reminder.chosenAt }), origin);
  return ok(undefined);
}
