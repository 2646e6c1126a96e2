// What a sign-off (签证) agreed to: the worker, the day and every figure the pay is computed from, kept
// with the sign-off. A signed record is locked by its commands, but an edit made on a device that was
// offline when someone signed still merges in field by field (a CRDT can't refuse it); its figures then
// differ from the signed ones, and the record reads as not signed, so it is signed again before it is
// paid, never paid unseen.
import type { LabourRecord } from '../domain/finance/labour-record';

export type SignedFigures = Pick<
  LabourRecord, 'workerId' | 'day' | 'pay' | 'timeUnit' | 'manDays' | 'hours' | 'hoursPerDay' | 'dayRate' | 'pieceRate' | 'quantity' | 'overtimeHours' | 'overtimeRate'
>;

/**
 * The stored form of the signed figures (one string, so a sign-off writes one field more). Stored keys
 * are compared to this exactly: changing its fields or their order voids every sign-off stored before
 * (readers would count them not signed), so a new field needs a versioned key, not an edit here.
 */
export function signedFiguresKey(record: SignedFigures): string {
  return JSON.stringify([
    record.workerId, record.day, record.pay, record.timeUnit, record.manDays, record.hours, record.hoursPerDay,
    record.dayRate, record.pieceRate, record.quantity, record.overtimeHours, record.overtimeRate,
  ]);
}

/**
 * Whether a stored sign-off still holds for the record's figures as read now. A record signed before
 * sign-offs kept their figures (no key stored) keeps its sign-off.
 */
export function signOffHolds(storedKey: unknown, record: SignedFigures): boolean {
  return storedKey === undefined || storedKey === signedFiguresKey(record);
}
