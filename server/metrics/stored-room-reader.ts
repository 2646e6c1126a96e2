// A read-only view of the relay's update log (`relay.sqlite`) for the snapshot worker: its own
// better-sqlite3 connection in the worker thread, so the relay's thread neither reads the bytes nor
// copies them across. WAL lets it read while the relay writes; each load is one read transaction, so
// a compaction between reading the snapshot and the log can't make it see an entry twice or never.
// lastSeq reads only the room's highest sequence number (two indexed lookups), so the worker's
// room-doc-cache.ts can tell whether a document it rebuilt is still current without reading bytes.
import Database from 'better-sqlite3';
import { makeLastSeqReader, makeRoomLoader } from '../store/stored-rows';
import type { VersionedRoomSource } from './room-doc-cache';

export interface StoredRoomReader extends VersionedRoomSource {
  close(): void;
}

/** Throws (SqliteError) if the file is missing or not a relay store. */
export function openStoredRoomReader(file: string): StoredRoomReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  // read exactly as the store's own load does, in one transaction for one consistent view
  const readRoom = db.transaction(makeRoomLoader(db));
  const readLastSeq = makeLastSeqReader(db);
  return {
    load: async (room) => readRoom(room),
    lastSeq: async (room) => readLastSeq(room),
    close: () => db.close(),
  };
}

