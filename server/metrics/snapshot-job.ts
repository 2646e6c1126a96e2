// The snapshot job: a room that changed is snapshotted once it has been quiet for QUIET_MS, or
// MAX_WAIT_MS after its first unsnapshotted change if edits never stop; and every room once a day
// (the first tick of each China day, which also tells onNewDay: member counts are recorded then).
// The relay only marks rooms (a Map write); the work happens on this job's own timer, at most
// MAX_ROOMS_PER_TICK rooms per tick, each after a setImmediate, so sockets are served between rooms.
// Activity counts are buffered the same way and written per tick.
// A finance room's earned value reads its project room (baselines, % complete), so a project room's
// snapshot marks its finance room changed too, once that finance room has figures of its own.
import type { ProjectFigures } from '../../shared/domain/metrics/project-figures';
import { localIsoDay, type IsoDay } from '../../shared/iso-day';
import { financeRoom, isRoomName, roomKind, type RoomName } from '../../shared/schema/room-name';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import type { ActivityCount, MetricsStore } from './metrics-store';
import { METRICS_TIME_ZONE_OFFSET_MINUTES, snapshotFigures } from './snapshot-figures';

export const SNAPSHOT_QUIET_MS = 2_000;
export const SNAPSHOT_MAX_WAIT_MS = 60_000;
export const SNAPSHOT_TICK_MS = 500;
const MAX_ROOMS_PER_TICK = 4;

export interface SnapshotJob {
  noteChange(room: RoomName, userId: string | undefined): void;
  noteJoin(room: RoomName, userId: string | undefined): void;
  /** Does what is due now; resolves with the rooms snapshotted. Tests call it with a manual clock. */
  tick(): Promise<RoomName[]>;
  /** Rooms waiting for a snapshot. */
  pendingRooms(): number;
  /** Snapshot rows written since start. */
  snapshotsTaken(): number;
  dispose(): void;
}

export interface SnapshotJobOptions {
  readonly store: DocStore;
  readonly metrics: MetricsStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Run ticks on a timer (default); tests turn it off and call tick(). */
  readonly autoTick?: boolean;
  /** Longest wait after a room's first unsnapshotted change; default SNAPSHOT_MAX_WAIT_MS. */
  readonly maxWaitMs?: number;
  /** Computes a room's figures; default snapshotFigures on this thread (create-metrics.ts passes the worker's). */
  readonly computeFigures?: (room: RoomName, now: number) => Promise<ProjectFigures | null>;
  /** Told each room this job settled (relay alerts read it then, off the sync path); must not throw. */
  readonly onSettled?: (room: RoomName) => void;
  /** Told at the daily pass (the first tick of each China day, so also at start); may throw (logged). */
  readonly onNewDay?: (day: IsoDay) => void;
}

interface Pending {
  readonly first: number;
  last: number;
}

export function createSnapshotJob(options: SnapshotJobOptions): SnapshotJob {
  const { store, metrics, clock, logger } = options;
  const pending = new Map<RoomName, Pending>();
  let activity = new Map<string, ActivityCount>();
  let lastDailyDay: IsoDay | null = null;
  let running: Promise<RoomName[]> | null = null;
  let taken = 0;

  const today = (): IsoDay => localIsoDay(clock.now(), METRICS_TIME_ZONE_OFFSET_MINUTES);
  const count = (room: RoomName, userId: string | undefined, field: 'connects' | 'edits'): void => {
    if (userId === undefined) return;
    const day = today();
    const key = `${day}\u0000${room}\u0000${userId}`;
    const previous = activity.get(key) ?? { day, room, userId, connects: 0, edits: 0 };
    activity.set(key, { ...previous, [field]: previous[field] + 1 });
  };
  const maxWaitMs = options.maxWaitMs ?? SNAPSHOT_MAX_WAIT_MS;
  const computeFigures = options.computeFigures ?? ((room: RoomName, at: number) => snapshotFigures(store, room, at));
  const isDue = (entry: Pending, now: number): boolean => now - entry.last >= SNAPSHOT_QUIET_MS || now - entry.first >= maxWaitMs;

  const runTick = async (): Promise<RoomName[]> => {
    if (activity.size > 0) {
      const counts = [...activity.values()];
      activity = new Map();
      metrics.addActivity(counts);
    }
    const day = today();
    if (day !== lastDailyDay) {
      lastDailyDay = day;
      try {
        options.onNewDay?.(day);
      } catch (error) {
        logger.error('metrics daily pass failed', { day, error });
      }
      for (const room of await store.listRooms()) {
        if (isRoomName(room) && roomKind(room) !== 'ws' && !pending.has(room)) pending.set(room, { first: 0, last: 0 });
      }
    }
    const now = clock.now();
    const due = [...pending].filter(([, entry]) => isDue(entry, now)).slice(0, MAX_ROOMS_PER_TICK);
    const done: RoomName[] = [];
    for (const [room, entry] of due) {
      // a change after we looked keeps the room pending with its own times
      if (pending.get(room) === entry) pending.delete(room);
      await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        const at = clock.now();
        const figures = await computeFigures(room, at);
        if (figures !== null) {
          metrics.appendSnapshot(room, at, figures);
          taken += 1;
          done.push(room);
          if (roomKind(room) === 'p') {
            const finance = financeRoom(room.slice(2));
            if (!pending.has(finance) && metrics.hasSnapshots(finance)) pending.set(finance, { first: at, last: at });
          }
        }
      } catch (error) {
        logger.error('metrics snapshot failed', { room, error });
      }
      options.onSettled?.(room);
    }
    return done;
  };

  const tick = (): Promise<RoomName[]> => {
    running ??= runTick().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = options.autoTick === false ? null : setInterval(() => {
    tick().catch((error: unknown) => logger.error('metrics tick failed', { error }));
  }, SNAPSHOT_TICK_MS);
  timer?.unref();

  return {
    noteChange(room, userId) {
      count(room, userId, 'edits');
      if (roomKind(room) === 'ws') return;
      const now = clock.now();
      const entry = pending.get(room);
      if (entry) entry.last = now;
      else pending.set(room, { first: now, last: now });
    },
    noteJoin: (room, userId) => count(room, userId, 'connects'),
    tick,
    pendingRooms: () => pending.size,
    snapshotsTaken: () => taken,
    dispose() {
      if (timer) clearInterval(timer);
    },
  };
}
