// Reads and writes of the metrics file: snapshot rows, daily activity counts, error reports and
// satisfaction answers. Plain synchronous better-sqlite3 calls, made only from the metrics job's
// own ticks and from HTTP handlers, never from the relay's update handling.
import type { IsoDay } from '../../shared/iso-day';
import type { MetricsDb } from './metrics-db';

export interface SnapshotRow {
  readonly at: number;
  readonly figures: unknown;
}

export interface ActivityCount {
  readonly day: IsoDay;
  readonly room: string;
  readonly userId: string;
  readonly connects: number;
  readonly edits: number;
}

export interface MetricsStore {
  appendSnapshot(room: string, at: number, figures: unknown): void;
  snapshots(room: string, from: number, to: number): SnapshotRow[];
  addActivity(counts: readonly ActivityCount[]): void;
  /** Activity rows of these rooms between two days (inclusive). */
  activity(rooms: readonly string[], from: IsoDay, to: IsoDay): ActivityCount[];
  db: MetricsDb;
}

export function createMetricsStore(db: MetricsDb): MetricsStore {
  const insertSnapshot = db.prepare('INSERT INTO metrics (room, at, figures) VALUES (?, ?, ?)');
  const selectSnapshots = db.prepare<[string, number, number], { at: number; figures: string }>(
    'SELECT at, figures FROM metrics WHERE room = ? AND at >= ? AND at < ? ORDER BY at',
  );
  const upsertActivity = db.prepare(`
    INSERT INTO activity (day, room, user_id, connects, edits) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (day, room, user_id) DO UPDATE SET connects = connects + excluded.connects, edits = edits + excluded.edits
  `);
  const addAll = db.transaction((counts: readonly ActivityCount[]) => {
    for (const c of counts) upsertActivity.run(c.day, c.room, c.userId, c.connects, c.edits);
  });
  return {
    db,
    appendSnapshot: (room, at, figures) => void insertSnapshot.run(room, at, JSON.stringify(figures)),
    snapshots: (room, from, to) => selectSnapshots.all(room, from, to).map((row) => ({ at: row.at, figures: JSON.parse(row.figures) as unknown })),
    addActivity: (counts) => void addAll(counts),
    activity(rooms, from, to) {
      if (rooms.length === 0) return [];
      const marks = rooms.map(() => '?').join(', ');
      const rows = db
        .prepare<unknown[], { day: IsoDay; room: string; user_id: string; connects: number; edits: number }>(
          `SELECT day, room, user_id, connects, edits FROM activity WHERE room IN (${marks}) AND day >= ? AND day <= ? ORDER BY day`,
        )
        .all(...rooms, from, to);
      return rows.map((row) => ({ day: row.day, room: row.room, userId: row.user_id, connects: row.connects, edits: row.edits }));
    },
  };
}
