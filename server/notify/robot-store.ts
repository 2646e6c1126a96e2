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
  CREATE TABLE IF NOT EXISTS alert_state (
    robot_id TEXT NOT NULL,
    room TEXT NOT NULL,
    items TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (robot_id, room)
  );
`;

/** Columns added after the first release: a robots.sqlite from before gets them (alerts off, robots enabled). */
const ADDED_COLUMNS: readonly (readonly [string, string])[] = [
  ['alert_late_critical', 'INTEGER NOT NULL DEFAULT 0'],
  ['alert_budget_overrun', 'INTEGER NOT NULL DEFAULT 0'],
  ['enabled', 'INTEGER NOT NULL DEFAULT 1'],
];

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
  readonly alerts: RobotAlerts;
  /** Off = sent nothing (no briefing, no alert) but kept with all its settings; the test message still goes. */
  readonly enabled: boolean;
}

/** Which relay alerts this robot posts (server/notify/relay-alerts.ts). */
export interface RobotAlerts {
  /** A task on the critical path became late. */
  readonly lateCritical: boolean;
  /** A cost category spent more than its budget. */
  readonly budgetOverrun: boolean;
}

export const NO_ALERTS: RobotAlerts = Object.freeze({ lateCritical: false, budgetOverrun: false });

export const DELIVERY_PURPOSES = ['test', 'briefing', 'alert'] as const;
export type DeliveryPurpose = (typeof DELIVERY_PURPOSES)[number];

export interface Delivery {
  readonly at: number;
  readonly purpose: DeliveryPurpose;
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
  /** Switches a robot on or off without touching its other settings; null if there is no such robot. */
  setEnabled(workspaceId: string, robotId: string, enabled: boolean, now: number): RobotSettings | null;
  markBriefingSent(robotId: string, day: string): void;
  recordDelivery(robotId: string, delivery: Delivery): void;
  deliveries(robotId: string): Delivery[];
  /** The alert items (keys) last seen for a robot in a room; null before its first check there. */
  alertState(robotId: string, room: string): string[] | null;
  setAlertState(robotId: string, room: string, keys: readonly string[], now: number): void;
  close(): void;
}

interface RobotRow {
  id: string; workspace_id: string; kind: string; name: string; webhook_url: string; secret: string | null;
  briefing_time: string | null; language: string; time_zone_offset_minutes: number; last_briefing_day: string | null;
  alert_late_critical: number; alert_budget_overrun: number; enabled: number;
}

interface DeliveryRow { at: number; purpose: string; ok: number; attempts: number; message: string }

export function openRobotStore(file: string): RobotStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const columns = new Set((db.prepare('PRAGMA table_info(robots)').all() as { name: string }[]).map((column) => column.name));
  for (const [name, type] of ADDED_COLUMNS) if (!columns.has(name)) db.exec(`ALTER TABLE robots ADD COLUMN ${name} ${type}`);
  const toSettings = (row: RobotRow): RobotSettings | null => isRobotKind(row.kind) ? {
    id: row.id, workspaceId: row.workspace_id, kind: row.kind, name: row.name, webhookUrl: row.webhook_url, secret: row.secret,
    briefingTime: row.briefing_time, language: row.language === 'en' ? 'en' : 'zh-CN',
    timeZoneOffsetMinutes: row.time_zone_offset_minutes, lastBriefingDay: row.last_briefing_day,
    alerts: { lateCritical: row.alert_late_critical === 1, budgetOverrun: row.alert_budget_overrun === 1 },
    enabled: row.enabled !== 0,
  } : null;
  const rows = (sql: string, ...params: unknown[]): RobotSettings[] =>
    (db.prepare(sql).all(...params) as RobotRow[]).map(toSettings).filter((robot) => robot !== null);
  const get = (workspaceId: string, robotId: string): RobotSettings | null =>
    rows('SELECT * FROM robots WHERE workspace_id = ? AND id = ?', workspaceId, robotId)[0] ?? null;
  return {
    list: (workspaceId) => rows('SELECT * FROM robots WHERE workspace_id = ? ORDER BY name, id', workspaceId),
    all: () => rows('SELECT * FROM robots'),
    get,
    put(robot, now) {
      const { alerts, enabled, ...fields } = robot;
      db.prepare(`INSERT INTO robots (id, workspace_id, kind, name, webhook_url, secret, briefing_time, language, time_zone_offset_minutes, last_briefing_day,
          alert_late_critical, alert_budget_overrun, enabled, updated_at)
        VALUES (@id, @workspaceId, @kind, @name, @webhookUrl, @secret, @briefingTime, @language, @timeZoneOffsetMinutes, @lastBriefingDay, @lateCritical, @budgetOverrun,
          @enabled, @now)
        ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, webhook_url = excluded.webhook_url, secret = excluded.secret,
          briefing_time = excluded.briefing_time, language = excluded.language, time_zone_offset_minutes = excluded.time_zone_offset_minutes,
          alert_late_critical = excluded.alert_late_critical, alert_budget_overrun = excluded.alert_budget_overrun, enabled = excluded.enabled,
          updated_at = excluded.updated_at WHERE robots.workspace_id = excluded.workspace_id`)
        .run({ ...fields, lateCritical: alerts.lateCritical ? 1 : 0, budgetOverrun: alerts.budgetOverrun ? 1 : 0, enabled: enabled ? 1 : 0, now });
    },
    setEnabled(workspaceId, robotId, enabled, now) {
      db.prepare('UPDATE robots SET enabled = ?, updated_at = ? WHERE workspace_id = ? AND id = ?').run(enabled ? 1 : 0, now, workspaceId, robotId);
      return get(workspaceId, robotId);
    },
    remove(workspaceId, robotId) {
      const removed = db.prepare('DELETE FROM robots WHERE workspace_id = ? AND id = ?').run(workspaceId, robotId).changes > 0;
      if (removed) {
        db.prepare('DELETE FROM deliveries WHERE robot_id = ?').run(robotId);
        db.prepare('DELETE FROM alert_state WHERE robot_id = ?').run(robotId);
      }
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
      .map((row) => ({ at: row.at, purpose: deliveryPurpose(row.purpose), ok: row.ok === 1, attempts: row.attempts, message: row.message })),
    alertState(robotId, room) {
      const row = db.prepare('SELECT items FROM alert_state WHERE robot_id = ? AND room = ?').get(robotId, room) as { items: string } | undefined;
      return row === undefined ? null : parseKeys(row.items);
    },
    setAlertState(robotId, room, keys, now) {
      db.prepare(`INSERT INTO alert_state (robot_id, room, items, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (robot_id, room) DO UPDATE SET items = excluded.items, updated_at = excluded.updated_at`).run(robotId, room, JSON.stringify(keys), now);
    },
    close: () => db.close(),
  };
}

function deliveryPurpose(value: string): DeliveryPurpose {
  return DELIVERY_PURPOSES.find((purpose) => purpose === value) ?? 'briefing';
}

/** Our own JSON, but a damaged row must not stop alerts: it reads as "nothing seen yet". */
function parseKeys(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}
