// Starts a complete relay (store, app, HTTP server, websocket upgrades) and returns its port and
// a graceful close. Used by main.ts and, in-process, by the integration tests.
import { mkdirSync } from 'node:fs';
import { Server as HttpServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { systemClock } from './clock';
import type { AppDeps } from './app';
import { DEFAULT_LIMITS } from './config';
import type { RelayLimits } from './config';
import { createSilentLogger } from './log';
import { createRobots, type Robots, type RobotsOptions } from './notify/create-robots';
import { createMetrics, type Metrics, type MetricsOptions } from './metrics/create-metrics';
import type { Logger } from './log';
import type { Relay } from './relay/relay';
import type { DocStore } from './store/doc-store';
import { makeHistoryRetention } from './store/history-retention';
import { createSqliteStore } from './store/sqlite-store';

export interface StartRelayOptions {
  readonly dataDir: string;
  readonly port?: number;
  readonly host?: string;
  readonly staticDir?: string;
  readonly limits?: Partial<RelayLimits>;
  readonly logger?: Logger;
  readonly clock?: AppDeps['clock'];
  readonly authorize?: AppDeps['authorize'];
  readonly fanout?: AppDeps['fanout'];
  /** Use this store instead of `${dataDir}/relay.sqlite`; it is closed with the relay. */
  readonly store?: DocStore;
  /** Sign-in and room access control; closed with the relay. */
  readonly access?: AppDeps['access'];
  readonly allowedOrigins?: AppDeps['allowedOrigins'];
  /** Forget merged update history older than this many days; 0 or absent keeps it forever. */
  readonly historyRetentionDays?: number;
  /** Metrics (`${dataDir}/metrics.sqlite`); absent: on with defaults. `snapshots: false` turns the job off. */
  readonly metrics?: Pick<MetricsOptions, 'snapshots' | 'autoTick' | 'scrapeToken' | 'snapshotMaxWaitMs' | 'snapshotMainThreadMaxBytes' | 'snapshotWorkerNice' | 'retentionDays'>;
  /** Robots (`${dataDir}/robots.sqlite`); tests turn the timer off and allow a local stand-in host. */
  readonly robots?: Pick<RobotsOptions, 'autoTick' | 'anyHost' | 'policy' | 'sleep'>;
  readonly firstScreenMainThreadMaxTasks?: AppDeps['firstScreenMainThreadMaxTasks'];
}

export interface RunningRelay {
  readonly port: number;
  /** `ws://host:port/sync`, the base URL for y-websocket's WebsocketProvider. */
  readonly syncUrl: string;
  readonly relay: Relay;
  readonly metrics: Metrics;
  readonly robots: Robots;
  /** Graceful: stop accepting, save every room, close sockets with 1012, close the store. */
  close(): Promise<void>;
}

export function relayDatabaseFile(dataDir: string): string {
  return path.join(dataDir, 'relay.sqlite');
}

export async function startRelay(options: StartRelayOptions): Promise<RunningRelay> {
  const logger = options.logger ?? createSilentLogger();
  mkdirSync(options.dataDir, { recursive: true });
  const store = options.store ?? createSqliteStore({ file: relayDatabaseFile(options.dataDir) });
  const clock = options.clock ?? systemClock;
  // snapshots are computed in a worker that reads relay.sqlite itself; another store has no file to read
  const storeFile = options.store ? null : relayDatabaseFile(options.dataDir);
  // relay alerts look at a room when the snapshot job has settled it, never on the sync path, and read its
  // documents in the same worker; `robots` is made just below, before any room can settle
  const metrics = createMetrics({ ...options.metrics, dataDir: options.dataDir, store, storeFile, clock, logger, onRoomSettled: (room) => robots.alerts.noteRoom(room) });
  const robots = createRobots({ ...options.robots, dataDir: options.dataDir, docs: store, clock, logger, workerPool: metrics.workerPool, onDeliveryFailed: () => metrics.errors.count('robot-delivery-failed') });
  const { app, handleUpgrade, relay, dispose } = createApp({
    store,
    logger,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    staticDir: options.staticDir ?? path.join(options.dataDir, 'no-static'),
    clock: options.clock,
    authorize: options.authorize,
    fanout: options.fanout,
    access: options.access,
    allowedOrigins: options.allowedOrigins,
    dataDir: options.dataDir,
    metrics,
    robots,
    firstScreenMainThreadMaxTasks: options.firstScreenMainThreadMaxTasks,
    firstScreenFile: storeFile,
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => {
      if (started instanceof HttpServer) resolve(started);
      else reject(new Error('expected a plain HTTP server'));
    });
    started.once('error', reject);
  });
  server.on('upgrade', handleUpgrade);
  const stopRetention = makeHistoryRetention({ store, logger, clock: options.clock ?? systemClock, retentionDays: options.historyRetentionDays ?? 0 });
  const port = listeningPort(server.address());
  let closing: Promise<void> | null = null;
  return {
    port,
    syncUrl: `ws://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/sync`,
    relay,
    metrics,
    robots,
    close: () => (closing ??= shutdown()),
  };

  async function shutdown(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    dispose();
    stopRetention();
    await relay.shutdown();
    await metrics.job?.tick();
    metrics.close();
    // a robot send in flight is not awaited (retries can take a minute); its alert state is already stored
    robots.close();
    server.closeAllConnections();
    await closed;
    await store.close();
    options.access?.close();
  }
}

function listeningPort(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') throw new Error(`relay is not listening on a TCP port: ${address}`);
  return address.port;
}
