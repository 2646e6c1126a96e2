// Keeps relay.sqlite's `first_screens` table (first-screen-db.ts) in the shape this code expects. The store makes it with CREATE
// TABLE IF NOT EXISTS (server/store/sqlite-store.ts), which leaves alone a table of another shape (a dev
// build's, a hand edit); its statements would then fail to prepare and stop the relay. The rows are
// derived data, so a table that doesn't match is dropped and made again: it costs one rebuild per project.
import Database from 'better-sqlite3';
import { FIRST_SCREENS_COLUMNS } from '../store/first-screens-schema';

/** The table as this code expects it; the store creates it with the same columns. */
export const FIRST_SCREENS_TABLE = `CREATE TABLE first_screens (${FIRST_SCREENS_COLUMNS})`;

export type FirstScreensTableState = 'as-expected' | 'created' | 'remade';

interface ColumnInfo {
  readonly name: string;
  readonly type: string;
  readonly notnull: number;
  readonly dflt_value: unknown;
  readonly pk: number;
}

function columnsOf(db: Database.Database): string {
  return JSON.stringify(db.pragma('table_info(first_screens)') as ColumnInfo[]);
}

/** The columns of FIRST_SCREENS_TABLE as SQLite reports them, from a throwaway in-memory database. */
function expectedColumns(): string {
  const memory = new Database(':memory:');
  try {
    memory.exec(FIRST_SCREENS_TABLE);
    return columnsOf(memory);
  } finally {
    memory.close();
  }
}

/** Makes `first_screens` match FIRST_SCREENS_TABLE; throws what SQLite throws (a read-only or locked file). */
export function ensureFirstScreensTable(db: Database.Database): FirstScreensTableState {
  const found = columnsOf(db);
  if (found === expectedColumns()) return 'as-expected';
  const state = found === '[]' ? 'created' : 'remade';
  db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS first_screens');
    db.exec(FIRST_SCREENS_TABLE);
  })();
  return state;
}
