// Labour sign-offs as point facts, with nothing of the record's money or worker: only which record (its
// random id), the day of the work, who signed it and when. The relay derives these from the finance
// rooms (which only finance roles may open) and gives them to every member, so the leaderboard counts
// labour signed on time for everyone without showing a single figure of the books.
import { labourAmount, type LabourRecord } from '../finance/labour-record';
import type { UserId } from '../../ids';
import { isId } from '../../ids';
import type { LabourSignFact } from './compute-points';

/** Signed records with a signer, a time and pay to agree; pending, voided, unattributed and ¥0 ones are no fact. */
export function signOffFacts(records: readonly LabourRecord[]): LabourSignFact[] {
  const facts: LabourSignFact[] = [];
  for (const record of records) {
    if (record.signOff !== 'signed' || record.signedAt === null || !isId<'user'>(record.signedBy) || labourAmount(record) <= 0) continue;
    const signedBy: UserId = record.signedBy;
    facts.push({ recordId: record.id, day: record.day, signedBy, signedAt: record.signedAt });
  }
  return facts.sort((a, b) => a.signedAt - b.signedAt || a.recordId.localeCompare(b.recordId));
}
