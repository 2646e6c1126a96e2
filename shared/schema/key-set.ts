// A set on a record (assignees, kept names, tags) is a Y.Map<item, true>, so two people adding or
// removing different items at the same time both keep their edit. Writing one means writing the
// differences into the map that is there: putting a new map in its place would drop every edit made
// meanwhile on another device to the old one.
import * as Y from 'yjs';
import { isRecordMap } from './fields';

/** Makes the set at `record[key]` hold exactly `next`, by adding and removing items in place. */
export function writeKeySet(record: Y.Map<unknown>, key: string, next: readonly string[]): void {
  const existing = record.get(key);
  const set = isRecordMap(existing) ? existing : new Y.Map<unknown>();
  if (set !== existing) record.set(key, set);
  const wanted = new Set(next);
  for (const item of [...set.keys()]) if (!wanted.has(item)) set.delete(item);
  for (const item of wanted) if (set.get(item) !== true) set.set(item, true);
}
