// The snapshot job: a room that changed is snapshotted once it has been quiet for QUIET_MS, or
// MAX_WAIT_MS after its first unsnapshotted change if edits never stop; and every room once a day
// (the first tick of each China day, which also tells onNewDay: member counts are recorded then).
// The relay only marks rooms (a Map write); the work happens on this job's own timer, at most
// MAX_ROOMS_PER_TICK rooms per tick, each after a setImmediate, so sockets are served between rooms.
// Activity counts are buffered the same way and written per tick.
// A finance room's earned value reads its project room (baselines, % complete), so the snapshot of a
// project room that changed marks its finance room changed too, once that finance room has figures of
// its own (the daily pass and a calendar change mark both rooms themselves: nothing more to follow).
// Schedule figures and earned value count with the workspace's calendar (in its `ws.` room), so a
// settled `ws.` room whose calendar settings differ from the last ones seen here marks every project
// room of that workspace that has figures; other workspace edits (check-ins, members, names) mark
// nothing. The calendar last seen is kept in metrics.sqlite (workspace_calendars), so after a restart
// too only a real change marks them; a workspace never seen before marks them once.
import type { CalendarSettings } from '../../shared/domain/calendar/calendar-settings';
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
  /**
   * Told at the daily pass (the first tick of each China day, so also at start), with the day of the
   * previous pass in this process (null at the first tick after a start); may throw (logged).
   */
  readonly onNewDay?: (day: IsoDay, previousDay: IsoDay | null) => void;
  /** A `ws.` room's calendar settings as stored (create-metrics.ts: in the worker); null when unreadable. Without it and projectRoomsOf, `ws.` changes mark nothing. */
  readonly workspaceCalendar?: (room: RoomName) => Promise<CalendarSettings | null>;
  /** The `p.` and `f.` rooms of the projects registered in a `ws.` room's workspace. */
  readonly projectRoomsOf?: (room: RoomName) => readonly RoomName[];
  /** Told each snapshot that failed (after logging it), for sitebeam_errors_total. */
  readonly onSnapshotFailed?: () => void;
}

/** Equal for the same settings, whatever order the stored day sets come back in. */
export function calendarKey(settings: CalendarSettings): string {
  return JSON.stringify([settings.preset, [...settings.workingWeekdays].sort(), [...settings.extraHolidays].sort(), [...settings.extraWorkdays].sort()]);
}

interface Pending {
  readonly first: number;
  last: number;
  /** False for the daily pass and a calendar change (due at once) until the room itself changes. */
  changed: boolean;
}

const dueNow = (): Pending => ({ first: 0, last: 0, changed: false });

const DAY_MS = 86_400_000;

/** An activity count while it is buffered between ticks; written as an ActivityCount. */
type MutableCount = { -readonly [K in keyof ActivityCount]: ActivityCount[K] };

export function createSnapshotJob(options: SnapshotJobOptions): SnapshotJob {
  const { store, metrics, clock, logger } = options;
  const pending = new Map<RoomName, Pending>();
  // changed `ws.` rooms waiting to settle
  const workspaces = new Map<RoomName, Pending>();
  const { workspaceCalendar, projectRoomsOf } = options;
  let activity = new Map<string, MutableCount>();
  let lastDailyDay: IsoDay | null = null;
  let running: Promise<RoomName[]> | null = null;
  let taken = 0;

  const today = (): IsoDay => localIsoDay(clock.now(), METRICS_TIME_ZONE_OFFSET_MINUTES);
  // count() runs on the relay's thread for every stored update: the day's string is made once per
  // China day (a fixed offset, no daylight saving) and a count is bumped in place, not copied
  let countedDayIndex = Number.NaN;
  let countedDay: IsoDay = today();
  const dayOfChange = (): IsoDay => {
    const now = clock.now();
    const index = Math.floor((now - METRICS_TIME_ZONE_OFFSET_MINUTES * 60_000) / DAY_MS);
    if (index !== countedDayIndex) {
      countedDayIndex = index;
      countedDay = localIsoDay(now, METRICS_TIME_ZONE_OFFSET_MINUTES);
    }
    return countedDay;
  };
  const count = (room: RoomName, userId: string | undefined, field: 'connects' | 'edits'): void => {
    if (userId === undefined) return;
    const day = dayOfChange();
    const key = `${day}\u0000${room}\u0000${userId}`;
    const entry = activity.get(key);
    if (entry === undefined) activity.set(key, { day, room, userId, connects: field === 'connects' ? 1 : 0, edits: field === 'edits' ? 1 : 0 });
    else entry[field] += 1;
  };
  const maxWaitMs = options.maxWaitMs ?? SNAPSHOT_MAX_WAIT_MS;
  const computeFigures = options.computeFigures ?? ((room: RoomName, at: number) => snapshotFigures(store, room, at));
  const isDue = (entry: Pending, now: number): boolean => now - entry.last >= SNAPSHOT_QUIET_MS || now - entry.first >= maxWaitMs;

  const checkCalendar = async (room: RoomName): Promise<void> => {
    if (workspaceCalendar === undefined || projectRoomsOf === undefined) return;
    let settings: CalendarSettings | null;
    try {
      settings = await workspaceCalendar(room);
    } catch (error) {
      logger.error('metrics workspace calendar read failed', { room, error });
      return;
    }
    if (settings === null) return;
    const key = calendarKey(settings);
    if (metrics.seenCalendarKey(room) === key) return;
    metrics.recordCalendarKey(room, key, clock.now());
    // due at once: the figures are stale from now on
    for (const project of projectRoomsOf(room)) {
      if (!pending.has(project) && metrics.hasSnapshots(project)) pending.set(project, dueNow());
    }
  };

  const runTick = async (): Promise<RoomName[]> => {
    if (activity.size > 0) {
      const counts = [...activity.values()];
      activity = new Map();
      metrics.addActivity(counts);
    }
    const day = today();
    if (day !== lastDailyDay) {
      const previousDay = lastDailyDay;
      lastDailyDay = day;
      try {
        options.onNewDay?.(day, previousDay);
      } catch (error) {
        logger.error('metrics daily pass failed', { day, error });
      }
      for (const room of await store.listRooms()) {
        if (isRoomName(room) && roomKind(room) !== 'ws' && !pending.has(room)) pending.set(room, dueNow());
      }
    }
    for (const [room, entry] of [...workspaces].filter(([, entry]) => isDue(entry, clock.now()))) {
      if (workspaces.get(room) === entry) workspaces.delete(room);
      await new Promise<void>((resolve) => setImmediate(resolve));
      await checkCalendar(room);
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
          if (roomKind(room) === 'p' && entry.changed) {
            const finance = financeRoom(room.slice(2));
            if (!pending.has(finance) && metrics.hasSnapshots(finance)) pending.set(finance, { first: at, last: at, changed: true });
          }
        }
      } catch (error) {
        logger.error('metrics snapshot failed', { room, error });
        options.onSnapshotFailed?.();
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
      const kind = roomKind(room);
      if (kind === 'ws' && (workspaceCalendar === undefined || projectRoomsOf === undefined)) return;
      const waiting = kind === 'ws' ? workspaces : pending;
      const now = clock.now();
      const entry = waiting.get(room);
      if (entry) {
        entry.last = now;
        entry.changed = true;
      } else waiting.set(room, { first: now, last: now, changed: true });
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
