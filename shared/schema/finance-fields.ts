// Field readers for finance records. A money or quantity field that is present but invalid makes
// the whole record unreadable (skipped), rather than silently read as 0: a wrong amount is worse than
// a missing one. A field that is absent takes its default.
import { isId, type Id } from '../ids';
import { isFen, type Fen } from '../money';
import type { RecordMap } from './fields';

/** Thrown only inside a reader and caught by it: marks the record as skipped. */
export class UnreadableRecord extends Error {
  override name = 'UnreadableRecord';
}

export function readChecked<T>(record: RecordMap, key: string, isValid: (value: unknown) => value is T, fallback: T): T {
  const value = record.get(key);
  if (value === undefined) return fallback;
  if (!isValid(value)) throw new UnreadableRecord(key);
  return value;
}

export function readFen(record: RecordMap, key: string, fallback: Fen, minimum = Number.MIN_SAFE_INTEGER): Fen {
  return readChecked(record, key, (value): value is Fen => isFen(value) && value >= minimum, fallback);
}

export function readOneOf<T extends string>(record: RecordMap, key: string, options: readonly T[], fallback: T): T {
  const value = record.get(key);
  const isOption = (candidate: unknown): candidate is T => typeof candidate === 'string' && (options as readonly string[]).includes(candidate);
  return isOption(value) ? value : fallback;
}

export function readIdOrNull<Kind extends string>(record: RecordMap, key: string): Id<Kind> | null {
  const value = record.get(key);
  return isId<Kind>(value) ? value : null;
}

/** Runs a record reader, turning an UnreadableRecord into null (skip) and letting real bugs through. */
export function readOrSkip<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof UnreadableRecord) return null;
    throw error;
  }
}
