// What a sign-off (签证) agreed to: the worker, the day and every figure the pay is computed from, kept
// with the sign-off. A signed record is locked by its commands, but an edit made on a device that was
// offline when someone signed still merges in field by field (a CRDT can't refuse it); its figures then
// differ from the signed ones, and the record reads as not signed, so it is signed again before it is
// paid, never paid unseen.
import type { LabourRecord } from '../domain/finance/labour-record';
import type { RecordMap } from './fields';

export type SignedFigures = Pick<
  LabourRecord, 'workerId' | 'day' | 'pay' | 'timeUnit' | 'manDays' | 'hours' | 'hoursPerDay' | 'dayRate' | 'pieceRate' | 'quantity' | 'overtimeHours' | 'overtimeRate' | 'pieceUnit'
>;

/** Keys written since the piece unit became part of what is signed carry this prefix. */
const KEY_V2 = 'v2:';

/** The figures as the first keys held them (without the piece unit); kept so their sign-offs still hold. */
function firstKey(record: SignedFigures): string {
  return JSON.stringify([
    record.workerId, record.day, record.pay, record.timeUnit, record.manDays, record.hours, record.hoursPerDay,
    record.dayRate, record.pieceRate, record.quantity, record.overtimeHours, record.overtimeRate,
  ]);
}

/**
 * The stored form of the signed figures (one string, so a sign-off writes one field more), the piece
 * unit included ("40 ㎡" and "40 m" are not the same work). Stored keys are compared exactly, so a new
 * field needs a new version prefix, never an edit of an existing version's form.
 */
export function signedFiguresKey(record: SignedFigures): string {
  return KEY_V2 + JSON.stringify([JSON.parse(firstKey(record)) as unknown, record.pieceUnit ?? '']);
}

/**
 * Whether a stored sign-off still holds for the record's figures as read now. A record signed before
 * sign-offs kept their figures (no key stored) keeps its sign-off; a key of the first form (no prefix)
 * is compared without the piece unit, which it never held.
 */
export function signOffHolds(storedKey: unknown, record: SignedFigures): boolean {
  if (storedKey === undefined) return true;
  if (typeof storedKey !== 'string') return false;
  return storedKey.startsWith(KEY_V2) ? storedKey === signedFiguresKey(record) : storedKey === firstKey(record);
}

/**
 * The stored key of the record's *current* sign-off. Since keys carry the `signedAt` of the sign-off they
 * were written for (`signedFiguresAt`), a key left behind by an earlier sign-off is told apart: a client
 * from before signed figures unsigns without removing the key and signs again without writing one, and
 * that sign-off then counts as one made without a key (it holds, like every sign-off from before keys)
 * instead of being compared with figures nobody signed this time. Keys written before `signedFiguresAt`
 * can't be told apart and are compared as they are.
 */
export function currentSignedFiguresKey(record: RecordMap): unknown {
  const writtenFor = record.get('signedFiguresAt');
  if (writtenFor !== undefined && writtenFor !== record.get('signedAt')) return undefined;
  return record.get('signedFigures');
}
