// Opens the relay's `daily-work.sqlite` (or ':memory:') for one of its stores (check-in-flag-store.ts,
// sign-off-fact-store.ts): WAL, so a request reads while a job writes, and each store's own tables.
import Database from 'better-sqlite3';

export function openDailyWorkDb(file: string, schema: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  return db;
}
