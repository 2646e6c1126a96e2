// Rebuilding a room on the relay's thread, for server/daily-work when the snapshot worker can't read
// it (a relay without one, or the worker failed): only a room within the size the snapshot computer
// rebuilds there (snapshot-computer.ts, 2 MiB: about 200 ms), since every socket waits for a rebuild.
// A bigger room is left for a later change or request, with a warning.
import type * as Y from 'yjs';
import type { RoomName } from '../../shared/schema/room-name';
import type { Logger } from '../log';
import { DEFAULT_MAX_MAIN_THREAD_ROOM_BYTES, storedBytes } from '../metrics/snapshot-computer';
import type { DocStore } from '../store/doc-store';
import { buildRoomDoc } from '../store/stored-room-doc';

/** What both daily-work jobs read rooms with (check-in-audit.ts, sign-off-facts-job.ts). */
export interface DailyWorkRoomReads {
  readonly store: DocStore;
  /** The relay's document of a room held in memory (Relay.heldRoomDoc). */
  readonly heldRoomDoc: (room: RoomName) => Promise<Y.Doc | null>;
  readonly logger: Logger;
  /** Largest stored room rebuilt on the relay's thread (no worker, or it failed); see RelayThreadRebuild. */
  readonly maxMainThreadRoomBytes?: number;
}

export interface RelayThreadRebuild {
  readonly store: Pick<DocStore, 'load'>;
  readonly logger: Logger;
  /** Largest stored room rebuilt here; default DEFAULT_MAX_MAIN_THREAD_ROOM_BYTES, 0: no limit (the benchmark's "before"). */
  readonly maxRoomBytes?: number;
}

/** The room's document (the caller destroys it) and the seq it holds, or null when too big for this thread. */
export async function rebuildOnRelayThread(options: RelayThreadRebuild, room: RoomName, why: string): Promise<{ readonly doc: Y.Doc; readonly seq: number } | null> {
  const limit = options.maxRoomBytes ?? DEFAULT_MAX_MAIN_THREAD_ROOM_BYTES;
  const stored = await options.store.load(room);
  const bytes = storedBytes(stored);
  if (limit > 0 && bytes > limit) {
    options.logger.warn('daily work: room too big for the relay thread, left for later', { room, why, bytes, limitBytes: limit });
    return null;
  }
  return { doc: buildRoomDoc(stored), seq: stored.lastSeq };
}
