// Relay configuration: the environment is read once at startup into a frozen, typed object so a
// typo in a tunable fails loudly before the relay accepts a single connection.
import path from 'node:path';
import { DEFAULT_METRICS_RETENTION_DAYS } from './metrics/metrics-expiry';
import { DEFAULT_MAX_MAIN_THREAD_ROOM_BYTES } from './metrics/snapshot-computer';
import { DEFAULT_SNAPSHOT_WORKER_NICE, MAX_NICE } from './metrics/worker-priority';

export interface RelayLimits {
  /** Largest websocket frame accepted; ws closes bigger frames with 1009. */
  readonly maxFrameBytes: number;
  /** A room with no connections is compacted and dropped from memory after this long. */
  readonly roomIdleUnloadMs: number;
  /** Compact a room's log into its snapshot once it holds this many entries… */
  readonly compactEntries: number;
  /** …or this many bytes. */
  readonly compactBytes: number;
  readonly pingIntervalMs: number;
  /** Token bucket per connection: sustained messages per second and burst size. */
  readonly messagesPerSecond: number;
  readonly messageBurst: number;
  /** Token bucket per client IP for websocket upgrades. */
  readonly upgradesPerSecondPerIp: number;
  readonly upgradeBurstPerIp: number;
  /** Messages buffered per connection while its room loads. */
  readonly maxPendingMessages: number;
  /** Bytes buffered per connection while its room loads, and bytes queued to a slow consumer. */
  readonly maxBufferedBytes: number;
  /** After a failed write (disk full, read-only), document updates are refused this long, then retried (doubling). */
  readonly storageRetryMs: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly staticDir: string;
  readonly logLevel: LogLevelName;
  readonly limits: RelayLimits;
  /** Sign-in and room access control (DESIGN §6); off only for a trusted single-user or benchmark setup. */
  readonly accessControl: boolean;
  /** Browser origins besides the relay's own that may open websockets and call the API. */
  readonly allowedOrigins: readonly string[];
  /** The address people use to reach the app, for the claim link in the log (default: from HOST/PORT). */
  readonly publicUrl: string | null;
  /** Days of merged update history kept for the audit trail; 0 keeps it forever. */
  readonly historyRetentionDays: number;
  /** Bearer token operators' scrapers send to GET /metrics; null: only loopback may scrape. */
  readonly metricsToken: string | null;
  /** Room snapshots into metrics.sqlite (the health charts); off leaves only the operators' counters. */
  readonly metricsSnapshots: boolean;
  /** Longest a changed room waits for its snapshot while edits keep coming (default 60 s). */
  readonly metricsSnapshotMaxWaitMs: number;
  /** Largest stored room (bytes) whose snapshot may be rebuilt on the relay's thread; 0: no limit. */
  readonly metricsSnapshotMainThreadMaxBytes: number;
  /** The snapshot worker thread's nice value on Linux; 0 keeps the relay's priority. */
  readonly metricsSnapshotWorkerNice: number;
  /** Days of activity, client error reports and satisfaction answers kept in metrics.sqlite; 0 keeps forever. */
  readonly metricsRetentionDays: { readonly activity: number; readonly telemetry: number; readonly satisfaction: number };
  /** Tests only: robots may point at any http(s) host (a local stand-in server) instead of the services' own. */
  readonly robotAnyHost: boolean;
}

export const LOG_LEVEL_NAMES = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVEL_NAMES)[number];

