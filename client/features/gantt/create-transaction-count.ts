// A signal that counts a document's transactions that changed something, for views that re-read
// plain data after each change. It listens to `afterTransaction` (after every observer, so stores
// have taken the change) and not to `update`: an `update` listener makes Yjs encode each
// transaction as an update, including the one that loads the whole device copy.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';

/** Must run inside a reactive owner: it stops listening when the owner is disposed. */
export function createTransactionCount(doc: Y.Doc): Accessor<number> {
  const [count, setCount] = createSignal(0);
  const onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0) setCount((at) => at + 1);
  };
  doc.on('afterTransaction', onTransaction);
  onCleanup(() => doc.off('afterTransaction', onTransaction));
  return count;
}
