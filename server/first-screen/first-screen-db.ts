// Each project's last first screen computed from relay.sqlite, kept in that file's `first_screens`
// table (server/store/sqlite-store.ts) with exactly what it was computed from (stored-first-screen.ts),
// so a restarted relay answers a fresh device at once instead of after a rebuild in its snapshot worker
// (1.3–4 s for 10,000 tasks on the 2-core bench machine: npx tsx test/bench/first-screen-restart.ts). A kept entry is served only
// while both rooms still hold the sequence numbers it was computed at (seq numbers only grow and a
// compaction keeps the highest and snapshots only what the log holds, room-compactor.ts, so the same
// number is the same document), the room's workspace is the
// same, its day (if it counted from today) is today, and it was computed by this build (first-screen-build.ts). It
// lives in the documents' own file so that a restored backup brings entries that match its rooms. It
// is derived data: a SQLite error is logged and counts as no entry, a table of another shape is made
// again (first-screens-table.ts), and a file it can't be opened on keeps nothing: the relay starts anyway.
import Database from 'better-sqlite3';
import { FIRST_SCREEN_VERSION } from '../../shared/domain/schedule/first-screen';
import type { IsoDay } from '../../shared/iso-day';
import type { RoomName } from '../../shared/schema/room-name';
import type { Logger } from '../log';
import { makeLastSeqReader } from '../store/stored-rows';
import { firstScreenBuild } from './first-screen-build';
import { ensureFirstScreensTable } from './first-screens-table';
import type { StoredFirstScreen } from './stored-first-screen';

/**
 * Projects kept at most (an entry is about 64 KB); the least recently used (computed or served) go
 * first, so a project opened often and never edited stays. `computed_at` holds that time.
 */
export const FIRST_SCREEN_DB_MAX_ROOMS = 200;
/** A served entry's time is written at most this often per room, so asking is not a write each time. */
export const FIRST_SCREEN_USED_PRECISION_MS = 60_000;

export interface PersistedFirstScreens {
  /** The kept entry of `room` if it was computed from what the store holds now, else null. */
  find(room: RoomName, workspaceRoom: RoomName | null, today: IsoDay): string | null;
  /** Keeps a computed entry unless one of the room from a newer state (same workspace) is kept already. */
  save(room: RoomName, screen: StoredFirstScreen, at: number): void;
  /** The kept entry of `room` was served at `at` (from here or from the relay's memory): it goes last. */
  noteUsed(room: RoomName, at: number): void;
  close(): void;
}

export interface FirstScreenDbOptions {
  /** The build that computes entries (first-screen-build.ts); tests name one. */
  readonly build?: string;
}

interface Row {
  readonly room_seq: number;
  readonly workspace_room: string | null;
  readonly workspace_seq: number;
  readonly day: string | null;
  readonly format: string;
  readonly entry: string;
}

/**
 * `file`: the relay's relay.sqlite, already opened (and its tables made) by the SQLite store. Null, with
 * the error logged, when the table can't be read or made (a read-only or locked file): nothing is kept.
 */
export function openFirstScreenDb(file: string, logger: Logger, options: FirstScreenDbOptions = {}): PersistedFirstScreens | null {
  let db: Database.Database | null = null;
  try {
    const format = `${FIRST_SCREEN_VERSION}.${options.build ?? firstScreenBuild()}`;
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const table = ensureFirstScreensTable(db);
    if (table !== 'as-expected') logger.warn('first_screens table made again: kept first screens are computed anew', { file, table });
    return keptIn(db, logger, format);
  } catch (error) {
    logger.error('first screens not kept across restarts', { file, error });
    if (db?.open === true) db.close();
    return null;
  }
}

/** `format`: the entry version and the build; a row of any other was computed by other code. */
function keptIn(db: Database.Database, logger: Logger, format: string): PersistedFirstScreens {
  const lastSeq = makeLastSeqReader(db);
  const selectRow = db.prepare<[string], Row>('SELECT room_seq, workspace_room, workspace_seq, day, format, entry FROM first_screens WHERE room = ?');
  const upsert = db.prepare<[string, number, string | null, number, string | null, string, string, number]>(
    `INSERT INTO first_screens (room, room_seq, workspace_room, workspace_seq, day, format, entry, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (room) DO UPDATE SET room_seq = excluded.room_seq, workspace_room = excluded.workspace_room, workspace_seq = excluded.workspace_seq,
       day = excluded.day, format = excluded.format, entry = excluded.entry, computed_at = excluded.computed_at
     WHERE excluded.room_seq > first_screens.room_seq OR excluded.workspace_room IS NOT first_screens.workspace_room OR excluded.format IS NOT first_screens.format
       OR (excluded.room_seq = first_screens.room_seq AND excluded.workspace_seq >= first_screens.workspace_seq)`,
  );
  const touch = db.prepare<[number, string, number]>('UPDATE first_screens SET computed_at = ? WHERE room = ? AND computed_at < ?');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM first_screens');
  const prune = db.prepare<[number]>('DELETE FROM first_screens WHERE room NOT IN (SELECT room FROM first_screens ORDER BY computed_at DESC LIMIT ?)');
  // the row and both rooms' seq numbers in one read, so an append between them can't pass a stale row
  const findCurrent = db.transaction((room: RoomName, workspaceRoom: RoomName | null, today: IsoDay): string | null => {
    const row = selectRow.get(room);
    if (row === undefined || row.format !== format || row.workspace_room !== workspaceRoom) return null;
    if (row.day !== null && row.day !== today) return null;
    if (row.room_seq !== lastSeq(room)) return null;
    if (workspaceRoom !== null && row.workspace_seq !== lastSeq(workspaceRoom)) return null;
    return row.entry;
  });
  const saveEntry = db.transaction((room: RoomName, entry: string, screen: StoredFirstScreen, at: number): void => {
    const { basis } = screen;
    upsert.run(room, basis.roomSeq, basis.workspaceRoom, basis.workspaceSeq, basis.day, format, entry, at);
    if ((count.get()?.n ?? 0) > FIRST_SCREEN_DB_MAX_ROOMS) prune.run(FIRST_SCREEN_DB_MAX_ROOMS);
  });

  return {
    find(room, workspaceRoom, today) {
      if (!db.open) return null;
      try {
        return findCurrent(room, workspaceRoom, today);
      } catch (error) {
        logger.warn('kept first screen not read', { room, error });
        return null;
      }
    },
    save(room, screen, at) {
      if (screen.entry === null || !db.open) return;
      try {
        saveEntry(room, screen.entry, screen, at);
      } catch (error) {
        logger.warn('first screen not kept', { room, error });
      }
    },
    noteUsed(room, at) {
      if (!db.open) return;
      try {
        touch.run(at, room, at - FIRST_SCREEN_USED_PRECISION_MS);
      } catch (error) {
        logger.warn('kept first screen not marked used', { room, error });
      }
    },
    close() {
      if (db.open) db.close();
    },
  };
}
