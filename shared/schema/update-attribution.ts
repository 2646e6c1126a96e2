// Which records an update touched: for "who changed this task" and the activity feed. The relay
// keeps each accepted update with its sender; the client, which holds the document, maps each
// update's inserted and deleted items back to the record (and field) they belong to.
import * as Y from 'yjs';
import { findItem } from './find-item';

export interface RecordChange {
  readonly root: string;
  readonly recordId: string;
  /** Fields of the record that changed (`title`, `description`, `checklist`, …), sorted. */
  readonly fields: readonly string[];
  /** The record itself was created or deleted (or replaced as a whole). */
  readonly wholeRecord: boolean;
}

/** `doc` must already contain the update (the client's synced document does). */
export function attributeUpdate(doc: Y.Doc, update: Uint8Array): RecordChange[] {
  const changes = new Map<string, { root: string; recordId: string; fields: Set<string>; wholeRecord: boolean }>();
  const note = (item: Y.Item | null): void => {
    const place = item === null ? null : locateRecord(item);
    if (place === null) return;
    const key = `${place.root}\u0000${place.recordId}`;
    const change = changes.get(key) ?? { root: place.root, recordId: place.recordId, fields: new Set<string>(), wholeRecord: false };
    if (place.field === null) change.wholeRecord = true;
    else change.fields.add(place.field);
    changes.set(key, change);
  };
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return [];
  }
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Item) note(findItem(doc, struct.id));
  }
  decoded.ds.clients.forEach((deletions: readonly { clock: number; len: number }[], client: number) => {
    for (const deletion of deletions) {
      let clock = deletion.clock;
      while (clock < deletion.clock + deletion.len) {
        const item = findItem(doc, Y.createID(client, clock));
        if (item === null) break;
        note(item);
        clock = item.id.clock + item.length;
      }
    }
  });
  return [...changes.values()]
    .map((change) => ({ root: change.root, recordId: change.recordId, fields: [...change.fields].sort(), wholeRecord: change.wholeRecord }))
    .sort((a, b) => (a.root + a.recordId < b.root + b.recordId ? -1 : 1));
}

/** Walks up from an item to the record (the entry directly under a root map) that holds it. */
function locateRecord(item: Y.Item): { root: string; recordId: string; field: string | null } | null {
  // chain[0] is the changed item; the last one sits directly under a root type
  const chain: Y.Item[] = [item];
  for (;;) {
    const parent = chain[chain.length - 1]?.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    const holder: Y.Item | null = parent._item;
    if (holder === null) break;
    chain.push(holder);
  }
  const record = chain[chain.length - 1];
  const root = record?.parent;
  if (record === undefined || record.parentSub === null || !(root instanceof Y.AbstractType)) return null;
  const field = chain.length >= 2 ? (chain[chain.length - 2]?.parentSub ?? null) : null;
  return { root: Y.findRootTypeKey(root), recordId: record.parentSub, field };
}
