// The item of a document's store with a given id, for reading which records an update touched
// (update-attribution.ts) and which check-ins it wrote (check-in-writes.ts): null when the document
// doesn't hold it (an update not applied to it, or content Yjs already discarded) or it is no Item.
import * as Y from 'yjs';

export function findItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  try {
    const struct = Y.getItem(doc.store, id);
    return struct instanceof Y.Item ? struct : null;
  } catch {
    return null;
  }
}
