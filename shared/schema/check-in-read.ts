// Validating reader for the workspace room's check-ins: a value that isn't a well-formed check-in
// stored under its own `<userId>:<day>` key is skipped, never thrown into the UI.
import type * as Y from 'yjs';
import { MAX_CHECK_IN_NOTE_LENGTH, MAX_SITE_NAME_LENGTH, type CheckIn } from '../domain/points/check-in';
import { isId, type UserId } from '../ids';
import { isIsoDay, type IsoDay } from '../iso-day';
import { checkInKey } from './check-in-commands';
import { workspaceRoots } from './workspace-roots';

/** Every valid check-in, oldest first. */
export function readCheckIns(doc: Y.Doc): CheckIn[] {
  const checkIns: CheckIn[] = [];
  workspaceRoots(doc).checkIns.forEach((value, key) => {
    const record = readCheckInValue(key, value);
    if (record) checkIns.push(record);
  });
  return checkIns.sort((a, b) => a.at - b.at || a.userId.localeCompare(b.userId));
}

export function readCheckIn(doc: Y.Doc, userId: UserId, day: IsoDay): CheckIn | null {
  const key = checkInKey(userId, day);
  return readCheckInValue(key, workspaceRoots(doc).checkIns.get(key));
}

export function readCheckInValue(key: string, value: unknown): CheckIn | null {
  if (typeof value !== 'object' || value === null) return null;
  const userId: unknown = Reflect.get(value, 'userId');
  const day: unknown = Reflect.get(value, 'day');
  const at: unknown = Reflect.get(value, 'at');
  const note: unknown = Reflect.get(value, 'note');
  const siteName: unknown = Reflect.get(value, 'siteName');
  if (!isId<'user'>(userId) || !isIsoDay(day) || key !== checkInKey(userId, day)) return null;
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) return null;
  return {
    userId,
    day,
    at,
    note: typeof note === 'string' ? note.slice(0, MAX_CHECK_IN_NOTE_LENGTH) : '',
    siteName: typeof siteName === 'string' ? siteName.slice(0, MAX_SITE_NAME_LENGTH) : '',
  };
}

/** Calls `onChange` after every change to the check-ins (local or remote); returns the stop. */
export function observeCheckIns(doc: Y.Doc, onChange: () => void): () => void {
  const { checkIns } = workspaceRoots(doc);
  const handler = (): void => onChange();
  checkIns.observe(handler);
  return () => checkIns.unobserve(handler);
}
