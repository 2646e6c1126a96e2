// In-memory DocStore: for tests and throwaway relays; same contract as SQLite, no durability.
import type { RoomName } from '../../shared/schema/room-name';
import { StoreClosedError } from './doc-store';
import type { DocStore, HistoryEntry, LogEntry, StoredDoc, UpdateMeta } from './doc-store';

interface RoomLog {
  snapshot: Uint8Array | null;
  snapshotSeq: number;
  entries: HistoryEntry[];
  /** Entries merged into the snapshot, kept for history. */
  compacted: HistoryEntry[];
}

export function createMemoryStore(): DocStore {
  const rooms = new Map<RoomName, RoomLog>();
  let nextSeq = 1;
  let closed = false;

  const open = (): void => {
    if (closed) throw new StoreClosedError('memory store is closed');
  };
  const logOf = (room: RoomName): RoomLog => {
    let log = rooms.get(room);
    if (log === undefined) {
      log = { snapshot: null, snapshotSeq: 0, entries: [], compacted: [] };
      rooms.set(room, log);
    }
    return log;
  };
  // copies, so a caller mutating its buffer later cannot change what was "stored"
  const appendBatch = async (room: RoomName, entries: readonly LogEntry[]): Promise<number> => {
    open();
    const log = logOf(room);
    let seq = 0;
    for (const entry of entries) {
      seq = nextSeq++;
      log.entries.push({ seq, update: entry.update.slice(), userId: entry.meta.userId ?? null, sessionId: entry.meta.sessionId ?? null, at: entry.meta.at });
    }
    return seq;
  };

  return {
    async load(room: RoomName): Promise<StoredDoc> {
      open();
      const log = rooms.get(room);
      if (log === undefined) return { snapshot: null, snapshotSeq: 0, updates: [], lastSeq: 0, updateBytes: 0 };
      const updates = log.entries.map((entry) => entry.update.slice());
      return {
        snapshot: log.snapshot?.slice() ?? null,
        snapshotSeq: log.snapshotSeq,
        updates,
        lastSeq: log.entries.at(-1)?.seq ?? log.snapshotSeq,
        updateBytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
      };
    },
    append: (room: RoomName, update: Uint8Array, meta: UpdateMeta) => appendBatch(room, [{ update, meta }]),
    appendBatch,
    async compact(room: RoomName, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
      open();
      const log = logOf(room);
      if (uptoSeq < log.snapshotSeq) return;
      log.snapshot = snapshot.slice();
      log.snapshotSeq = uptoSeq;
      log.compacted.push(...log.entries.filter((entry) => entry.seq <= uptoSeq));
      log.entries = log.entries.filter((entry) => entry.seq > uptoSeq);
    },
    async listRooms(): Promise<RoomName[]> {
      open();
      return [...rooms.keys()].sort();
    },
    async history(room: RoomName, afterSeq: number, limit: number): Promise<HistoryEntry[]> {
      open();
      const log = rooms.get(room);
      if (log === undefined) return [];
      return [...log.compacted, ...log.entries].filter((entry) => entry.seq > afterSeq).slice(0, limit).map((entry) => ({ ...entry, update: entry.update.slice() }));
    },
    async pruneHistory(before: number): Promise<number> {
      open();
      let pruned = 0;
      for (const log of rooms.values()) {
        const kept = log.compacted.filter((entry) => entry.at >= before);
        pruned += log.compacted.length - kept.length;
        log.compacted = kept;
      }
      return pruned;
    },
    async close(): Promise<void> {
      closed = true;
    },
  };
}
