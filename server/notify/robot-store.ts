// Robot settings and delivery records in the relay's own SQLite file, `robots.sqlite`: never in a
// document, because every member can read a document and webhook URLs and secrets are credentials.
import Database from 'better-sqlite3';
import { isRobotKind, type RobotKind, type RobotTarget } from './robot-types';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS robots (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    webhook_url TEXT NOT NULL,
    secret TEXT,
    briefing_time TEXT,
    language TEXT NOT NULL,
    time_zone_offset_minutes INTEGER NOT NULL,
    last_briefing_day TEXT,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS robots_by_workspace ON robots (workspace_id);
  CREATE TABLE IF NOT EXISTS deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    robot_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    purpose TEXT NOT NULL,
    ok INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    message TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS deliveries_by_robot ON deliveries (robot_id, at);
`;

/** Deliveries kept per robot; older ones are dropped as new ones are written. */
export const MAX_DELIVERIES_PER_ROBOT = 100;

export const BRIEFING_LANGUAGES = ['en', 'zh-CN'] as const;
export type BriefingLanguage = (typeof BRIEFING_LANGUAGES)[number];

export interface RobotSettings extends RobotTarget {
  readonly id: string;
  readonly workspaceId: string;
  readonly kind: RobotKind;
  readonly name: string;
  /** 'HH:MM' in the team's local time; null = no daily briefing (test messages only). */
  readonly briefingTime: string | null;
  readonly language: BriefingLanguage;
  /** Minutes west of UTC, as Date#getTimezoneOffset: −480 for China. */
  readonly timeZoneOffsetMinutes: number;
  /** The team day the briefing last went out, so a restart doesn't send it twice. */
  readonly lastBriefingDay: string | null;
}

export interface Delivery {
  readonly at: number;
  readonly purpose: 'test' | 'briefing';
  readonly ok: boolean;
  readonly attempts: number;
  readonly message: string;
}

export interface RobotStore {
  list(workspaceId: string): RobotSettings[];
  all(): RobotSettings[];
  get(workspaceId: string, robotId: string): RobotSettings | null;
  put(settings: RobotSettings, now: number): void;
  remove(workspaceId: string, robotId: string): boolean;
  markBriefingSent(robotId: string, day: string): void;
  recordDelivery(robotId: string, delivery: Delivery): void;
  deliveries(robotId: string): Delivery[];
  close(): void;
}

interface RobotRow {
  id: string; workspace_id: string; kind: string; name: string; webhook_url: string; secret: string | null;
  briefing_time: string | null; language: string; time_zone_offset_minutes: number; last_briefing_day: string | null;
}

interface DeliveryRow { at: number; purpose: string; ok: number; attempts: number; message: string }

export function openRobotStore(file: string): RobotStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const toSettings = (row: RobotRow): RobotSettings | null => isRobotKind(row.kind) ? {
    id: row.id, workspaceId: row.workspace_id, kind: row.kind, name: row.name, webhookUrl: row.webhook_url, secret: row.secret,
    briefingTime: row.briefing_time, language: row.language === 'en' ? 'en' : 'zh-CN',
    timeZoneOffsetMinutes: row.time_zone_offset_minutes, lastBriefingDay: row.last_briefing_day,
  } : null;
  const rows = (sql: string, ...params: unknown[]): RobotSettings[] =>
    (db.prepare(sql).all(...params) as RobotRow[]).map(toSettings).filter((robot) => robot !== null);
  return {
    list: (workspaceId) => rows('SELECT * FROM robots WHERE workspace_id = ? ORDER BY name, id', workspaceId),
    all: () => rows('SELECT * FROM robots'),
    get: (workspaceId, robotId) => rows('SELECT * FROM robots WHERE workspace_id = ? AND id = ?', workspaceId, robotId)[0] ?? null,
    put(robot, now) {
      db.prepare(`INSERT INTO robots (id, workspace_id, kind, name, webhook_url, secret, briefing_time, language, time_zone_offset_minutes, last_briefing_day, updated_at)
        VALUES (@id, @workspaceId, @kind, @name, @webhookUrl, @secret, @briefingTime, @language, @timeZoneOffsetMinutes, @lastBriefingDay, @now)
        ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, webhook_url = excluded.webhook_url, secret = excluded.secret,
          briefing_time = excluded.briefing_time, language = excluded.language, time_zone_offset_minutes = excluded.time_zone_offset_minutes,
          updated_at = excluded.updated_at WHERE robots.workspace_id = excluded.workspace_id`).run({ ...robot, now });
    },
    remove(workspaceId, robotId) {
      const removed = db.prepare('DELETE FROM robots WHERE workspace_id = ? AND id = ?').run(workspaceId, robotId).changes > 0;
      if (removed) db.prepare('DELETE FROM deliveries WHERE robot_id = ?').run(robotId);
      return removed;
    },
    markBriefingSent: (robotId, day) => { db.prepare('UPDATE robots SET last_briefing_day = ? WHERE id = ?').run(day, robotId); },
    recordDelivery(robotId, delivery) {
      db.prepare('INSERT INTO deliveries (robot_id, at, purpose, ok, attempts, message) VALUES (?, ?, ?, ?, ?, ?)')
        .run(robotId, delivery.at, delivery.purpose, delivery.ok ? 1 : 0, delivery.attempts, delivery.message);
      db.prepare('DELETE FROM deliveries WHERE robot_id = ? AND id NOT IN (SELECT id FROM deliveries WHERE robot_id = ? ORDER BY id DESC LIMIT ?)')
        .run(robotId, robotId, MAX_DELIVERIES_PER_ROBOT);
    },
    deliveries: (robotId) => (db.prepare('SELECT at, purpose, ok, attempts, message FROM deliveries WHERE robot_id = ? ORDER BY id DESC').all(robotId) as DeliveryRow[])
      .map((row) => ({ at: row.at, purpose: row.purpose === 'test' ? 'test' : 'briefing', ok: row.ok === 1, attempts: row.attempts, message: row.message })),
    close: () => db.close(),
  };
}
