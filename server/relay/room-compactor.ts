// Keeps a room's update log short: once it passes the entry or byte threshold (or the room is
// saved for unload) the whole document is written as the new snapshot and the merged entries
// are deleted in the same store transaction. It compacts only while the commit queue is idle, so the
// snapshot is exactly the stored log up to its seq: an update applied to the doc but not yet appended
// (and maybe never, if the process dies or the append fails) must not enter the store under an older
// seq, since "same seq = same document" is what the kept first screens rely on (server/first-screen).
import * as Y from 'yjs';
import type { RoomName } from '../../shared/schema/room-name';
import type { Logger } from '../log';
import type { DocStore } from '../store/doc-store';

export interface RoomCompactor {
  /** Counts a stored batch and compacts in the background when a threshold is crossed. */
  noteStored(entries: number, bytes: number): void;
  /**
   * Compacts now if anything was stored since the last snapshot; while updates wait to be stored it
   * compacts once they are (at the queue's next stored batch that leaves it idle) and resolves at once.
   */
  compact(): Promise<void>;
}

export interface RoomCompactorOptions {
  readonly room: RoomName;
  readonly doc: Y.Doc;
  readonly store: DocStore;
  readonly logger: Logger;
  readonly thresholds: { readonly entries: number; readonly bytes: number };
  readonly lastDurableSeq: () => number;
  /** True when every update applied to the doc is stored (CommitQueue.isIdle). */
  readonly isIdle: () => boolean;
  readonly initial: { readonly snapshotSeq: number; readonly entries: number; readonly bytes: number };
  /** After each compaction, with how many log entries it merged. */
  readonly onCompacted?: (entries: number) => void;
  /** A compaction in the background failed (logged here; the entries stay in the log). */
  readonly onFailed?: () => void;
}

export function createRoomCompactor(options: RoomCompactorOptions): RoomCompactor {
  const { room, doc, store, thresholds } = options;
  let snapshotSeq = options.initial.snapshotSeq;
  let entries = options.initial.entries;
  let bytes = options.initial.bytes;
  let running: Promise<void> | null = null;
  // a compaction was due while updates waited to be stored: the next stored batch runs it
  let deferred = false;

  const runOnce = async (): Promise<void> => {
    if (!options.isIdle()) {
      deferred = true;
      return;
    }
    deferred = false;
    // Every update applied to the doc was appended, up to `upto`, and nothing else is pending: the
    // snapshot taken now (synchronously, with the seq) holds exactly the stored entries.
    const upto = options.lastDurableSeq();
    if (upto <= snapshotSeq) return;
    const merged = { entries, bytes };
    const snapshot = Y.encodeStateAsUpdate(doc);
    await store.compact(room, snapshot, upto);
    snapshotSeq = upto;
    entries -= merged.entries;
    bytes -= merged.bytes;
    options.onCompacted?.(merged.entries);
    options.logger.debug('room compacted', { room, uptoSeq: upto, snapshotBytes: snapshot.byteLength });
  };

  const compact = async (): Promise<void> => {
    while (running !== null) await running.catch(() => {});
    running = runOnce().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    noteStored(storedEntries, storedBytes) {
      entries += storedEntries;
      bytes += storedBytes;
      if (running !== null || (!deferred && entries < thresholds.entries && bytes < thresholds.bytes)) return;
      compact().catch((error: unknown) => {
        options.logger.error('compaction failed', { room, error });
        options.onFailed?.();
      });
    },
    compact,
  };
}
