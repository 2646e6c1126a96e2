// Relay alerts: after a project or finance room settles (the metrics snapshot job calls noteRoom once
// a changed room has been quiet, and for every room on its daily pass, never on the sync path), each
// robot that asked for that alert gets one message listing what newly appeared in that project:
// critical tasks that became late (p. rooms), cost categories that went over budget (f. rooms).
// The keys seen are stored in robots.sqlite (alert_state) BEFORE sending, so a relay restart or a
// slow send never repeats an alert; an item that recovers drops out of the stored set, so it alerts
// again if it goes wrong again. Checks run one room at a time, in the order rooms settle; the documents
// are read in the snapshot worker when the relay has one (alert-candidates.ts), never on the sync path.
import { localIsoDay, type IsoDay } from '../../shared/iso-day';
import { roomKind, type RoomName } from '../../shared/schema/room-name';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { AlertCandidatesRequest } from './alert-candidates';
import type { AlertCandidatesReader } from './alert-candidates-reader';
import { diffAlertItems } from './alert-diff';
import { composeAlertMessage, type AlertKind } from './alert-message';
import type { RobotSettings, RobotStore } from './robot-store';
import type { RobotMessage } from './robot-types';
import type { SendOutcome } from './send-robot';

export interface RelayAlerts {
  /** A room's document settled; checked soon, off the caller's path. */
  noteRoom(room: RoomName): void;
  /** Resolves once every noted room has been checked (tests, shutdown). */
  settled(): Promise<void>;
  /** Rooms checked since start (an operator's figure, and how a test knows a check ran). */
  roomsChecked(): number;
  /** Checks whose documents were read in the snapshot worker and on the relay's thread. */
  computations(): { readonly worker: number; readonly main: number };
  stop(): void;
}

export interface RelayAlertsDeps {
  readonly robots: RobotStore;
  /** Reads the documents, in the snapshot worker when there is one (alert-candidates-reader.ts). */
  readonly candidates: Pick<AlertCandidatesReader, 'read' | 'computations'>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly send: (robot: RobotSettings, message: RobotMessage, purpose: 'alert') => Promise<SendOutcome>;
}

export function createRelayAlerts(deps: RelayAlertsDeps): RelayAlerts {
  const queue = new Set<RoomName>();
  let draining: Promise<void> | null = null;
  let stopped = false;
  let checked = 0;

  const drain = async (): Promise<void> => {
    for (let room = first(queue); room !== undefined && !stopped; room = first(queue)) {
      queue.delete(room);
      try {
        await checkRoom(deps, room);
        checked += 1;
      } catch (error) {
        deps.logger.error('alert check failed', { room, error });
      }
    }
  };

  return {
    noteRoom(room) {
      const kind = roomKind(room);
      if (stopped || (kind !== 'p' && kind !== 'f')) return;
      queue.add(room);
      draining ??= drain().finally(() => {
        draining = null;
      });
    },
    settled: () => draining ?? Promise.resolve(),
    roomsChecked: () => checked,
    computations: () => deps.candidates.computations(),
    stop() {
      stopped = true;
      queue.clear();
    },
  };
}

function first<T>(set: ReadonlySet<T>): T | undefined {
  for (const value of set) return value;
  return undefined;
}

async function checkRoom(deps: RelayAlertsDeps, room: RoomName): Promise<void> {
  const kind: AlertKind = roomKind(room) === 'p' ? 'late-critical' : 'budget-overrun';
  // a switched-off robot is not checked at all: its stored set stays as it was, so once switched back on it
  // posts what is wrong then and was not wrong at its last check (docs/robots.md "Switching a robot off")
  const robots = deps.robots.all().filter((robot) => robot.enabled && (kind === 'late-critical' ? robot.alerts.lateCritical : robot.alerts.budgetOverrun));
  if (robots.length === 0) return;
  const now = deps.clock.now();
  const todayOf = (robot: RobotSettings): IsoDay => localIsoDay(now, robot.timeZoneOffsetMinutes);
  const variantOf = (robot: RobotSettings): string => (kind === 'late-critical' ? todayOf(robot) : robot.language);
  const workspaceIds = [...new Set(robots.map((robot) => robot.workspaceId))];
  const robotsOf = (workspaceId: string): RobotSettings[] => robots.filter((robot) => robot.workspaceId === workspaceId);
  const request: AlertCandidatesRequest = kind === 'late-critical'
    ? { kind, room, workspaces: workspaceIds.map((workspaceId) => ({ workspaceId, todays: [...new Set(robotsOf(workspaceId).map(todayOf))] })) }
    : { kind, room, workspaces: workspaceIds.map((workspaceId) => ({ workspaceId, languages: [...new Set(robotsOf(workspaceId).map((robot) => robot.language))] })) };
  for (const found of await deps.candidates.read(request)) {
    for (const robot of robotsOf(found.workspaceId)) {
      const { appeared, keys } = diffAlertItems(deps.robots.alertState(robot.id, room) ?? [], found.items[variantOf(robot)] ?? []);
      deps.robots.setAlertState(robot.id, room, keys, deps.clock.now());
      if (appeared.length === 0) continue;
      await deps.send(robot, composeAlertMessage(kind, found.projectName, appeared, robot.language), 'alert');
    }
  }
}
