// The check-in (打卡) writer: one check-in per person per team day, stored as a plain immutable value
// in the workspace room under the key `<userId>:<day>`.
//
// Why one key per person and day: two devices of the same person checking in offline on the same day
// both write that key, and a Y.Map keeps exactly one value per key, the same one on every device
// (Yjs breaks the tie by client id), so the team converges to one check-in per person per day without
// any merge code. A later second check-in on a device that already sees one is refused, not
// overwritten. A late check-in keeps its real `at`; points take the day from `at` (compute-points.ts).
import { isId, type UserId } from '../ids';
import { isIsoDay, type IsoDay } from '../iso-day';
import { MAX_CHECK_IN_NOTE_LENGTH, MAX_SITE_NAME_LENGTH, type CheckIn } from '../domain/points/check-in';
import { fail, ok, type Result } from '../result';
import type * as Y from 'yjs';
import { workspaceRoots } from './workspace-roots';

export type CheckInFailure = 'already-checked-in' | 'note-too-long' | 'site-too-long' | 'invalid-check-in';

export interface CheckInInput {
  readonly userId: UserId;
  /** The team calendar day on this device at `at`. */
  readonly day: IsoDay;
  /** Epoch ms of the check-in. */
  readonly at: number;
  readonly note?: string;
  readonly siteName?: string;
}

export function checkInKey(userId: UserId, day: IsoDay): string {
  return `${userId}:${day}`;
}

export function checkIn(doc: Y.Doc, input: CheckInInput, origin: unknown): Result<CheckIn, CheckInFailure> {
  if (!isId<'user'>(input.userId) || !isIsoDay(input.day) || !Number.isSafeInteger(input.at) || input.at < 0) return fail('invalid-check-in');
  const note = (input.note ?? '').trim();
  if (note.length > MAX_CHECK_IN_NOTE_LENGTH) return fail('note-too-long');
  const siteName = (input.siteName ?? '').replace(/\s+/g, ' ').trim();
  if (siteName.length > MAX_SITE_NAME_LENGTH) return fail('site-too-long');
  const { checkIns } = workspaceRoots(doc);
  const key = checkInKey(input.userId, input.day);
  if (checkIns.has(key)) return fail('already-checked-in');
  const value: CheckIn = { userId: input.userId, day: input.day, at: input.at, note, siteName };
  doc.transact(() => checkIns.set(key, { ...value }), origin);
  return ok(value);
}
