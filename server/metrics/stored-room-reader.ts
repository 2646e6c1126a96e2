// A read-only view of the relay's update log (`relay.sqlite`) for the snapshot worker: its own
// better-sqlite3 connection in the worker thread, so the relay's thread neither reads the bytes nor
// copies them across. WAL lets it read while the relay writes; each load is one read transaction, so
// a compaction between reading the snapshot and the log can't make it see an entry twice or never.
import Database from 'better-sqlite3';
import type { RoomName } from '../../shared/schema/room-name';
import type { DocStore, StoredDoc } from '../store/doc-store';

export interface StoredRoomReader extends Pick<DocStore, 'load'> {
  close(): void;
}

interface SnapshotRow { data: Buffer; upto_seq: number }
interface UpdateRow { seq: number; data: Buffer }

/** Throws (SqliteError) if the file is missing or not a relay store. */
export function openStoredRoomReader(file: string): StoredRoomReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  // the same statements the store's own load runs (server/store/sqlite-store.ts)
  const selectSnapshot = db.prepare<[string], SnapshotRow>('SELECT data, upto_seq FROM snapshots WHERE room = ?');
  const selectUpdates = db.prepare<[string, number], UpdateRow>('SELECT seq, data FROM updates WHERE room = ? AND seq > ? ORDER BY seq');
  const readRoom = db.transaction((room: RoomName): StoredDoc => {
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
  });
  return {
    load: async (room) => readRoom(room),
    close: () => db.close(),
  };
}

function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
