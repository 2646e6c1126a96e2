// The HTTP side of the relay as a Hono app, plus the websocket upgrade handler for the same
// server. Everything it needs is injected, so tests can build as many as they like.
import path from 'node:path';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Access } from './access/access';
import { createRoomAuthorizer } from './access/authorize-room';
import { mountHistoryRoutes } from './access/history-routes';
import { openFirstScreenDb } from './first-screen/first-screen-db';
import { createFirstScreenSource, type FirstScreenSource } from './first-screen/first-screen-source';
import { mountFirstScreenRoutes } from './first-screen/first-screen-routes';
import { mountBackupRoutes } from './backup/backup-routes';
import { enforceAccessChanges } from './access/revocation';
import { mountSignInRoutes } from './access/sign-in-routes';
import { mountTeamRoutes } from './access/team-routes';
import { createCheckInAudit } from './daily-work/check-in-audit';
import { openCheckInFlagStore } from './daily-work/check-in-flag-store';
import { mountPointsFactsRoutes } from './daily-work/points-facts-routes';
import { openSignOffFactStore } from './daily-work/sign-off-fact-store';
import { createSignOffFactsJob } from './daily-work/sign-off-facts-job';
import { isAllowedOrigin } from './http/origin-check';
import { securityHeaders } from './http/security-headers';
import type { Clock } from './clock';
import { systemClock } from './clock';
import type { RelayLimits } from './config';
import type { Logger } from './log';
import { allowAll } from './relay/authorize';
import type { Authorize } from './relay/authorize';
import { createLocalFanout } from './relay/fanout';
import type { Fanout } from './relay/fanout';
import type { Metrics } from './metrics/create-metrics';
import type { Robots } from './notify/create-robots';
import { createRelay } from './relay/relay';
import type { Relay } from './relay/relay';
import { mountStaticFiles } from './static-files';
import type { DocStore } from './store/doc-store';
import { workspaceRoom } from '../shared/schema/room-name';

export interface AppDeps {
  readonly store: DocStore;
  readonly logger: Logger;
  readonly limits: RelayLimits;
  /** The built PWA (`dist/`); when missing only /healthz and /sync are served. */
  readonly staticDir: string;
  readonly clock?: Clock;
  /** Access check at upgrade; default: every valid room is open and writable. */
  readonly authorize?: Authorize;
  readonly fanout?: Fanout;
  /** People, sessions and roles: when given, /api sign-in and team routes exist and rooms need a session. */
  readonly access?: Access;
  /** Browser origins besides the relay's own allowed to open websockets and call the API. */
  readonly allowedOrigins?: readonly string[];
  /** The data directory, for the owner's backup download (with `access`). */
  readonly dataDir?: string;
  /** Snapshots, activity, /api/metrics, telemetry and the operators' /metrics (server/metrics). */
  readonly metrics?: Metrics;
  /** Group-chat robots: admin settings API and test messages (server/notify). */
  readonly robots?: Robots;
  /** See FIRST_SCREEN_MAIN_THREAD_MAX_TASKS (server/first-screen/first-screen-source.ts); tests set 0 to compute in the worker. */
  readonly firstScreenMainThreadMaxTasks?: number;
  /** relay.sqlite, where first screens computed in the worker are kept across restarts; absent: not kept. */
  readonly firstScreenFile?: string | null;
}

export interface App {
  readonly app: Hono;
  readonly handleUpgrade: Relay['handleUpgrade'];
  readonly relay: Relay;
  /** Stops background work the app started (access enforcement); the relay has its own shutdown. */
  dispose(): void;
}

