// A deleted labour record is kept as a tombstone (who deleted it and when) instead of being removed
// from the room. A plain delete reads exactly as a removal; but a delete made on one device while
// another signed the record (签证, a money agreement) must not make the signed work vanish: the
// merged record then still counts, flagged, until a finance writer keeps it or deletes it again.
import type { LabourDeleteConflict } from '../domain/finance/labour-record';
import type { UserId } from '../ids';
import { readIdOrNull } from './finance-fields';
import { readNumber, type RecordMap } from './fields';

const DELETED_AT = 'deletedAt';
const DELETED_BY = 'deletedBy';

/**
 * Who deleted the record and when, or null for a live one. Any stored `deletedAt` marks a tombstone,
 * even one of a wrong type from a broken peer: reading a deleted record as live would be worse.
 */
export function readDeletion(record: RecordMap): LabourDeleteConflict | null {
  const stored = record.get(DELETED_AT);
  if (stored === undefined || stored === null) return null;
  return { deletedBy: readIdOrNull<'user'>(record, DELETED_BY), deletedAt: readNumber(record, DELETED_AT, 0) };
}

/** Call inside a transaction. */
export function writeDeletion(record: RecordMap, by: UserId | null, now: number): void {
  record.set(DELETED_BY, by);
  record.set(DELETED_AT, now);
}

/** Call inside a transaction: the record is live again, as it was before the delete. */
export function clearDeletion(record: RecordMap): void {
  record.delete(DELETED_AT);
  record.delete(DELETED_BY);
}
