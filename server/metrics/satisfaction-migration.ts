// Migration of the `satisfaction` table to one answer per person per workspace per China month. The
// first version keyed it (user_id, month), so a person in two workspaces was refused (409) in the
// second. SQLite can't change a primary key in place, so an old table is rebuilt in one transaction:
// a new table with the new key, every row copied, the old one dropped, the new one renamed. The old
// key was stricter, so every old row fits the new one. Idempotent: a table already keyed by workspace
// is left alone (openMetricsDb runs this on every open).
import type Database from 'better-sqlite3';

export const SATISFACTION_TABLE = `
  CREATE TABLE IF NOT EXISTS satisfaction (
    user_id TEXT NOT NULL,
    month TEXT NOT NULL,
    workspace_id TEXT NOT NULL,
    score INTEGER NOT NULL,
    comment TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (user_id, workspace_id, month)
  );
  CREATE INDEX IF NOT EXISTS satisfaction_workspace_at ON satisfaction (workspace_id, at);
`;

interface ColumnInfo {
  readonly name: string;
  /** Position in the primary key, from 1; 0 when not in it. */
  readonly pk: number;
}

/** Whether the table's primary key includes the workspace (true too when the table doesn't exist yet). */
export function isSatisfactionKeyedByWorkspace(db: Database.Database): boolean {
  const columns = db.prepare('PRAGMA table_info(satisfaction)').all() as ColumnInfo[];
  return columns.length === 0 || columns.some((column) => column.name === 'workspace_id' && column.pk > 0);
}

/** Rebuilds an old (user_id, month)-keyed table; returns the rows moved (0 when there was nothing to do). */
export function migrateSatisfactionKey(db: Database.Database): number {
  if (isSatisfactionKeyedByWorkspace(db)) return 0;
  const migrate = db.transaction((): number => {
    db.exec('ALTER TABLE satisfaction RENAME TO satisfaction_by_month');
    // the index moved with the renamed table: drop it so the new table gets its own under the same name
    db.exec('DROP INDEX IF EXISTS satisfaction_workspace_at');
    db.exec(SATISFACTION_TABLE);
    const moved = db
      .prepare('INSERT INTO satisfaction (user_id, month, workspace_id, score, comment, at) SELECT user_id, month, workspace_id, score, comment, at FROM satisfaction_by_month')
      .run().changes;
    db.exec('DROP TABLE satisfaction_by_month');
    return moved;
  });
  return migrate();
}
