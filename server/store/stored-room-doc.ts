// Reads a room's document as the store holds it (the relay appends every update durably before it
// broadcasts, so the store is never behind what clients saw): rebuilt into a fresh Y.Doc that the
// caller reads only through shared/schema, then destroyed.
import * as Y from 'yjs';
import type { RoomName } from '../../shared/schema/room-name';
import type { DocStore, StoredDoc } from './doc-store';

/** A fresh Y.Doc holding what was stored; the caller destroys it. */
export function buildRoomDoc(stored: StoredDoc): Y.Doc {
  const doc = new Y.Doc();
  for (const update of stored.snapshot === null ? stored.updates : [stored.snapshot, ...stored.updates]) {
    try {
      Y.applyUpdate(doc, update);
    } catch {
      // a corrupt row is skipped, as the relay does when it loads the room
    }
  }
  return doc;
}

export async function withRoomDoc<T>(store: Pick<DocStore, 'load'>, room: RoomName, read: (doc: Y.Doc) => T): Promise<T> {
  const doc = buildRoomDoc(await store.load(room));
  try {
    return read(doc);
  } finally {
    doc.destroy();
  }
}
