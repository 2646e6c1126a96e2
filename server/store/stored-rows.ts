// How a room is read back from relay.sqlite: its snapshot and the updates after it, and its history of
// accepted updates. Shared by the store (sqlite-store.ts) and the snapshot worker's read-only readers
// (server/metrics/stored-room-reader.ts, server/daily-work/stored-history-reader.ts), so all read alike.
import type Database from 'better-sqlite3';
import type { RoomName } from '../../shared/schema/room-name';
import type { HistoryEntry, StoredDoc } from './doc-store';

interface SnapshotRow { data: Buffer; upto_seq: number }
interface UpdateRow { seq: number; data: Buffer }
interface HistoryRow { seq: number; data: Buffer; user_id: string | null; session_id: string | null; at: number }

/** Prepares the two statements on `db`; the returned function reads one room (call it inside a transaction for one consistent view). */
export function makeRoomLoader(db: Database.Database): (room: RoomName) => StoredDoc {
  const selectSnapshot = db.prepare<[string], SnapshotRow>('SELECT data, upto_seq FROM snapshots WHERE room = ?');
  const selectUpdates = db.prepare<[string, number], UpdateRow>('SELECT seq, data FROM updates WHERE room = ? AND seq > ? ORDER BY seq');
  return (room) => {
    const snapshot = selectSnapshot.get(room);
    const snapshotSeq = snapshot?.upto_seq ?? 0;
    const rows = selectUpdates.all(room, snapshotSeq);
    const updates = rows.map((row) => toBytes(row.data));
    return {
      snapshot: snapshot === undefined ? null : toBytes(snapshot.data),
      snapshotSeq,
      updates,
      lastSeq: rows.at(-1)?.seq ?? snapshotSeq,
      updateBytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
    };
  };
}

/**
 * Prepares a reader of a room's highest stored sequence number (0 for a room never written) without
 * its bytes: two indexed lookups in one read transaction, since compaction moves log entries into the
 * snapshot in one. Seq numbers only grow and a compaction keeps the highest, so the same number means
 * the same stored document (the snapshot worker's room-doc-cache.ts and the kept first screens rely on it).
 */
export function makeLastSeqReader(db: Database.Database): (room: RoomName) => number {
  const selectSnapshotSeq = db.prepare<[string], { upto_seq: number }>('SELECT upto_seq FROM snapshots WHERE room = ?');
  const selectLastUpdateSeq = db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM updates WHERE room = ?');
  return db.transaction((room: RoomName): number => Math.max(selectSnapshotSeq.get(room)?.upto_seq ?? 0, selectLastUpdateSeq.get(room)?.seq ?? 0));
}

/**
 * Prepares a reader of a room's accepted updates after a seq, oldest first, at most `limit`: the ones
 * compaction moved to `history` and the live log, so history survives compaction (DocStore.history).
 * Shared by the store and the snapshot worker's check of check-in writes (server/daily-work/).
 */
export function makeHistoryReader(db: Database.Database): (room: RoomName, afterSeq: number, limit: number) => HistoryEntry[] {
  const selectHistory = db.prepare<[string, number, string, number, number], HistoryRow>(
    `SELECT seq, data, user_id, session_id, at FROM (
       SELECT seq, data, user_id, session_id, at FROM history WHERE room = ? AND seq > ?
       UNION ALL SELECT seq, data, user_id, session_id, at FROM updates WHERE room = ? AND seq > ?
     ) ORDER BY seq LIMIT ?`,
  );
  return (room, afterSeq, limit) => selectHistory.all(room, afterSeq, room, afterSeq, limit).map((row) => ({
    seq: row.seq, update: toBytes(row.data), userId: row.user_id, sessionId: row.session_id, at: row.at,
  }));
}

// better-sqlite3 hands back Buffers; the rest of the relay speaks plain Uint8Array
export function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
