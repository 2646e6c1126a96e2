// A change count per document held in memory, so a cached first screen knows whether its room changed
// since it was computed. Counted from `afterTransaction`, which costs nothing per edit (listening to
// `update` would make Yjs encode every transaction) and sees deletions too, which a state vector
// does not.
import type * as Y from 'yjs';

export interface DocVersions {
  /** How many transactions `doc` has had since this first saw it. */
  versionOf(doc: Y.Doc): number;
}

export function makeDocVersions(): DocVersions {
  const counts = new WeakMap<Y.Doc, { value: number }>();
  return {
    versionOf(doc) {
      let count = counts.get(doc);
      if (count === undefined) {
        const created = { value: 0 };
        doc.on('afterTransaction', () => void (created.value += 1));
        counts.set(doc, created);
        count = created;
      }
      return count.value;
    },
  };
}
