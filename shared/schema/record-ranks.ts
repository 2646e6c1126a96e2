// Rank lookups over a root map of records, for placing a new record at the end of a list.
import type * as Y from 'yjs';
import { compareRanks, type Rank } from '../rank';
import { isRecordMap, readRank, type RecordMap } from './fields';

export function lastRankIn(records: Y.Map<unknown>, belongs: (record: RecordMap) => boolean = () => true): Rank | null {
  let last: Rank | null = null;
  records.forEach((value) => {
    if (!isRecordMap(value) || !belongs(value)) return;
    const rank = readRank(value);
    if (last === null || compareRanks(rank, last) > 0) last = rank;
  });
  return last;
}
