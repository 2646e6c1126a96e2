// The kept first screens on a relay.sqlite whose `first_screens` table is not what this code expects:
// real SQLite files made by the real store, the table then replaced or the file spoiled by hand.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDay } from '../../shared/iso-day';
import type { RoomName } from '../../shared/schema/room-name';
import type { Logger } from '../log';
import { createSqliteStore } from '../store/sqlite-store';
import { openFirstScreenDb } from './first-screen-db';
import { ensureFirstScreensTable } from './first-screens-table';
import type { StoredFirstScreen } from './stored-first-screen';

const ROOM = 'p.tableProject01' as RoomName;
const NOW = Date.UTC(2026, 2, 4, 2, 0, 0);
const DAY = '2026-03-04' as IsoDay;
/** An entry of a room that holds nothing yet (its last seq is 0), without a workspace. */
const SCREEN: StoredFirstScreen = { entry: '{"kept":true}', basis: { roomSeq: 0, workspaceRoom: null, workspaceSeq: 0, day: null } };

/** A logger that remembers each warning and error, as `level: message`. */
function recordingLogger(): Logger & { readonly said: string[] } {
  const said: string[] = [];
  const logger: Logger & { readonly said: string[] } = {
    said,
    debug: () => {},
    info: () => {},
    warn: (msg) => void said.push(`warn: ${msg}`),
    error: (msg) => void said.push(`error: ${msg}`),
    child: () => logger,
  };
  return logger;
}

describe('a first_screens table this code did not make', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'first-screens-table-'));
    file = path.join(dir, 'relay.sqlite');
    await createSqliteStore({ file }).close();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const withFile = <T>(use: (db: Database.Database) => T): T => {
    const db = new Database(file);
    try {
      return use(db);
    } finally {
      db.close();
    }
  };

  it('the table the store makes is the expected one, so a fresh relay.sqlite is left as it is', () => {
    expect(withFile((db) => ensureFirstScreensTable(db))).toBe('as-expected');
  });

  it('a table of another shape is dropped and made again, and entries are kept and found in it', () => {
    withFile((db) => db.exec("DROP TABLE first_screens; CREATE TABLE first_screens (room TEXT, screen BLOB); INSERT INTO first_screens VALUES ('p.tableProject01', x'00')"));
    const logger = recordingLogger();

    const kept = openFirstScreenDb(file, logger);

    expect(kept).not.toBeNull();
    expect(logger.said).toEqual(['warn: first_screens table made again: kept first screens are computed anew']);
    expect(kept?.find(ROOM, null, DAY)).toBeNull();
    kept?.save(ROOM, SCREEN, NOW);
    expect(kept?.find(ROOM, null, DAY)).toBe(SCREEN.entry);
    kept?.close();
    expect(withFile((db) => ensureFirstScreensTable(db))).toBe('as-expected');
  });

  it('the same columns without the primary key are made again too (the upsert needs it)', () => {
    withFile((db) => {
      const columns = 'room TEXT, room_seq INTEGER NOT NULL, workspace_room TEXT, workspace_seq INTEGER NOT NULL, day TEXT, format TEXT NOT NULL, entry TEXT NOT NULL, computed_at INTEGER NOT NULL';
      db.exec(`DROP TABLE first_screens; CREATE TABLE first_screens (${columns})`);
    });

    const kept = openFirstScreenDb(file, recordingLogger());

    kept?.save(ROOM, SCREEN, NOW);
    expect(kept?.find(ROOM, null, DAY)).toBe(SCREEN.entry);
    kept?.close();
  });

  it('a file SQLite cannot read keeps nothing, says so, and does not throw', async () => {
    await rm(file, { force: true });
    await writeFile(file, 'this is not a SQLite database, it only has its name '.repeat(100));
    const logger = recordingLogger();

    expect(openFirstScreenDb(file, logger)).toBeNull();
    expect(logger.said).toEqual(['error: first screens not kept across restarts']);
  });
});
