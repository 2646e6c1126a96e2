// Where the relay gets a project's first screen (shared/domain/schedule/project-first-screen.ts) for a
// fresh device. Reading and scheduling 10,000 tasks takes 200–430 ms (npx tsx
// test/bench/first-screen-cost.ts), far too long for the relay's thread, so a big project is computed
// in the snapshot worker from the store (durable before visible: it holds every accepted update), and
// only a small one held in memory is computed here. An answer is kept per room and served again until
// the room or its workspace changes ("room changed" from the relay's observer, after the update is
// durable); a kept room is computed again a moment after its changes pause, so the next fresh device
// finds it ready instead of waiting for a rebuild, and until then a big room answers its last entry
// (stale by at most the pause and one rebuild, a few seconds; even a fresh device's own schema
// migration write counts as a change). Without a worker a big or cold room has no first screen: it is
// only a preview. What the worker computes is also kept in relay.sqlite (first-screen-db.ts), so after
// a restart a room not asked yet answers its kept entry at once if the store still holds exactly what
// it was computed from; otherwise it is computed as before.
import { projectFirstScreen } from '../../shared/domain/schedule/project-first-screen';
import { localIsoDay } from '../../shared/iso-day';
import { roomKind, type RoomName } from '../../shared/schema/room-name';
import type * as Y from 'yjs';
import type { Logger } from '../log';
import { METRICS_TIME_ZONE_OFFSET_MINUTES } from '../metrics/snapshot-figures';
import { firstScreenContext } from './first-screen-context';
import type { PersistedFirstScreens } from './first-screen-db';
import type { StoredFirstScreen } from './stored-first-screen';

/** Up to this many tasks a room held in memory is computed on the relay's thread (about 20 ms). */
export const FIRST_SCREEN_MAIN_THREAD_MAX_TASKS = 1_000;
/** A kept room is computed again once its changes have paused this long (edits come in bursts). */
export const FIRST_SCREEN_REFRESH_DELAY_MS = 2_000;
/** Rooms kept at most (an entry is about 64 KB); the least recently asked goes first. */
const MAX_KEPT = 100;

export type FirstScreenAnswer =
  /** computedIn: the relay's thread, the snapshot worker, or kept in relay.sqlite from a worker's earlier computation (stored), for operators and the benchmark. */
  | { readonly kind: 'entry'; readonly entry: string; readonly computedIn: 'relay' | 'worker' | 'stored' }
  | { readonly kind: 'none'; readonly reason: FirstScreenSkip };

/** no-tasks: nothing to show; the others: the relay could not compute it cheaply now. */
export type FirstScreenSkip = 'no-tasks' | 'cold-without-worker' | 'big-without-worker' | 'worker-failed';

export interface FirstScreenSourceDeps {
  /** The relay's document of a room held in memory (Relay.heldRoomDoc). */
  readonly heldRoomDoc: (room: RoomName) => Promise<Y.Doc | null>;
  /** The `ws.` room of a room's workspace, or null when none is known. */
  readonly workspaceRoomOf: (room: RoomName) => RoomName | null;
  /** The snapshot worker's computation (SnapshotWorkerPool.firstScreen); null without a worker. */
  readonly inWorker: ((room: RoomName, workspaceRoom: RoomName | null, now: number) => Promise<StoredFirstScreen>) | null;
  /** Where the worker's entries are kept across restarts (first-screen-db.ts); null: nowhere (no SQLite file). */
  readonly persisted?: PersistedFirstScreens | null;
  readonly now: () => number;
  readonly logger: Logger;
  readonly mainThreadMaxTasks?: number;
  readonly refreshDelayMs?: number;
}

export interface FirstScreenSource {
  entryFor(room: RoomName): Promise<FirstScreenAnswer>;
  /** For the relay's observer: an accepted update to `room` is durable. Returns at once. */
  roomChanged(room: RoomName): void;
  dispose(): void;
}

interface Kept {
  /** The room's change count the answer was computed at or after. */
  readonly changes: number;
  readonly answer: FirstScreenAnswer;
}

