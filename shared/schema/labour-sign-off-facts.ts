// The labour sign-offs of a finance room as point facts (shared/domain/points/sign-off-facts.ts), read
// for the whole room once, and afterwards only for the records an update touched: the relay keeps the
// facts of every finance room and follows each stored update (server/daily-work/sign-off-facts-job.ts),
// so reading 10,000 records happens once per room, not once per change.
import * as Y from 'yjs';
import type { LabourSignFact } from '../domain/points/compute-points';
import { signOffFacts } from '../domain/points/sign-off-facts';
import { readLabourRecord } from './finance-read';
import { financeRoots } from './finance-roots';
import { attributeUpdate } from './update-attribution';

export function readSignOffFacts(doc: Y.Doc): LabourSignFact[] {
  const records = [];
  for (const [id, value] of financeRoots(doc).labourRecords) {
    const record = readLabourRecord(id, value);
    if (record !== null) records.push(record);
  }
  return signOffFacts(records);
}

export interface TouchedSignOff {
  readonly recordId: string;
  /** The record's fact now, or null when it has none (pending, voided, deleted). */
  readonly fact: LabourSignFact | null;
}

/** The labour records `update` touched, each with its fact now; `doc` must already contain the update. */
export function touchedSignOffFacts(doc: Y.Doc, update: Uint8Array): TouchedSignOff[] {
  const { labourRecords } = financeRoots(doc);
  const root = Y.findRootTypeKey(labourRecords);
  return attributeUpdate(doc, update)
    .filter((change) => change.root === root)
    .map((change) => {
      const record = readLabourRecord(change.recordId, labourRecords.get(change.recordId));
      return { recordId: change.recordId, fact: record === null ? null : signOffFacts([record])[0] ?? null };
    });
}
