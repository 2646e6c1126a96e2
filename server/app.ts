// The HTTP side of the relay as a Hono app, plus the websocket upgrade handler for the same
// server. Everything it needs is injected, so tests can build as many as they like.
import { Hono } from 'hono';
import type { Clock } from './clock';
import { systemClock } from './clock';
import type { RelayLimits } from './config';
import type { Logger } from './log';
import { allowAll } from './relay/authorize';
import type { Authorize } from './relay/authorize';
import { createLocalFanout } from './relay/fanout';
import type { Fanout } from './relay/fanout';
import { createRelay } from './relay/relay';
import type { Relay } from './relay/relay';
import { mountStaticFiles } from './static-files';
import type { DocStore } from './store/doc-store';

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
}

export interface App {
  readonly app: Hono;
  readonly handleUpgrade: Relay['handleUpgrade'];
  readonly relay: Relay;
}

export function createApp(deps: AppDeps): App {
  const relay = createRelay({
    store: deps.store,
    logger: deps.logger,
    limits: deps.limits,
    clock: deps.clock ?? systemClock,
    authorize: deps.authorize ?? allowAll,
    fanout: deps.fanout ?? createLocalFanout(),
  });
  const app = new Hono();
  app.onError((error, c) => {
    deps.logger.error('http handler failed', { path: c.req.path, error });
    return c.json({ ok: false, error: 'internal error' }, 500);
  });
  app.get('/healthz', (c) => c.json({ ok: true, ...relay.stats() }));
  if (!mountStaticFiles(app, deps.staticDir)) {
    deps.logger.warn('no built client to serve', { staticDir: deps.staticDir });
  }
  return { app, handleUpgrade: relay.handleUpgrade, relay };
}