export function createFirstScreenSource(deps: FirstScreenSourceDeps): FirstScreenSource {
  const maxTasks = deps.mainThreadMaxTasks ?? FIRST_SCREEN_MAIN_THREAD_MAX_TASKS;
  const refreshDelayMs = deps.refreshDelayMs ?? FIRST_SCREEN_REFRESH_DELAY_MS;
  const kept = new Map<RoomName, Kept>();
  const changes = new Map<RoomName, number>();
  const running = new Map<RoomName, { readonly changes: number; readonly answer: Promise<FirstScreenAnswer> }>();
  const refreshTimers = new Map<RoomName, NodeJS.Timeout>();
  let disposed = false;
  const changesOf = (room: RoomName): number => changes.get(room) ?? 0;

  const inWorker = async (room: RoomName, workspaceRoom: RoomName | null): Promise<FirstScreenAnswer> => {
    if (deps.inWorker === null) return { kind: 'none', reason: 'cold-without-worker' };
    try {
      const at = deps.now();
      const screen = await deps.inWorker(room, workspaceRoom, at);
      if (!disposed) deps.persisted?.save(room, screen, at);
      return toAnswer(screen.entry, 'worker');
    } catch (error) {
      deps.logger.warn('first screen not computed in the worker', { room, error });
      return { kind: 'none', reason: 'worker-failed' };
    }
  };

  const compute = async (room: RoomName): Promise<FirstScreenAnswer> => {
    const workspaceRoom = deps.workspaceRoomOf(room);
    const [doc, workspaceDoc] = await Promise.all([deps.heldRoomDoc(room), workspaceRoom === null ? null : deps.heldRoomDoc(workspaceRoom)]);
    // the relay's thread only for a small room held with its workspace (without a worker, the China
    // calendar stands in for a workspace not in memory); the rest in the worker
    const here = doc !== null && doc.getMap('tasks').size <= maxTasks && (workspaceRoom === null || workspaceDoc !== null || deps.inWorker === null);
    if (here) return toAnswer(projectFirstScreen(doc, firstScreenContext(workspaceDoc, room.slice(2), deps.now())), 'relay');
    if (deps.inWorker === null) return { kind: 'none', reason: doc === null ? 'cold-without-worker' : 'big-without-worker' };
    return inWorker(room, workspaceRoom);
  };

  /** One computation per room at a time; a change during it makes the next ask compute again. */
  const refresh = (room: RoomName): Promise<FirstScreenAnswer> => {
    const at = changesOf(room);
    const current = running.get(room);
    if (current !== undefined && current.changes === at) return current.answer;
    const answer = compute(room);
    running.set(room, { changes: at, answer });
    void answer.then((settled) => {
      if (running.get(room)?.answer === answer) running.delete(room);
      if (disposed || !isKeptAnswer(settled)) return;
      const previous = kept.get(room);
      if (previous !== undefined && previous.changes > at) return;
      keep(room, { changes: at, answer: settled });
    });
    return answer;
  };

  /** Kept last, as the most recently asked; the least recently asked goes past MAX_KEPT. */
  const keep = (room: RoomName, entry: Kept): void => {
    kept.delete(room);
    kept.set(room, entry);
    const oldest = kept.keys().next();
    if (kept.size > MAX_KEPT && oldest.done !== true) kept.delete(oldest.value);
  };

  const keptInStore = (room: RoomName): FirstScreenAnswer | null => {
    const entry = deps.persisted?.find(room, deps.workspaceRoomOf(room), localIsoDay(deps.now(), METRICS_TIME_ZONE_OFFSET_MINUTES)) ?? null;
    return entry === null ? null : { kind: 'entry', entry, computedIn: 'stored' };
  };

  /** What relay.sqlite keeps is evicted by last use, so each answer from it (or from the worker) counts. */
  const served = (room: RoomName, answer: FirstScreenAnswer): FirstScreenAnswer => {
    if (answer.kind === 'entry' && answer.computedIn !== 'relay') deps.persisted?.noteUsed(room, deps.now());
    return answer;
  };

  const scheduleRefresh = (room: RoomName): void => {
    clearTimeout(refreshTimers.get(room));
    const timer = setTimeout(() => {
      refreshTimers.delete(room);
      if (!disposed && kept.has(room)) void refresh(room);
    }, refreshDelayMs);
    timer.unref();
    refreshTimers.set(room, timer);
  };

  return {
    async entryFor(room) {
      const found = kept.get(room);
      if (found !== undefined && found.changes === changesOf(room)) {
        // the most recently asked stays longest
        keep(room, found);
        return served(room, found.answer);
      }
      // a big room changed: its last entry answers at once while the worker computes the new one (a
      // rebuild takes seconds for 10,000 tasks; the preview is replaced by the live schedule anyway)
      if (found !== undefined && found.answer.kind === 'entry' && found.answer.computedIn !== 'relay') {
        void refresh(room);
        return served(room, found.answer);
      }
      // not asked since the relay started: an entry kept in relay.sqlite answers if the store still
      // holds exactly what it was computed from (read synchronously, so no change can slip in between;
      // a later one reaches roomChanged because the room is kept from here on)
      const stored = found === undefined && !running.has(room) ? keptInStore(room) : null;
      if (stored !== null) {
        keep(room, { changes: changesOf(room), answer: stored });
        return served(room, stored);
      }
      return refresh(room);
    },
    roomChanged(room) {
      const affected = roomKind(room) === 'ws' ? [...kept.keys()].filter((project) => deps.workspaceRoomOf(project) === room) : kept.has(room) ? [room] : [];
      for (const project of affected) {
        changes.set(project, changesOf(project) + 1);
        scheduleRefresh(project);
      }
      // a room being computed for the first time counts too, so that answer is not kept as current
      if (roomKind(room) === 'p' && !kept.has(room) && running.has(room)) changes.set(room, changesOf(room) + 1);
    },
    dispose() {
      disposed = true;
      for (const timer of refreshTimers.values()) clearTimeout(timer);
      refreshTimers.clear();
      kept.clear();
    },
  };
}

/**
 * Whether an answer holds until the room changes. A failed worker and a room that was cold without a
 * worker do not: the next ask may have the worker back or find the room held (a fresh device's own
 * websocket loads it), with no edit to tell this source.
 */
function isKeptAnswer(answer: FirstScreenAnswer): boolean {
  return answer.kind === 'entry' || (answer.reason !== 'worker-failed' && answer.reason !== 'cold-without-worker');
}

function toAnswer(entry: string | null, computedIn: 'relay' | 'worker'): FirstScreenAnswer {
  return entry === null ? { kind: 'none', reason: 'no-tasks' } : { kind: 'entry', entry, computedIn };
}
