// The relay's check of each check-in write (server/daily-work/check-in-audit.ts) and what the points
// do with its verdict. A Y.Map in the workspace room holds the check-ins, and any writer of that room
// could write one with a modified client; the relay can't refuse part of an update without the
// devices drifting apart, so it accepts the write and flags it, and points ignore a flagged value.
//
// A write is flagged when:
// - `not-own`: it is another person's check-in (the relay knows the sender from the session);
// - `replaced`: it replaces a check-in the writer's device already held (the app refuses a second
//   check-in; two offline devices of one person writing the same day don't see each other's, so
//   their values are concurrent, not a replacement, and neither is flagged);
// - `future`: its time is later than when the relay received it (beyond clock skew), or its day is
//   after the receiving day in every time zone;
// - `day-mismatch`: its day is not the calendar day of its own time in any time zone.
// A back-dated check-in (a real past time, delivered late) is indistinguishable from one made offline
// and synced later, so it is not flagged; the points take its day from its time as for any other.
import { localIsoDay } from '../../iso-day';
import type { CheckIn } from './check-in';

export const CHECK_IN_FLAG_REASONS = ['not-own', 'replaced', 'future', 'day-mismatch'] as const;
export type CheckInFlagReason = (typeof CHECK_IN_FLAG_REASONS)[number];

/** A flagged check-in value: its key and time identify it (a later value under the same key is judged on its own). */
export interface FlaggedCheckIn {
  readonly key: string;
  readonly at: number;
  readonly reason: CheckInFlagReason;
}

/** How far a device's clock may run ahead of the relay's before its check-in counts as from the future. */
export const CHECK_IN_CLOCK_SKEW_MS = 10 * 60_000;
// Time zones run from UTC−12 to UTC+14 (offsets in minutes west of UTC, as Date#getTimezoneOffset).
const WESTMOST_OFFSET_MINUTES = 12 * 60;
const EASTMOST_OFFSET_MINUTES = -14 * 60;

export interface CheckInWrite {
  /** The value as the schema reads it (null when unreadable: readers skip it, so it needs no flag). */
  readonly checkIn: CheckIn | null;
  /** Who sent the update, from the session; null when the relay runs without access control. */
  readonly writerId: string | null;
  /** When the relay accepted it (epoch ms). */
  readonly receivedAt: number;
  /** The writer's document held a value under this key when it wrote this one. */
  readonly replacedExisting: boolean;
}

export function judgeCheckInWrite(write: CheckInWrite): CheckInFlagReason | null {
  const { checkIn } = write;
  if (checkIn === null) return null;
  if (write.writerId !== null && checkIn.userId !== write.writerId) return 'not-own';
  if (write.replacedExisting) return 'replaced';
  if (checkIn.at > write.receivedAt + CHECK_IN_CLOCK_SKEW_MS || checkIn.day > localIsoDay(write.receivedAt, EASTMOST_OFFSET_MINUTES)) return 'future';
  if (checkIn.day < localIsoDay(checkIn.at, WESTMOST_OFFSET_MINUTES) || checkIn.day > localIsoDay(checkIn.at, EASTMOST_OFFSET_MINUTES)) return 'day-mismatch';
  return null;
}

/** The check-ins that count for points: those the relay did not flag (matched by key and time). */
export function countedCheckIns(checkIns: readonly CheckIn[], flagged: readonly FlaggedCheckIn[]): CheckIn[] {
  if (flagged.length === 0) return [...checkIns];
  // the key as shared/schema/check-in-commands.ts writes it
  const ignored = new Set(flagged.map((flag) => `${flag.key}\u0000${flag.at}`));
  return checkIns.filter((checkIn) => !ignored.has(`${checkIn.userId}:${checkIn.day}\u0000${checkIn.at}`));
}