export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? systemClock;
  const allowedOrigins = deps.allowedOrigins ?? [];
  const authorize = deps.authorize ?? (deps.access ? createRoomAuthorizer(deps.access) : allowAll);
  const relay = createRelay({
    store: deps.store,
    logger: deps.logger,
    limits: deps.limits,
    clock,
    // A page on another site must not open the team's rooms with a token it got hold of.
    authorize: async (request) => isAllowedOrigin(request.headers.origin, request.headers.host, allowedOrigins)
      ? authorize(request)
      : { ok: false, status: 403, reason: 'origin not allowed' },
    fanout: deps.fanout ?? createLocalFanout(),
    // the relay's "room changed" also tells the first screens kept for fresh devices (server/first-screen)
    observer: { ...deps.metrics?.observer, roomChanged: (room, userId) => {
      deps.metrics?.observer.roomChanged?.(room, userId);
      firstScreens.roomChanged(room);
      checkInAudit.roomChanged(room);
      signOffFacts.roomChanged(room);
    } },
  });
  // check-in writes are checked, and labour sign-offs followed, after they are stored, off the sync path (server/daily-work/)
  const dailyWorkFile = deps.dataDir === undefined ? ':memory:' : path.join(deps.dataDir, 'daily-work.sqlite');
  // their heavy reads (a room's first whole read or check) run in the snapshot worker when there is one
  const dailyWorkPool = deps.metrics?.workerPool ?? null;
  const checkInAudit = createCheckInAudit({ store: deps.store, heldRoomDoc: relay.heldRoomDoc, logger: deps.logger, flags: openCheckInFlagStore(dailyWorkFile), pool: dailyWorkPool });
  const signOffFacts = createSignOffFactsJob({ store: deps.store, heldRoomDoc: relay.heldRoomDoc, logger: deps.logger, facts: openSignOffFactStore(dailyWorkFile), pool: dailyWorkPool });
  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    deps.logger.error('http handler failed', { path: c.req.path, error });
    return c.json({ ok: false, error: 'internal error' }, 500);
  });
  app.use('*', securityHeaders());
  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'GET' && !isAllowedOrigin(c.req.header('origin'), c.req.header('host'), allowedOrigins)) {
      return c.json({ ok: false, error: 'origin-not-allowed' }, 403);
    }
    await next();
  });
  app.get('/healthz', (c) => c.json({ ok: true, ...relay.stats(), storage: relay.isStorageDegraded() ? 'degraded' : 'ok' }));
  let stopEnforcing = (): void => {};
  if (deps.access) {
    mountSignInRoutes(app, deps.access, clock);
    mountTeamRoutes(app, deps.access);
    mountHistoryRoutes(app, deps.access, deps.store);
    mountPointsFactsRoutes(app, { access: deps.access, clock, signOffs: signOffFacts, checkIns: checkInAudit });
    if (deps.dataDir !== undefined) mountBackupRoutes(app, deps.access, deps.dataDir, clock);
    stopEnforcing = enforceAccessChanges(deps.access, relay);
  }
  const access = deps.access;
  const pool = deps.metrics?.workerPool ?? null;
  // entries computed in the worker, kept in relay.sqlite (server/first-screen/first-screen-db.ts)
  const firstScreenFile = pool === null ? null : deps.firstScreenFile ?? null;
  const keptFirstScreens = firstScreenFile === null ? null : openFirstScreenDb(firstScreenFile, deps.logger);
  const firstScreens: FirstScreenSource = createFirstScreenSource({
    heldRoomDoc: relay.heldRoomDoc,
    workspaceRoomOf: (room) => {
      const workspaceId = access?.memberships.workspaceOf(room.slice(2)) ?? null;
      return workspaceId === null ? null : workspaceRoom(workspaceId);
    },
    inWorker: pool === null ? null : (room, workspace, now) => pool.firstScreen(room, workspace, now),
    now: () => clock.now(),
    logger: deps.logger,
    mainThreadMaxTasks: deps.firstScreenMainThreadMaxTasks,
    persisted: keptFirstScreens,
  });
  mountFirstScreenRoutes(app, access, firstScreens, { customAccessHook: deps.authorize !== undefined });
  deps.metrics?.mount(app, relay, deps.access);
  deps.robots?.mount(app, deps.access);
  app.all('/api/*', (c) => c.json({ ok: false, error: deps.access ? 'not-found' : 'access-control-off' }, 404));
  if (!mountStaticFiles(app, deps.staticDir)) {
    deps.logger.warn('no built client to serve', { staticDir: deps.staticDir });
  }
  return {
    app, handleUpgrade: relay.handleUpgrade, relay,
    dispose: () => {
      stopEnforcing();
      firstScreens.dispose();
      checkInAudit.close();
      signOffFacts.close();
      keptFirstScreens?.close();
    },
  };
}
