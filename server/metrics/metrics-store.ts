// Reads and writes of the metrics file: snapshot rows, daily activity and member counts, and reads of error
// reports and satisfaction answers (telemetry-routes.ts writes those). Plain synchronous
// better-sqlite3 calls, made only from the metrics job's own ticks and from HTTP handlers, never from
// the relay's update handling.
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

export interface MemberCount {
  readonly workspaceId: string;
  readonly members: number;
}

export interface ErrorReportCount {
  readonly day: IsoDay;
  readonly sessionId: string;
}

export interface SatisfactionAnswer {
  readonly at: number;
  readonly score: number;
}

/** A stored answer with a comment, as the survey comments page lists it. */
export interface StoredComment {
  readonly at: number;
  readonly month: string;
  readonly score: number;
  readonly comment: string;
  readonly userId: string;
}

export interface MetricsStore {
  appendSnapshot(room: string, at: number, figures: unknown): void;
  snapshots(room: string, from: number, to: number): SnapshotRow[];
  /** Whether the room was ever snapshotted (one indexed row lookup). */
  hasSnapshots(room: string): boolean;
  addActivity(counts: readonly ActivityCount[]): void;
  /** Activity rows of these rooms between two days (inclusive). */
  activity(rooms: readonly string[], from: IsoDay, to: IsoDay): ActivityCount[];
  /** Records each workspace's member count on a China day, or raises the day's count where it is more (member-count-history.ts). */
  raiseMemberCounts(day: IsoDay, counts: readonly MemberCount[]): void;
  /** A workspace's recorded member counts between two days (inclusive). */
  memberCounts(workspaceId: string, from: IsoDay, to: IsoDay): { readonly day: IsoDay; readonly members: number }[];
  /** Client error reports sent by these people between two days (inclusive). */
  errorReports(userIds: readonly string[], from: IsoDay, to: IsoDay): ErrorReportCount[];
  /** A workspace's satisfaction answers of the months 'YYYY-MM' from … to (inclusive). */
  satisfactionAnswers(workspaceId: string, fromMonth: string, toMonth: string): SatisfactionAnswer[];
  /** A workspace's answers with a comment, newest first (then by person), older than `before` when given. */
  surveyComments(workspaceId: string, before: { readonly at: number; readonly userId: string } | null, limit: number): StoredComment[];
  /** The calendar key a `ws.` room was last seen with (snapshot-job.ts), or null if never. */
  seenCalendarKey(room: string): string | null;
  recordCalendarKey(room: string, key: string, at: number): void;
  db: MetricsDb;
}

export function createMetricsStore(db: MetricsDb): MetricsStore {
  const insertSnapshot = db.prepare('INSERT INTO metrics (room, at, figures) VALUES (?, ?, ?)');
  const selectSnapshots = db.prepare<[string, number, number], { at: number; figures: string }>(
    'SELECT at, figures FROM metrics WHERE room = ? AND at >= ? AND at < ? ORDER BY at',
  );
  const selectAnySnapshot = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM metrics WHERE room = ? LIMIT 1');
  const upsertActivity = db.prepare(`
    INSERT INTO activity (day, room, user_id, connects, edits) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (day, room, user_id) DO UPDATE SET connects = connects + excluded.connects, edits = edits + excluded.edits
  `);
  const addAll = db.transaction((counts: readonly ActivityCount[]) => {
    for (const c of counts) upsertActivity.run(c.day, c.room, c.userId, c.connects, c.edits);
  });
  const raiseMembers = db.prepare('INSERT INTO member_counts (day, workspace_id, members) VALUES (?, ?, ?) ON CONFLICT (workspace_id, day) DO UPDATE SET members = MAX(members, excluded.members)');
  const raiseAll = db.transaction((day: IsoDay, counts: readonly MemberCount[]) => {
    for (const c of counts) raiseMembers.run(day, c.workspaceId, c.members);
  });
  const selectMembers = db.prepare<[string, string, string], { day: IsoDay; members: number }>(
    'SELECT day, members FROM member_counts WHERE workspace_id = ? AND day >= ? AND day <= ? ORDER BY day',
  );
  const selectAnswers = db.prepare<[string, string, string], SatisfactionAnswer>(
    'SELECT at, score FROM satisfaction WHERE workspace_id = ? AND month >= ? AND month <= ? ORDER BY at',
  );
  const selectComments = db.prepare<[string, number, number, string, number], { at: number; month: string; score: number; comment: string; user_id: string }>(`
    SELECT at, month, score, comment, user_id FROM satisfaction
    WHERE workspace_id = ? AND trim(comment) != '' AND (at < ? OR (at = ? AND user_id < ?))
    ORDER BY at DESC, user_id DESC LIMIT ?
  `);
  const selectCalendarKey = db.prepare<[string], { calendar_key: string }>('SELECT calendar_key FROM workspace_calendars WHERE room = ?');
  const upsertCalendarKey = db.prepare(
    'INSERT INTO workspace_calendars (room, calendar_key, seen_at) VALUES (?, ?, ?) ON CONFLICT (room) DO UPDATE SET calendar_key = excluded.calendar_key, seen_at = excluded.seen_at',
  );
  return {
    db,
    appendSnapshot: (room, at, figures) => void insertSnapshot.run(room, at, JSON.stringify(figures)),
    snapshots: (room, from, to) => selectSnapshots.all(room, from, to).map((row) => ({ at: row.at, figures: JSON.parse(row.figures) as unknown })),
    hasSnapshots: (room) => selectAnySnapshot.get(room) !== undefined,
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
    raiseMemberCounts: (day, counts) => void raiseAll(day, counts),
    memberCounts: (workspaceId, from, to) => selectMembers.all(workspaceId, from, to),
    errorReports(userIds, from, to) {
      if (userIds.length === 0) return [];
      const marks = userIds.map(() => '?').join(', ');
      return db
        .prepare<unknown[], { day: IsoDay; session_id: string }>(`SELECT day, session_id FROM telemetry WHERE user_id IN (${marks}) AND day >= ? AND day <= ?`)
        .all(...userIds, from, to)
        .map((row) => ({ day: row.day, sessionId: row.session_id }));
    },
    seenCalendarKey: (room) => selectCalendarKey.get(room)?.calendar_key ?? null,
    recordCalendarKey: (room, key, at) => void upsertCalendarKey.run(room, key, at),
    satisfactionAnswers: (workspaceId, fromMonth, toMonth) => selectAnswers.all(workspaceId, fromMonth, toMonth),
    surveyComments(workspaceId, before, limit) {
      // no cursor: from the end of time; '~' sorts after every character an id may hold
      const at = before?.at ?? Number.MAX_SAFE_INTEGER;
      const userId = before?.userId ?? '~';
      return selectComments
        .all(workspaceId, at, at, userId, limit)
        .map((row) => ({ at: row.at, month: row.month, score: row.score, comment: row.comment, userId: row.user_id }));
    },
  };
}
