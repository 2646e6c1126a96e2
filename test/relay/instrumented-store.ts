// A real SQLite store with a window into it: counts loads, and can hold a compaction at a gate
// so a test can act while the relay is in the middle of saving a room.
import type { RoomName } from '../../shared/schema/room-name';
import type { DocStore } from '../../server/store/doc-store';
import { createSqliteStore } from '../../server/store/sqlite-store';
import { relayDatabaseFile } from '../../server/start-relay';

export interface InstrumentedStore extends DocStore {
  loads(room: RoomName): number;
  /** Makes the next compactions wait until `release()`; resolves once one is waiting. */
  holdCompaction(): { reached: Promise<void>; release: () => void };
  /** True while a held compaction has not finished writing. */
  holdCompactionPending(): boolean;
}

export function createInstrumentedStore(dataDir: string): InstrumentedStore {
  const inner = createSqliteStore({ file: relayDatabaseFile(dataDir) });
  const loadCounts = new Map<RoomName, number>();
  let gate: { open: Promise<void>; onReached: () => void } | null = null;
  let heldRunning = 0;
  return {
    ...inner,
    async load(room) {
      loadCounts.set(room, (loadCounts.get(room) ?? 0) + 1);
      return inner.load(room);
    },
    async compact(room, snapshot, uptoSeq) {
      if (gate === null) return inner.compact(room, snapshot, uptoSeq);
      heldRunning += 1;
      try {
        gate.onReached();
        await gate.open;
        return await inner.compact(room, snapshot, uptoSeq);
      } finally {
        heldRunning -= 1;
      }
    },
    loads: (room) => loadCounts.get(room) ?? 0,
    holdCompactionPending: () => heldRunning > 0,
    holdCompaction() {
      let onReached = (): void => {};
      let release = (): void => {};
      const reached = new Promise<void>((resolve) => (onReached = resolve));
      const open = new Promise<void>((resolve) => (release = resolve));
      gate = { open, onReached };
      return {
        reached,
        release: () => {
          gate = null;
          release();
        },
      };
    },
  };
}
