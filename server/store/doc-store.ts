// The relay's persistence boundary: an append-only update log per room plus one snapshot, so
// SQLite today and PostgreSQL later are interchangeable behind the same contract suite.
import type { RoomName } from '../../shared/schema/room-name';

/** Who sent an update and when: kept beside the bytes for the audit trail. */
export interface UpdateMeta {
  readonly connectionId: string;
  readonly userId?: string;
  readonly sessionId?: string;
  readonly ip: string;
  /** Epoch milliseconds (UTC). */
  readonly at: number;
}

export interface LogEntry {
  readonly update: Uint8Array;
  readonly meta: UpdateMeta;
}

export interface StoredDoc {
  /** Merged state up to `snapshotSeq`, or null if the room was never compacted. */
  readonly snapshot: Uint8Array | null;
  readonly snapshotSeq: number;
  /** Log entries after the snapshot, oldest first. */
  readonly updates: readonly Uint8Array[];
  /** Highest sequence number stored for the room (0 for an unknown room). */
  readonly lastSeq: number;
  /** Total bytes of `updates`, so the room knows when to compact. */
  readonly updateBytes: number;
}

/** One accepted update with who sent it and when: the audit trail and the source of "who changed this". */
export interface HistoryEntry {
  readonly seq: number;
  readonly update: Uint8Array;
  readonly userId: string | null;
  readonly sessionId: string | null;
  readonly at: number;
}

export interface DocStore {
  load(room: RoomName): Promise<StoredDoc>;
  /** Appends one update; resolves with its sequence number once it is durable. */
  append(room: RoomName, update: Uint8Array, meta: UpdateMeta): Promise<number>;
  /** Appends several updates in one transaction (group commit); resolves with the last seq. */
  appendBatch(room: RoomName, entries: readonly LogEntry[]): Promise<number>;
  /**
   * Replaces the room's snapshot with `snapshot` (which must contain every entry up to `uptoSeq`)
   * and deletes those entries, atomically: a crash leaves either the old or the new state.
   */
  compact(room: RoomName, snapshot: Uint8Array, uptoSeq: number): Promise<void>;
  listRooms(): Promise<RoomName[]>;
  /**
   * Accepted updates after `afterSeq`, oldest first, at most `limit`. Compaction merges the live log
   * into the snapshot but moves the entries here, so history survives it.
   */
  history(room: RoomName, afterSeq: number, limit: number): Promise<HistoryEntry[]>;
  /**
   * Forgets history entries accepted before `before` (epoch ms) in every room, returning how many.
   * Only entries compaction already merged into a snapshot go: the live log is the document itself.
   */
  pruneHistory(before: number): Promise<number>;
  close(): Promise<void>;
}

export class StoreClosedError extends Error {
  override name = 'StoreClosedError';
}
