// Where a snapshot's figures are computed: in the snapshot worker when there is one (the relay's own
// SQLite store), else, and whenever the worker crashes, times out or fails, on the relay's thread as
// before, so a snapshot is never lost to the worker. Counts both, for GET /metrics and the tests.
//
// Size guard: a room whose stored bytes (snapshot + log) exceed maxMainThreadRoomBytes is never
// rebuilt on the relay's thread: a rebuild costs about 100 ms per stored MB there (docs/robots.md
// measured 4.1 MB at ~400 ms), time every socket waits. Such a snapshot is skipped with its reason
// logged and counted instead; the worker computes rooms of any size. Reading the rows to learn the
// size is cheap (2.5 ms for 4.1 MB); the rebuild is what the guard avoids.
import type { CalendarSettings } from '../../shared/domain/calendar/calendar-settings';
import type { ProjectFigures } from '../../shared/domain/metrics/project-figures';
import type { RoomName } from '../../shared/schema/room-name';
import type { Logger } from '../log';
import type { DocStore, StoredDoc } from '../store/doc-store';
import { snapshotFigures, storedCalendarSettings } from './snapshot-figures';
import type { SnapshotWorkerPool } from './snapshot-worker-pool';

/** 2 MiB: about 200 ms of rebuild on the relay's thread, a room of roughly a thousand tasks. */
export const DEFAULT_MAX_MAIN_THREAD_ROOM_BYTES = 2 * 1024 * 1024;

export interface SnapshotComputations {
  /** Figures the worker computed. */
  readonly worker: number;
  /** Figures computed on the relay's thread (no worker, or the worker failed). */
  readonly main: number;
}

export type SnapshotSkipReason = 'room-too-big-for-relay-thread';

export interface SnapshotComputer {
  figures(room: RoomName, now: number): Promise<ProjectFigures | null>;
  /**
   * A `ws.` room's calendar settings as stored, read where figures are (the worker, else this thread
   * under the same size guard); null when the room is too big for this thread. Not counted in computations().
   */
  calendarSettings(room: RoomName): Promise<CalendarSettings | null>;
  computations(): SnapshotComputations;
  /** Snapshots skipped so far, per reason. */
  skipped(): Readonly<Record<SnapshotSkipReason, number>>;
  close(): Promise<void>;
}

export interface SnapshotComputerOptions {
  readonly store: DocStore;
  readonly pool: SnapshotWorkerPool | null;
  readonly logger: Logger;
  /** The `ws.` room of the workspace a `p.`/`f.` room's project belongs to (its working calendar); null when unknown. */
  readonly workspaceRoomOf?: (room: RoomName) => RoomName | null;
  /** Largest stored room rebuilt on the relay's thread; default DEFAULT_MAX_MAIN_THREAD_ROOM_BYTES, 0: no limit. */
  readonly maxMainThreadRoomBytes?: number;
}

/** A room the relay's thread will not rebuild: the snapshot that needed it is skipped. */
export class RoomTooBigError extends Error {
  override name = 'RoomTooBigError';
  constructor(readonly room: RoomName, readonly bytes: number, readonly limitBytes: number) {
    super(`${room} holds ${bytes} stored bytes, more than the ${limitBytes} the relay's thread rebuilds`);
  }
}

export function storedBytes(stored: StoredDoc): number {
  return (stored.snapshot?.byteLength ?? 0) + stored.updateBytes;
}

export function createSnapshotComputer(options: SnapshotComputerOptions): SnapshotComputer {
  const { store, pool, logger } = options;
  const workspaceRoomOf = options.workspaceRoomOf ?? (() => null);
  const limit = options.maxMainThreadRoomBytes ?? DEFAULT_MAX_MAIN_THREAD_ROOM_BYTES;
  // every room a snapshot reads (the room, a finance room's project room, the workspace room) is checked
  const guarded: Pick<DocStore, 'load'> = {
    async load(room) {
      const stored = await store.load(room);
      const bytes = storedBytes(stored);
      if (limit > 0 && bytes > limit) throw new RoomTooBigError(room, bytes, limit);
      return stored;
    },
  };
  let worker = 0;
  let main = 0;
  let tooBig = 0;
  const onMain = async (room: RoomName, now: number, workspaceRoom: RoomName | null, why: 'no-worker' | 'worker-failed'): Promise<ProjectFigures | null> => {
    try {
      const figures = await snapshotFigures(guarded, room, now, workspaceRoom);
      main += 1;
      return figures;
    } catch (error) {
      if (!(error instanceof RoomTooBigError)) throw error;
      tooBig += 1;
      logger.warn('metrics snapshot skipped: room too big for the relay thread', {
        room, reason: 'room-too-big-for-relay-thread', storedRoom: error.room, bytes: error.bytes, limitBytes: error.limitBytes, why,
      });
      return null;
    }
  };
  return {
    async figures(room, now) {
      const workspaceRoom = workspaceRoomOf(room);
      if (pool === null) return onMain(room, now, workspaceRoom, 'no-worker');
      let figures: ProjectFigures | null;
      try {
        figures = await pool.compute(room, now, workspaceRoom);
      } catch (error) {
        logger.warn('snapshot computed on the relay thread instead of the worker', { room, error });
        return onMain(room, now, workspaceRoom, 'worker-failed');
      }
      worker += 1;
      return figures;
    },
    async calendarSettings(room) {
      let why: 'no-worker' | 'worker-failed' = 'no-worker';
      if (pool !== null) {
        try {
          return await pool.calendarSettings(room);
        } catch (error) {
          logger.warn('workspace calendar read on the relay thread instead of the worker', { room, error });
          why = 'worker-failed';
        }
      }
      try {
        return await storedCalendarSettings(guarded, room);
      } catch (error) {
        if (!(error instanceof RoomTooBigError)) throw error;
        logger.warn('workspace calendar not read: room too big for the relay thread', { room, bytes: error.bytes, limitBytes: error.limitBytes, why });
        return null;
      }
    },
    computations: () => ({ worker, main }),
    skipped: () => ({ 'room-too-big-for-relay-thread': tooBig }),
    close: async () => {
      await pool?.close();
    },
  };
}
