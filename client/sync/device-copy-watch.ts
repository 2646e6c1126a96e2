// Watches one room's y-indexeddb copy for writes that fail: a full disk (QuotaExceededError when a
// transaction commits), a connection the browser closed (versionchange, cleared site data), or an
// IndexedDB that can't be opened at all. y-indexeddb reports none of these: its writes are
// fire-and-forget, and after a close its update handler throws inside Y.Doc's 'update' event, which
// would stop the relay provider's handler from ever seeing the edit. So the handler is wrapped, every
// transaction is observed, and the room is told what went wrong; edits stay in memory and still sync.
import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { classifyStorageError, nextDeviceProblem, type DeviceCopyProblem } from './device-copy-problem';

/** After a full disk, how often to try to save the whole document again (the person may free space). */
const RESAVE_INTERVAL_MS = 10_000;
const UPDATES_STORE = 'updates';

export interface DeviceCopyWatch {
  problem(): DeviceCopyProblem | null;
  /** Resolves once the device copy has loaded, or failed to open: either way the room can start. */
  readonly ready: Promise<void>;
  onChange(listener: () => void): () => void;
  destroy(): void;
}

export function makeDeviceCopyWatch(persistence: IndexeddbPersistence, doc: Y.Doc): DeviceCopyWatch {
  let problem: DeviceCopyProblem | null = null;
  let destroyed = false;
  let resaveTimer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();
  let resolveReady = (): void => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const markReady = (): void => {
    attachStoreUpdate();
    resolveReady();
  };
  void persistence.whenSynced.then(() => markReady());

  const setProblem = (next: DeviceCopyProblem | null): void => {
    if (destroyed || next === problem) return;
    problem = next;
    if (problem === 'quota') scheduleResave();
    listeners.forEach((listener) => listener());
  };
  const report = (error: unknown, phase: 'open' | 'write'): void => {
    const reported = classifyStorageError(error, phase);
    if (phase === 'open') markReady();
    setProblem(nextDeviceProblem(problem, reported));
  };

  // Swap y-indexeddb's update handler for one that can't throw into Y.Doc's event loop. Its destroy
  // unsubscribes `_storeUpdate`, so the wrapper takes that name.
  const storeUpdate = persistence._storeUpdate;
  doc.off('update', storeUpdate);
  persistence._storeUpdate = (update, origin) => {
    if (problem === 'closed' || problem === 'unavailable') return;
    try {
      storeUpdate(update, origin);
    } catch (error) {
      report(error, 'write');
    }
  };
  // The handler starts once the device copy is loaded: while no one listens to 'update', Yjs does not
  // encode the (5 MB for 10,000 cards) load transaction again just to emit it. An edit made before
  // that (rooms are written after `loaded`, so none is expected) is saved with the whole document.
  let editedBeforeReady = false;
  let attached = false;
  const noteEarlyEdit = (transaction: Y.Transaction): void => {
    if (transaction.origin !== persistence && (transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0)) editedBeforeReady = true;
  };
  doc.on('afterTransaction', noteEarlyEdit);
  function attachStoreUpdate(): void {
    if (attached || destroyed) return;
    attached = true;
    doc.off('afterTransaction', noteEarlyEdit);
    doc.on('update', persistence._storeUpdate);
    if (editedBeforeReady) persistence._storeUpdate(Y.encodeStateAsUpdate(doc), null);
  }

  const observe = (db: IDBDatabase): void => {
    // lib0 closes the connection on versionchange; 'close' is the browser closing it (site data cleared).
    db.addEventListener('versionchange', () => setProblem('closed'));
    db.addEventListener('close', () => setProblem('closed'));
    const transaction = db.transaction.bind(db);
    db.transaction = (stores, mode, options) => {
      try {
        const tx = transaction(stores, mode, options);
        // A quota error shows only here, when the transaction commits: the request itself succeeded.
        tx.addEventListener('abort', () => report(tx.error ?? new Error('transaction aborted'), 'write'));
        return tx;
      } catch (error) {
        report(error, 'write');
        throw error;
      }
    };
  };
  persistence._db.then(observe, (error: unknown) => report(error, 'open'));

  // Writes that failed are missing from the device copy for good; once space is back, one update
  // holding the whole document makes the copy complete again.
  function scheduleResave(): void {
    if (resaveTimer !== null) return;
    resaveTimer = setTimeout(() => {
      resaveTimer = null;
      if (destroyed || problem !== 'quota' || persistence.db === null) return;
      try {
        const tx = persistence.db.transaction([UPDATES_STORE], 'readwrite');
        tx.objectStore(UPDATES_STORE).add(Y.encodeStateAsUpdate(doc));
        tx.addEventListener('complete', () => {
          if (problem === 'quota') setProblem(null);
        });
        tx.addEventListener('abort', () => scheduleResave());
      } catch (error) {
        report(error, 'write');
      }
    }, RESAVE_INTERVAL_MS);
  }

  return {
    problem: () => problem,
    ready,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      doc.off('afterTransaction', noteEarlyEdit);
      if (resaveTimer !== null) clearTimeout(resaveTimer);
      listeners.clear();
    },
  };
}