const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: RelayLimits = Object.freeze({
  maxFrameBytes: 8 * MIB,
  roomIdleUnloadMs: 30_000,
  compactEntries: 500,
  compactBytes: 4 * MIB,
  pingIntervalMs: 30_000,
  // generous: a client replaying a long offline session sends many small updates at once
  messagesPerSecond: 300,
  messageBurst: 1_000,
  upgradesPerSecondPerIp: 20,
  // an office behind one NAT reconnecting after a network blip arrives as one IP
  upgradeBurstPerIp: 120,
  maxPendingMessages: 1_000,
  maxBufferedBytes: 16 * MIB,
  storageRetryMs: 5_000,
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

export function readConfig(env: Env, cwd: string = process.cwd()): Config {
  const int = (name: string, fallback: number, min: number): number => readInt(env, name, fallback, min);
  const limits: RelayLimits = Object.freeze({
    maxFrameBytes: int('RELAY_MAX_FRAME_BYTES', DEFAULT_LIMITS.maxFrameBytes, 1024),
    roomIdleUnloadMs: int('RELAY_ROOM_IDLE_MS', DEFAULT_LIMITS.roomIdleUnloadMs, 0),
    compactEntries: int('RELAY_COMPACT_ENTRIES', DEFAULT_LIMITS.compactEntries, 1),
    compactBytes: int('RELAY_COMPACT_BYTES', DEFAULT_LIMITS.compactBytes, 1),
    pingIntervalMs: int('RELAY_PING_INTERVAL_MS', DEFAULT_LIMITS.pingIntervalMs, 100),
    messagesPerSecond: int('RELAY_MESSAGES_PER_SECOND', DEFAULT_LIMITS.messagesPerSecond, 1),
    messageBurst: int('RELAY_MESSAGE_BURST', DEFAULT_LIMITS.messageBurst, 1),
    upgradesPerSecondPerIp: int('RELAY_UPGRADES_PER_SECOND_PER_IP', DEFAULT_LIMITS.upgradesPerSecondPerIp, 1),
    upgradeBurstPerIp: int('RELAY_UPGRADE_BURST_PER_IP', DEFAULT_LIMITS.upgradeBurstPerIp, 1),
    maxPendingMessages: int('RELAY_MAX_PENDING_MESSAGES', DEFAULT_LIMITS.maxPendingMessages, 1),
    maxBufferedBytes: int('RELAY_MAX_BUFFERED_BYTES', DEFAULT_LIMITS.maxBufferedBytes, 1024),
    storageRetryMs: int('RELAY_STORAGE_RETRY_MS', DEFAULT_LIMITS.storageRetryMs, 100),
  });
  return Object.freeze({
    port: readInt(env, 'PORT', 8787, 0, 65_535),
    host: readString(env, 'HOST', '0.0.0.0'),
    dataDir: path.resolve(cwd, readString(env, 'DATA_DIR', './data')),
    staticDir: path.resolve(cwd, readString(env, 'STATIC_DIR', './dist')),
    logLevel: readLogLevel(env),
    limits,
    accessControl: readOnOff(env, 'ACCESS_CONTROL', true),
    allowedOrigins: Object.freeze(readString(env, 'ALLOWED_ORIGINS', '').split(',').map((origin) => origin.trim()).filter(Boolean)),
    historyRetentionDays: readInt(env, 'HISTORY_RETENTION_DAYS', 0, 0, 36_500),
    metricsToken: env.METRICS_TOKEN?.trim() ? env.METRICS_TOKEN.trim() : null,
    metricsSnapshots: readOnOff(env, 'METRICS_SNAPSHOTS', true),
    metricsSnapshotMaxWaitMs: readInt(env, 'METRICS_SNAPSHOT_MAX_WAIT_MS', 60_000, 1_000, 3_600_000),
    metricsSnapshotMainThreadMaxBytes: readInt(env, 'METRICS_SNAPSHOT_MAIN_THREAD_MAX_BYTES', DEFAULT_MAX_MAIN_THREAD_ROOM_BYTES, 0, 2 ** 31),
    // Linux only; 0 keeps the worker at the relay's priority (docs/metrics.md "The snapshot worker")
    metricsSnapshotWorkerNice: readInt(env, 'METRICS_SNAPSHOT_WORKER_NICE', DEFAULT_SNAPSHOT_WORKER_NICE, 0, MAX_NICE),
    // defaults (server/metrics/metrics-expiry.ts) and why: docs/metrics.md "Retention"
    metricsRetentionDays: Object.freeze({
      activity: readInt(env, 'METRICS_ACTIVITY_RETENTION_DAYS', DEFAULT_METRICS_RETENTION_DAYS.activity, 0, 36_500),
      telemetry: readInt(env, 'METRICS_TELEMETRY_RETENTION_DAYS', DEFAULT_METRICS_RETENTION_DAYS.telemetry, 0, 36_500),
      satisfaction: readInt(env, 'METRICS_SATISFACTION_RETENTION_DAYS', DEFAULT_METRICS_RETENTION_DAYS.satisfaction, 0, 36_500),
    }),
    robotAnyHost: readOnOff(env, 'ROBOT_ANY_HOST', false),
    publicUrl: env.PUBLIC_URL?.trim() ? env.PUBLIC_URL.trim().replace(/\/+$/, '') : null,
  });
}

function readString(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  return raw.trim();
}

function readInt(env: Env, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw.trim());
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${raw}`);
  }
  return value;
}

function readOnOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = readString(env, name, fallback ? 'on' : 'off').toLowerCase();
  if (raw === 'on' || raw === 'true' || raw === '1') return true;
  if (raw === 'off' || raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be on or off, got "${raw}"`);
}

function readLogLevel(env: Env): LogLevelName {
  const raw = readString(env, 'LOG_LEVEL', 'info');
  const found = LOG_LEVEL_NAMES.find((name) => name === raw);
  if (found === undefined) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVEL_NAMES.join(', ')}, got "${raw}"`);
  return found;
}
