// Everything metrics in one factory for the composition root: the metrics file, the snapshot job,
// the relay counters, the observer the relay is given, and the routes.
import path from 'node:path';
import type { Hono } from 'hono';
import type { Access } from '../access/access';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { Relay } from '../relay/relay';
import type { RelayObserver } from '../relay/relay-observer';
import type { DocStore } from '../store/doc-store';
import type { IsoDay } from '../../shared/iso-day';
import { financeRoom, projectRoom, roomKind, workspaceRoom, type RoomName } from '../../shared/schema/room-name';
import { createErrorCounts, type ErrorCounts } from './error-counts';
import { openMetricsDb } from './metrics-db';
import type { MetricsRetentionDays } from './metrics-expiry';
import { makeMetricsRetention } from './metrics-retention';
import { mountMetricsRoutes } from './metrics-routes';
import { recordDayBoundaryMemberCounts } from './member-count-history';
import { createMetricsStore, type MetricsStore } from './metrics-store';
import { mountOperatorMetrics } from './operator-metrics';
import { createRelayCounters } from './relay-counters';
import { createSnapshotComputer, type SnapshotComputations } from './snapshot-computer';
import { createSnapshotJob, type SnapshotJob } from './snapshot-job';
import { createSnapshotWorkerPool, type SnapshotWorkerPool } from './snapshot-worker-pool';
import { mountSurveyCommentRoutes } from './survey-comments-routes';
import { mountTeamMetricsRoutes } from './team-metrics-routes';
import { mountTelemetryRoutes } from './telemetry-routes';

