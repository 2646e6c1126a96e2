// The relay's metrics history in its own SQLite file (`metrics.sqlite`), apart from documents and
// access: snapshots of each room's figures, who was active where per day, each workspace's member
// count per day, client error reports, satisfaction answers and Not now dismissals; and the working calendar each workspace
// was last seen with, so a restart doesn't take the first workspace edit for a calendar change.
// Tables are only ever added (CREATE … IF NOT EXISTS), so an older file gains them when opened.
// Losing this file loses charts, never work.
import Database from 'better-sqlite3';
import { migrateSatisfactionKey, SATISFACTION_TABLE } from './satisfaction-migration';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS metrics (
    room TEXT NOT NULL,
    at INTEGER NOT NULL,
    figures TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS metrics_room_at ON metrics (room, at);
  -- the retention pass walks old rows in time order, a batch at a time (snapshot-thinning.ts)
  CREATE INDEX IF NOT EXISTS metrics_at ON metrics (at);
  CREATE TABLE IF NOT EXISTS activity (
    day TEXT NOT NULL,
    room TEXT NOT NULL,
    user_id TEXT NOT NULL,
    connects INTEGER NOT NULL DEFAULT 0,
    edits INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, room, user_id)
  );
  CREATE TABLE IF NOT EXISTS telemetry (
    at INTEGER NOT NULL,
    day TEXT NOT NULL,
    session_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS telemetry_day ON telemetry (day);
  CREATE TABLE IF NOT EXISTS member_counts (
    day TEXT NOT NULL,
    workspace_id TEXT NOT NULL,
    members INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, day)
  );
  -- the satisfaction card's "Not now": the China month each person last dismissed it, on any device
  CREATE TABLE IF NOT EXISTS survey_dismissals (
    user_id TEXT PRIMARY KEY,
    month TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  -- one row per ws. room: calendarKey() of the settings its projects' latest figures were counted with
  CREATE TABLE IF NOT EXISTS workspace_calendars (
    room TEXT PRIMARY KEY,
    calendar_key TEXT NOT NULL,
    seen_at INTEGER NOT NULL
  );
`;

export type MetricsDb = Database.Database;

export function openMetricsDb(file: string): MetricsDb {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  // a file from before answers were per workspace is rebuilt first (satisfaction-migration.ts)
  migrateSatisfactionKey(db);
  db.exec(SATISFACTION_TABLE);
  return db;
}
