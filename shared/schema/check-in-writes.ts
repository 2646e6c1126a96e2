// Which check-ins an update wrote, for the relay's check of check-in writes (shared/domain/points/
// check-in-flags.ts): each value the update set under a key of the check-ins map, as the schema reads
// it, and whether the writer's document already held a value under that key (the new item then has
// an origin: Yjs links a map value to the one it replaced; two devices writing one key without seeing
// each other both write without one). `doc` must already contain the update (the relay's does).
import * as Y from 'yjs';
import type { CheckIn } from '../domain/points/check-in';
import { readCheckInValue } from './check-in-read';
import { findItem } from './find-item';
import { workspaceRoots } from './workspace-roots';

export interface CheckInWritten {
  readonly key: string;
  /** Null when the value is unreadable (readers skip it). */
  readonly checkIn: CheckIn | null;
  readonly replacedExisting: boolean;
}

/** Values the update set that are still the document's current ones; a value replaced since is left out. */
export function checkInWritesOf(doc: Y.Doc, update: Uint8Array): CheckInWritten[] {
  let structs: ReturnType<typeof Y.decodeUpdate>['structs'];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return [];
  }
  const { checkIns } = workspaceRoots(doc);
  const written: CheckInWritten[] = [];
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const item = findItem(doc, struct.id);
    if (item === null || item.parent !== checkIns || item.parentSub === null || item.deleted) continue;
    const [value] = item.content.getContent();
    written.push({ key: item.parentSub, checkIn: readCheckInValue(item.parentSub, value), replacedExisting: item.origin !== null });
  }
  return written;
}
