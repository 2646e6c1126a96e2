// SQLite DocStore: one file (`relay.sqlite`) in WAL mode with prepared statements. With
// synchronous=NORMAL a committed append survives a crash of the relay process, but the last
// few commits may be lost on power failure or an OS crash; pass `synchronous: 'FULL'` to fsync
// every commit when the hardware makes that trade worth it.
import Database from 'better-sqlite3';
import { isRoomName } from '../../shared/schema/room-name';
import type { RoomName } from '../../shared/schema/room-name';
import { StoreClosedError } from './doc-store';
import { FIRST_SCREENS_COLUMNS } from './first-screens-schema';
import { makeHistoryReader, makeRoomLoader } from './stored-rows';
import type { DocStore, HistoryEntry, LogEntry, StoredDoc, UpdateMeta } from './doc-store';

export interface SqliteStoreOptions {
  /** File path, e.g. `${DATA_DIR}/relay.sqlite`. */
  readonly file: string;
  readonly synchronous?: 'NORMAL' | 'FULL';
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS snapshots (
    room TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    upto_seq INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    room TEXT NOT NULL,
    data BLOB NOT NULL,
    connection_id TEXT NOT NULL,
    user_id TEXT,
    session_id TEXT,
    ip TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS updates_by_room ON updates (room, seq);
  CREATE TABLE IF NOT EXISTS history (
    seq INTEGER PRIMARY KEY,
    room TEXT NOT NULL,
    data BLOB NOT NULL,
    connection_id TEXT NOT NULL,
    user_id TEXT,
    session_id TEXT,
    ip TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS history_by_room ON history (room, seq);
  CREATE INDEX IF NOT EXISTS history_by_time ON history (at);
  -- added 2026-12-03: each project's last Gantt first screen computed from this file, with the stored
  -- state it was computed from, so a restarted relay answers a fresh device at once
  -- (server/first-screen/first-screen-db.ts); derived data, safe to delete
  CREATE TABLE IF NOT EXISTS first_screens (${FIRST_SCREENS_COLUMNS}
  );
`;



export function createSqliteStore(options: SqliteStoreOptions): DocStore {
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const loadRoom = makeRoomLoader(db);
  const insertUpdate = db.prepare<[string, Uint8Array, string, string | null, string | null, string, number]>(
    'INSERT INTO updates (room, data, connection_id, user_id, session_id, ip, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const moveToHistory = db.prepare<[string, number]>(
    `INSERT OR IGNORE INTO history (seq, room, data, connection_id, user_id, session_id, ip, at)
     SELECT seq, room, data, connection_id, user_id, session_id, ip, at FROM updates WHERE room = ? AND seq <= ?`,
  );
  const readHistory = makeHistoryReader(db);
  const upsertSnapshot = db.prepare<[string, Uint8Array, number, number]>(
    `INSERT INTO snapshots (room, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (room) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at
     WHERE excluded.upto_seq >= snapshots.upto_seq`,
  );
  const deleteHistoryBefore = db.prepare<[number]>('DELETE FROM history WHERE at < ?');
  const deleteUpdates = db.prepare<[string, number]>('DELETE FROM updates WHERE room = ? AND seq <= ?');
  const selectRooms = db.prepare<[], { room: string }>(
    'SELECT room FROM snapshots UNION SELECT DISTINCT room FROM updates ORDER BY room',
  );

  const insertMany = db.transaction((room: RoomName, entries: readonly LogEntry[]): number => {
    let seq = 0;
    for (const { update, meta } of entries) seq = Number(insertRow(room, update, meta));
    return seq;
  });
  const insertRow = (room: RoomName, update: Uint8Array, meta: UpdateMeta): number | bigint =>
    insertUpdate.run(room, update, meta.connectionId, meta.userId ?? null, meta.sessionId ?? null, meta.ip, meta.at).lastInsertRowid;
  // snapshot first, then the merged entries go, in one transaction: never a moment without either
  const compactTx = db.transaction((room: RoomName, snapshot: Uint8Array, uptoSeq: number) => {
    upsertSnapshot.run(room, snapshot, uptoSeq, Date.now());
    moveToHistory.run(room, uptoSeq);
    deleteUpdates.run(room, uptoSeq);
  });

  const open = (): void => {
    if (!db.open) throw new StoreClosedError(`sqlite store ${options.file} is closed`);
  };

  return {
    async load(room: RoomName): Promise<StoredDoc> {
      open();
      return loadRoom(room);
    },
    async append(room: RoomName, update: Uint8Array, meta: UpdateMeta): Promise<number> {
      open();
      return Number(insertRow(room, update, meta));
    },
    async appendBatch(room: RoomName, entries: readonly LogEntry[]): Promise<number> {
      open();
      return insertMany(room, entries);
    },
    async compact(room: RoomName, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
      open();
      compactTx(room, snapshot, uptoSeq);
    },
    async listRooms(): Promise<RoomName[]> {
      open();
      return selectRooms.all().map((row) => row.room).filter(isRoomName);
    },
    async history(room: RoomName, afterSeq: number, limit: number): Promise<HistoryEntry[]> {
      open();
      return readHistory(room, afterSeq, limit);
    },
    async pruneHistory(before: number): Promise<number> {
      open();
      return deleteHistoryBefore.run(before).changes;
    },
    async close(): Promise<void> {
      if (db.open) db.close();
    },
  };
}
