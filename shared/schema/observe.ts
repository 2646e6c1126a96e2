// Tells a view which records changed, by root and id, so it re-reads only those records instead of
// the whole document after every keystroke someone makes.
import type * as Y from 'yjs';

export type ChangedIds<Root extends string> = Record<Root, Set<string>>;

export interface ObservedChange<Root extends string> {
  readonly changed: ChangedIds<Root>;
  /** True when the change came from this device with the given origin (or any local origin). */
  readonly local: boolean;
}

export function observeRecords<Root extends string>(
  doc: Y.Doc,
  roots: readonly Root[],
  onChange: (change: ObservedChange<Root>) => void,
): () => void {
  const unsubscribers = roots.map((root) => {
    const map = doc.getMap<unknown>(root);
    const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction): void => {
      const changed = emptyChanges(roots);
      const ids = changed[root];
      for (const event of events) {
        const first = event.path[0];
        if (typeof first === 'string') ids.add(first);
        else event.changes.keys.forEach((_change, key) => ids.add(key));
      }
      if (ids.size > 0) onChange({ changed, local: transaction.local });
    };
    map.observeDeep(handler);
    return () => map.unobserveDeep(handler);
  });
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

function emptyChanges<Root extends string>(roots: readonly Root[]): ChangedIds<Root> {
  const changed = {} as ChangedIds<Root>;
  for (const root of roots) changed[root] = new Set<string>();
  return changed;
}
