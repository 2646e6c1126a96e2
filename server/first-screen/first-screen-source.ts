// Where the relay gets a project's first screen (shared/domain/schedule/project-first-screen.ts) for a
// fresh device. Reading and scheduling 10,000 tasks takes 200–430 ms (npx tsx
// test/bench/first-screen-cost.ts), far too long for the relay's thread, so a big project is computed
// in the snapshot worker from the store, and only a small one held in memory is computed here. While
// the room stays in memory the entry is kept and served again until the room or its workspace
// changes (a change count, doc-versions.ts); a cold room is computed each time, since it can change
// while unloaded. Without a worker a big or cold room has no first screen: it is only a preview.
import { projectFirstScreen } from '../../shared/domain/schedule/project-first-screen';
import type { RoomName } from '../../shared/schema/room-name';
import type * as Y from 'yjs';
import type { Logger } from '../log';
import { makeDocVersions } from './doc-versions';
import { firstScreenContext } from './first-screen-context';

/** Up to this many tasks a room held in memory is computed on the relay's thread (about 20 ms). */
export const FIRST_SCREEN_MAIN_THREAD_MAX_TASKS = 1_000;
/** Entries kept at most (about 64 KB each); the oldest goes first. */
const MAX_KEPT = 100;

export type FirstScreenAnswer =
  /** computedIn: the relay's thread or the snapshot worker, for operators and the benchmark. */
  | { readonly kind: 'entry'; readonly entry: string; readonly computedIn: 'relay' | 'worker' }
  | { readonly kind: 'none'; readonly reason: FirstScreenSkip };

/** no-tasks: nothing to show; the others: the relay could not compute it cheaply now. */
export type FirstScreenSkip = 'no-tasks' | 'cold-without-worker' | 'big-without-worker' | 'worker-failed';

export interface FirstScreenSourceDeps {
  /** The relay's document of a room held in memory (Relay.heldRoomDoc). */
  readonly heldRoomDoc: (room: RoomName) => Promise<Y.Doc | null>;
  /** The `ws.` room of a room's workspace, or null when none is known. */
  readonly workspaceRoomOf: (room: RoomName) => RoomName | null;
  /** The snapshot worker's computation (SnapshotWorkerPool.firstScreen); null without a worker. */
  readonly inWorker: ((room: RoomName, workspaceRoom: RoomName | null, now: number) => Promise<string | null>) | null;
  readonly now: () => number;
  readonly logger: Logger;
  readonly mainThreadMaxTasks?: number;
}

export interface FirstScreenSource {
  entryFor(room: RoomName): Promise<FirstScreenAnswer>;
}

interface Kept {
  readonly key: string;
  readonly doc: Y.Doc;
  readonly answer: Promise<FirstScreenAnswer>;
}

export function createFirstScreenSource(deps: FirstScreenSourceDeps): FirstScreenSource {
  const maxTasks = deps.mainThreadMaxTasks ?? FIRST_SCREEN_MAIN_THREAD_MAX_TASKS;
  const versions = makeDocVersions();
  const kept = new Map<RoomName, Kept>();
  // distinguishes docs by identity: a room unloaded and loaded again is a new doc
  const docIds = new WeakMap<Y.Doc, number>();
  let nextDocId = 1;
  const idOf = (doc: Y.Doc): number => {
    let id = docIds.get(doc);
    if (id === undefined) {
      id = nextDocId++;
      docIds.set(doc, id);
    }
    return id;
  };

  const inWorker = async (room: RoomName, workspaceRoom: RoomName | null): Promise<FirstScreenAnswer> => {
    if (deps.inWorker === null) return { kind: 'none', reason: 'cold-without-worker' };
    try {
      return toAnswer(await deps.inWorker(room, workspaceRoom, deps.now()), 'worker');
    } catch (error) {
      deps.logger.warn('first screen not computed in the worker', { room, error });
      return { kind: 'none', reason: 'worker-failed' };
    }
  };

  const compute = async (room: RoomName, doc: Y.Doc, workspaceRoom: RoomName | null, workspaceDoc: Y.Doc | null): Promise<FirstScreenAnswer> => {
    if (doc.getMap('tasks').size > maxTasks) {
      if (deps.inWorker === null) return { kind: 'none', reason: 'big-without-worker' };
      return inWorker(room, workspaceRoom);
    }
    return toAnswer(projectFirstScreen(doc, firstScreenContext(workspaceDoc, room.slice(2), deps.now())), 'relay');
  };

  return {
    async entryFor(room) {
      const workspaceRoom = deps.workspaceRoomOf(room);
      const [doc, workspaceDoc] = await Promise.all([deps.heldRoomDoc(room), workspaceRoom === null ? null : deps.heldRoomDoc(workspaceRoom)]);
      if (doc === null) {
        kept.delete(room);
        return inWorker(room, workspaceRoom);
      }
      // a small workspace room not in memory is read in the worker with the project, or the China calendar stands in
      if (workspaceRoom !== null && workspaceDoc === null && doc.getMap('tasks').size <= maxTasks && deps.inWorker !== null) return inWorker(room, workspaceRoom);
      const key = `${idOf(doc)}:${versions.versionOf(doc)}|${workspaceDoc === null ? '-' : `${idOf(workspaceDoc)}:${versions.versionOf(workspaceDoc)}`}`;
      const previous = kept.get(room);
      if (previous !== undefined && previous.key === key && previous.doc === doc) return previous.answer;
      const answer = compute(room, doc, workspaceRoom, workspaceDoc);
      kept.delete(room);
      kept.set(room, { key, doc, answer });
      const oldest = kept.keys().next();
      if (kept.size > MAX_KEPT && oldest.done !== true) kept.delete(oldest.value);
      // a failure is not kept: the next ask tries again
      void answer.then((settled) => {
        if (settled.kind === 'none' && settled.reason === 'worker-failed' && kept.get(room)?.answer === answer) kept.delete(room);
      });
      return answer;
    },
  };
}

function toAnswer(entry: string | null, computedIn: 'relay' | 'worker'): FirstScreenAnswer {
  return entry === null ? { kind: 'none', reason: 'no-tasks' } : { kind: 'entry', entry, computedIn };
}
