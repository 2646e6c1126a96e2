// The robots part of the relay: its SQLite settings, the settings API, sending with delivery records,
// the daily briefing scheduler and the relay alerts. Built by the composition root (start-relay.ts).
import path from 'node:path';
import type { Hono } from 'hono';
import type { Access } from '../access/access';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { SnapshotWorkerPool } from '../metrics/snapshot-worker-pool';
import type { DocStore } from '../store/doc-store';
import { createAlertCandidatesReader } from './alert-candidates-reader';
import { createBriefingScheduler, type BriefingScheduler } from './briefing-scheduler';
import { mountRobotRoutes } from './robot-routes';
import { createRelayAlerts, type RelayAlerts } from './relay-alerts';
import { openRobotStore, type DeliveryPurpose, type RobotSettings, type RobotStore } from './robot-store';
import type { RobotMessage } from './robot-types';
import { sendRobotMessage, type RetryPolicy, type SendOutcome } from './send-robot';

export interface RobotsOptions {
  readonly dataDir: string;
  readonly docs: DocStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Off = tests call `scheduler.tick()` themselves. Default on. */
  readonly autoTick?: boolean;
  /** Tests: accept webhooks on any host (a local stand-in server). Default: the services' hosts only. */
  readonly anyHost?: boolean;
  /** The metrics snapshot worker, where alert checks read the documents; none = on the relay's thread. */
  readonly workerPool?: Pick<SnapshotWorkerPool, 'alertCandidates'> | null;
  readonly policy?: RetryPolicy;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told each message that failed after its retries (after recording it), for sitebeam_errors_total. */
  readonly onDeliveryFailed?: () => void;
}

export interface Robots {
  readonly store: RobotStore;
  readonly scheduler: BriefingScheduler;
  /** The metrics snapshot job tells it which rooms settled (start-relay.ts wires the two). */
  readonly alerts: RelayAlerts;
  send(robot: RobotSettings, message: RobotMessage, purpose: DeliveryPurpose): Promise<SendOutcome>;
  mount(app: Hono, access: Access | undefined): void;
  close(): void;
}

export function robotsDatabaseFile(dataDir: string): string {
  return path.join(dataDir, 'robots.sqlite');
}

export function createRobots(options: RobotsOptions): Robots {
  const store = openRobotStore(robotsDatabaseFile(options.dataDir));
  const logger = options.logger.child({ part: 'robots' });
  const send: Robots['send'] = async (robot, message, purpose) => {
    const outcome = await sendRobotMessage({ clock: options.clock, logger: logger.child({ robotId: robot.id }), policy: options.policy, sleep: options.sleep }, robot, message);
    store.recordDelivery(robot.id, { at: options.clock.now(), purpose, ok: outcome.ok, attempts: outcome.attempts, message: outcome.ok ? 'ok' : outcome.message });
    if (!outcome.ok) options.onDeliveryFailed?.();
    return outcome;
  };
  const scheduler = createBriefingScheduler({ robots: store, docs: options.docs, clock: options.clock, logger, send, autoTick: options.autoTick ?? true });
  const candidates = createAlertCandidatesReader({ docs: options.docs, pool: options.workerPool ?? null, logger });
  const alerts = createRelayAlerts({ robots: store, candidates, clock: options.clock, logger, send });
  return {
    store, scheduler, alerts, send,
    mount(app, access) {
      if (access) mountRobotRoutes(app, { access, store, clock: options.clock, send, anyHost: options.anyHost ?? false });
    },
    close() {
      scheduler.stop();
      alerts.stop();
      store.close();
    },
  };
}