export interface MetricsOptions {
  readonly dataDir: string;
  readonly store: DocStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** false: no snapshots (the benchmark's "off"); operator counters stay. Default true. */
  readonly snapshots?: boolean;
  /** Run the snapshot job on its own timer (default); tests drive `job.tick()` instead. */
  readonly autoTick?: boolean;
  /** See SnapshotJobOptions.maxWaitMs. */
  readonly snapshotMaxWaitMs?: number;
  /** Bearer token for GET /metrics; null: loopback only. */
  readonly scrapeToken?: string | null;
  /** Days of activity, telemetry and satisfaction rows kept; default DEFAULT_METRICS_RETENTION_DAYS. */
  readonly retentionDays?: MetricsRetentionDays;
  /**
   * The SQLite file behind `store` (`relay.sqlite`): snapshots are computed in a worker thread that
   * opens it read-only. Absent or null (another store): computed on this thread.
   */
  readonly storeFile?: string | null;
  /** See SnapshotWorkerPoolOptions.timeoutMs. */
  readonly snapshotWorkerTimeoutMs?: number;
  /** See SnapshotWorkerPoolOptions.workerNice. */
  readonly snapshotWorkerNice?: number;
  /** See SnapshotComputerOptions.maxMainThreadRoomBytes. */
  readonly snapshotMainThreadMaxBytes?: number;
  /** See SnapshotJobOptions.onSettled. */
  readonly onRoomSettled?: (room: RoomName) => void;
}

export interface Metrics {
  readonly observer: RelayObserver;
  readonly job: SnapshotJob | null;
  /** Where snapshot figures were computed so far; null when snapshots are off. */
  readonly snapshotComputations: (() => SnapshotComputations) | null;
  /** The snapshot worker, which relay alerts also read their documents in; null without one. */
  readonly workerPool: SnapshotWorkerPool | null;
  readonly store: MetricsStore;
  /** Errors handled, by kind (GET /metrics); parts outside server/metrics (robots) count theirs here too. */
  readonly errors: ErrorCounts;
  mount(app: Hono, relay: Relay, access: Access | undefined): void;
  close(): void;
}

export function metricsDatabaseFile(dataDir: string): string {
  return path.join(dataDir, 'metrics.sqlite');
}

export function createMetrics(options: MetricsOptions): Metrics {
  const db = openMetricsDb(metricsDatabaseFile(options.dataDir));
  const store = createMetricsStore(db);
  const counters = createRelayCounters();
  const errors = createErrorCounts();
  const snapshotsOn = options.snapshots !== false;
  const storeFile = options.storeFile ?? null;
  const pool = snapshotsOn && storeFile !== null ? createSnapshotWorkerPool({ storeFile, logger: options.logger, timeoutMs: options.snapshotWorkerTimeoutMs, workerNice: options.snapshotWorkerNice, onWorkerFailed: () => errors.count('snapshot-worker-failed') }) : null;
  // the daily pass records each workspace's member count, once the routes know the access service
  let recordMemberCounts: ((day: IsoDay, previousDay: IsoDay | null) => void) | null = null;
  // a project's workspace (whose working calendar its figures count with) is known once the routes know the access service
  let workspaceOfProject: ((projectId: string) => string | null) | null = null;
  // and a workspace's projects, whose figures follow a change of its calendar
  let projectsOfWorkspace: ((workspaceId: string) => readonly string[]) | null = null;
  const projectRoomsOf = (room: RoomName): RoomName[] =>
    roomKind(room) === 'ws' ? (projectsOfWorkspace?.(room.slice(3)) ?? []).flatMap((id) => [projectRoom(id), financeRoom(id)]) : [];
  const workspaceRoomOf = (room: RoomName): RoomName | null => {
    const kind = roomKind(room);
    const workspaceId = kind === 'p' || kind === 'f' ? (workspaceOfProject?.(room.slice(2)) ?? null) : null;
    return workspaceId === null ? null : workspaceRoom(workspaceId);
  };
  const computer = snapshotsOn ? createSnapshotComputer({ store: options.store, pool, logger: options.logger, workspaceRoomOf, maxMainThreadRoomBytes: options.snapshotMainThreadMaxBytes }) : null;
  const job = computer === null ? null : createSnapshotJob({ store: options.store, metrics: store, clock: options.clock, logger: options.logger, autoTick: options.autoTick, maxWaitMs: options.snapshotMaxWaitMs, onSettled: options.onRoomSettled, computeFigures: computer.figures, onNewDay: (day, previousDay) => recordMemberCounts?.(day, previousDay), workspaceCalendar: computer.calendarSettings, projectRoomsOf, onSnapshotFailed: () => errors.count('snapshot-failed') });
  const observer: RelayObserver = {
    ...counters,
    peerJoined(room, userId, sessionId) {
      counters.peerJoined?.(room, userId, sessionId);
      job?.noteJoin(room, userId);
    },
    roomChanged: (room, userId) => job?.noteChange(room, userId),
    errorHandled: (kind) => errors.count(kind),
  };
  const stopRetention = makeMetricsRetention({ db, clock: options.clock, logger: options.logger, retentionDays: options.retentionDays });
  let stopLoopDelay = (): void => {};
  return {
    observer,
    job,
    snapshotComputations: computer ? computer.computations : null,
    workerPool: pool,
    store,
    errors,
    mount(app, relay, access) {
      stopLoopDelay = mountOperatorMetrics(app, { relay, counters, errors, token: options.scrapeToken ?? null, snapshotsTaken: job ? job.snapshotsTaken : null, snapshotComputations: computer ? computer.computations : null, snapshotsSkipped: computer ? computer.skipped : null });
      if (access) {
        recordMemberCounts = (day, previousDay) => recordDayBoundaryMemberCounts(store, day, previousDay, access.memberships.memberCounts());
        workspaceOfProject = (projectId) => access.memberships.workspaceOf(projectId);
        projectsOfWorkspace = (workspaceId) => access.memberships.projectsOf(workspaceId);
        // before /api/metrics so nothing else ever answers /api/metrics/team or /api/metrics/comments
        mountTeamMetricsRoutes(app, access, store, options.clock);
        mountSurveyCommentRoutes(app, access, store);
        mountMetricsRoutes(app, access, store, options.clock);
        mountTelemetryRoutes(app, access, db, options.clock);
      }
    },
    close() {
      job?.dispose();
      // the worker is unref'd and terminating it needs no wait: nothing is written from it
      void computer?.close();
      stopRetention();
      stopLoopDelay();
      db.close();
    },
  };
}
