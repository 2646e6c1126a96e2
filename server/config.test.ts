import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LIMITS, readConfig } from './config';
import { DEFAULT_METRICS_RETENTION_DAYS } from './metrics/metrics-expiry';

describe('config', () => {
  it('uses documented defaults for an empty environment', () => {
    const config = readConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 8787, host: '0.0.0.0', dataDir: '/srv/app/data', staticDir: '/srv/app/dist', logLevel: 'info' });
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads values and accepts PORT=0 for a random port', () => {
    const config = readConfig({ PORT: '0', DATA_DIR: '/var/lib/relay', RELAY_ROOM_IDLE_MS: '200', LOG_LEVEL: 'silent' }, '/srv');
    expect(config.port).toBe(0);
    expect(config.dataDir).toBe('/var/lib/relay');
    expect(config.limits.roomIdleUnloadMs).toBe(200);
    expect(config.logLevel).toBe('silent');
  });

  it('refuses invalid values with a message naming the variable', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readConfig({ RELAY_MAX_FRAME_BYTES: '-1' })).toThrow(/RELAY_MAX_FRAME_BYTES/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => readConfig({ ACCESS_CONTROL: 'maybe' })).toThrow(/ACCESS_CONTROL/);
  });

  it('keeps history forever by default and reads a retention in days', () => {
    expect(readConfig({}).historyRetentionDays).toBe(0);
    expect(readConfig({ HISTORY_RETENTION_DAYS: '365' }).historyRetentionDays).toBe(365);
    expect(() => readConfig({ HISTORY_RETENTION_DAYS: 'a year' })).toThrow(/HISTORY_RETENTION_DAYS/);
  });

  it('keeps metrics rows for the documented days by default and reads each table\'s retention', () => {
    expect(readConfig({}).metricsRetentionDays).toEqual(DEFAULT_METRICS_RETENTION_DAYS);
    const config = readConfig({ METRICS_ACTIVITY_RETENTION_DAYS: '30', METRICS_TELEMETRY_RETENTION_DAYS: '0', METRICS_SATISFACTION_RETENTION_DAYS: '3650' });
    expect(config.metricsRetentionDays).toEqual({ activity: 30, telemetry: 0, satisfaction: 3650 });
    expect(() => readConfig({ METRICS_TELEMETRY_RETENTION_DAYS: '90d' })).toThrow(/METRICS_TELEMETRY_RETENTION_DAYS must be a whole number/);
    expect(() => readConfig({ METRICS_ACTIVITY_RETENTION_DAYS: '40000' })).toThrow(/METRICS_ACTIVITY_RETENTION_DAYS must be between 0 and 36500/);
  });

  it('rebuilds rooms up to 2 MiB on the relay thread for snapshots by default; 0 lifts the limit', () => {
    expect(readConfig({}).metricsSnapshotMainThreadMaxBytes).toBe(2 * 1024 * 1024);
    expect(readConfig({ METRICS_SNAPSHOT_MAIN_THREAD_MAX_BYTES: '0' }).metricsSnapshotMainThreadMaxBytes).toBe(0);
    expect(() => readConfig({ METRICS_SNAPSHOT_MAIN_THREAD_MAX_BYTES: '2 MB' })).toThrow(/METRICS_SNAPSHOT_MAIN_THREAD_MAX_BYTES must be a whole number/);
  });

  it('runs the snapshot worker at nice 10 by default; 0 keeps the relay\'s priority, 19 is the lowest', () => {
    expect(readConfig({}).metricsSnapshotWorkerNice).toBe(10);
    expect(readConfig({ METRICS_SNAPSHOT_WORKER_NICE: '0' }).metricsSnapshotWorkerNice).toBe(0);
    expect(() => readConfig({ METRICS_SNAPSHOT_WORKER_NICE: '20' })).toThrow(/METRICS_SNAPSHOT_WORKER_NICE must be between 0 and 19/);
  });

  it('turns access control on by default and reads origins and the public address', () => {
    expect(readConfig({}).accessControl).toBe(true);
    const config = readConfig({ ACCESS_CONTROL: 'off', ALLOWED_ORIGINS: 'https://a.example, https://b.example', PUBLIC_URL: 'https://pm.example/' });
    expect(config).toMatchObject({ accessControl: false, allowedOrigins: ['https://a.example', 'https://b.example'], publicUrl: 'https://pm.example' });
  });
});
