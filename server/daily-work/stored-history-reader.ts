// A read-only view of the accepted updates in the relay's `relay.sqlite`, for the snapshot worker's
// check of a workspace room's check-in history (stored-check-in-audit.ts): its own connection in the
// worker thread, read as the store's own history() reads them (server/store/stored-rows.ts).
import Database from 'better-sqlite3';
import type { RoomName } from '../../shared/schema/room-name';
import type { HistoryEntry } from '../store/doc-store';
import { makeHistoryReader } from '../store/stored-rows';

export interface StoredHistoryReader {
  history(room: RoomName, afterSeq: number, limit: number): HistoryEntry[];
  close(): void;
}

/** Throws (SqliteError) if the file is missing or not a relay store. */
export function openStoredHistoryReader(file: string): StoredHistoryReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const read = makeHistoryReader(db);
  return {
    history: read,
    close: () => db.close(),
  };
}
