// Reads a room's document as the store holds it (the relay appends every update durably before it
// broadcasts, so the store is never behind what clients saw): rebuilt into a fresh Y.Doc that the
// caller reads only through shared/schema, then destroyed.
import * as Y from 'yjs';
import type { RoomName } from '../../shared/schema/room-name';
import type { DocStore } from './doc-store';

export async function withRoomDoc<T>(store: Pick<DocStore, 'load'>, room: RoomName, read: (doc: Y.Doc) => T): Promise<T> {
  const stored = await store.load(room);
  const doc = new Y.Doc();
  try {
    for (const update of stored.snapshot === null ? stored.updates : [stored.snapshot, ...stored.updates]) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        // a corrupt row is skipped, as the relay does when it loads the room
      }
    }
    return read(doc);
  } finally {
    doc.destroy();
  }
}
