// Where a snapshot's figures are computed: in the snapshot worker when there is one (the relay's own
// SQLite store), else, and whenever the worker crashes, times out or fails, on the relay's thread as
// before, so a snapshot is never lost to the worker. Counts both, for GET /metrics and the tests.
import type { ProjectFigures } from '../../shared/domain/metrics/project-figures';
import type { RoomName } from '../../shared/schema/room-name';
import type { Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import { snapshotFigures } from './snapshot-figures';
import type { SnapshotWorkerPool } from './snapshot-worker-pool';

export interface SnapshotComputations {
  /** Figures the worker computed. */
  readonly worker: number;
  /** Figures computed on the relay's thread (no worker, or the worker failed). */
  readonly main: number;
}

export interface SnapshotComputer {
  figures(room: RoomName, now: number): Promise<ProjectFigures | null>;
  computations(): SnapshotComputations;
  close(): Promise<void>;
}

export interface SnapshotComputerOptions {
  readonly store: DocStore;
  readonly pool: SnapshotWorkerPool | null;
  readonly logger: Logger;
  /** The `ws.` room of the workspace a `p.`/`f.` room's project belongs to (its working calendar); null when unknown. */
  readonly workspaceRoomOf?: (room: RoomName) => RoomName | null;
}

export function createSnapshotComputer(options: SnapshotComputerOptions): SnapshotComputer {
  const { store, pool, logger } = options;
  const workspaceRoomOf = options.workspaceRoomOf ?? (() => null);
  let worker = 0;
  let main = 0;
  const onMain = async (room: RoomName, now: number, workspaceRoom: RoomName | null): Promise<ProjectFigures | null> => {
    const figures = await snapshotFigures(store, room, now, workspaceRoom);
    main += 1;
    return figures;
  };
  return {
    async figures(room, now) {
      const workspaceRoom = workspaceRoomOf(room);
      if (pool === null) return onMain(room, now, workspaceRoom);
      let figures: ProjectFigures | null;
      try {
        figures = await pool.compute(room, now, workspaceRoom);
      } catch (error) {
        logger.warn('snapshot computed on the relay thread instead of the worker', { room, error });
        return onMain(room, now, workspaceRoom);
      }
      worker += 1;
      return figures;
    },
    computations: () => ({ worker, main }),
    close: async () => {
      await pool?.close();
    },
  };
}
