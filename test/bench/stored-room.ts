// What our relay holds on disk for one room, read straight from its SQLite file after the relay
// stopped: evidence that the "uncompacted" and "compacted" cold loads really differ.
import Database from 'better-sqlite3';
import path from 'node:path';

export interface StoredRoom {
  readonly logEntries: number;
  readonly logBytes: number;
  readonly snapshotBytes: number;
}

export function readStoredRoom(dataDir: string, room: string): StoredRoom {
  // the relay's store file and tables (server/store/sqlite-store.ts), opened only while it is stopped;
  // read-write because a read-only handle cannot recover the WAL a killed relay leaves behind
  const db = new Database(path.join(dataDir, 'relay.sqlite'));
  try {
    const log = db.prepare<[string], { entries: number; bytes: number }>('SELECT count(*) AS entries, coalesce(sum(length(data)), 0) AS bytes FROM updates WHERE room = ?').get(room);
    const snapshot = db.prepare<[string], { bytes: number }>('SELECT length(data) AS bytes FROM snapshots WHERE room = ?').get(room);
    return { logEntries: log?.entries ?? 0, logBytes: log?.bytes ?? 0, snapshotBytes: snapshot?.bytes ?? 0 };
  } finally {
    db.close();
  }
}
