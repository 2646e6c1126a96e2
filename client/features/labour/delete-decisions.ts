// The labour records waiting for a keep-or-delete decision (deleted on one device while signed on
// another): the day list shows each on its own day only, so the page header counts them all and names
// their days, an old day included.
import type { LabourRecord } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';

export interface DeleteDecisions {
  readonly count: number;
  /** Each day with at least one, in order. */
  readonly days: readonly IsoDay[];
}

export function deleteDecisions(records: readonly LabourRecord[]): DeleteDecisions {
  const waiting = records.filter((record) => record.deleteConflict !== undefined);
  return { count: waiting.length, days: [...new Set(waiting.map((record) => record.day))].sort() };
}
