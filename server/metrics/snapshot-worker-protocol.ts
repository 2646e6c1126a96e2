// Messages between the relay's thread and the snapshot worker (snapshot-worker.ts): one request per
// snapshot, answered by id with the figures or the error's text. Figures cross as structured clones.
import type { ProjectFigures } from '../../shared/domain/metrics/project-figures';
import type { RoomName } from '../../shared/schema/room-name';

/** What the worker is started with (`workerData`). */
export interface SnapshotWorkerData {
  /** The relay's update log, opened read-only in the worker. */
  readonly storeFile: string;
  /** From source only: the worker's TypeScript entry, loaded through tsx by snapshot-worker-source.mjs. */
  readonly entry?: string;
}

export interface SnapshotRequest {
  readonly id: number;
  readonly room: RoomName;
  readonly now: number;
}

export type SnapshotReply =
  | { readonly id: number; readonly ok: true; readonly figures: ProjectFigures | null }
  | { readonly id: number; readonly ok: false; readonly error: string };
