// Keeps the labour sign-off facts of every finance room (sign-off-fact-store.ts) up to date off the
// request path: 200 ms after a `f.` room changed, the stored updates after the kept seq are read from
// the store's history, and only the labour records they touched are read again from the relay's held
// document (touchedSignOffFacts). A room never read before (or changed while not held, which happens
// only if it unloaded within those 200 ms) is read whole once from the store. A request for a project
// whose room was never read asks for that read, and is answered without it meanwhile.
import type * as Y from 'yjs';
import type { LabourSignFact } from '../../shared/domain/points';
import { readSignOffFacts, touchedSignOffFacts, type TouchedSignOff } from '../../shared/schema';
import { financeRoom, roomKind, type RoomName } from '../../shared/schema/room-name';
import type { Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import { buildRoomDoc } from '../store/stored-room-doc';
import type { SignOffFactStore } from './sign-off-fact-store';

const READ_DELAY_MS = 200;
const HISTORY_PAGE = 500;

export interface SignOffFactsJobDeps {
  readonly store: DocStore;
  readonly heldRoomDoc: (room: RoomName) => Promise<Y.Doc | null>;
  readonly facts: SignOffFactStore;
  readonly logger: Logger;
}

export interface SignOffFactsJob {
  roomChanged(room: RoomName): void;
  /** The kept facts of these projects' finance rooms signed at or after `since`; a room never read is read soon. */
  signOffsOf(projectIds: readonly string[], since: number): LabourSignFact[];
  settled(): Promise<void>;
  close(): void;
}

export function createSignOffFactsJob(deps: SignOffFactsJobDeps): SignOffFactsJob {
  const timers = new Map<RoomName, ReturnType<typeof setTimeout>>();
  const running = new Map<RoomName, Promise<void>>();
  let closed = false;

  const readWhole = async (room: RoomName): Promise<void> => {
    const stored = await deps.store.load(room);
    const doc = buildRoomDoc(stored);
    try {
      deps.facts.replace(room, stored.lastSeq, readSignOffFacts(doc));
    } finally {
      doc.destroy();
    }
  };

  const follow = async (room: RoomName): Promise<void> => {
    let after = deps.facts.seqOf(room);
    if (after === null) return readWhole(room);
    const doc = await deps.heldRoomDoc(room);
    for (;;) {
      const page = await deps.store.history(room, after, HISTORY_PAGE);
      if (page.length === 0 || closed) return;
      if (doc === null) return readWhole(room);
      const touched = new Map<string, TouchedSignOff>();
      for (const entry of page) {
        for (const change of touchedSignOffFacts(doc, entry.update)) touched.set(change.recordId, change);
        after = entry.seq;
      }
      deps.facts.update(room, after, [...touched.values()]);
      if (page.length < HISTORY_PAGE) return;
    }
  };

  const run = (room: RoomName): void => {
    timers.delete(room);
    const previous = running.get(room) ?? Promise.resolve();
    const next = previous.then(() => (closed ? undefined : follow(room))).catch((error: unknown) => deps.logger.error('labour sign-off facts failed', { room, error }));
    running.set(room, next);
    void next.finally(() => {
      if (running.get(room) === next) running.delete(room);
    });
  };
  const schedule = (room: RoomName): void => {
    if (closed || timers.has(room)) return;
    timers.set(room, setTimeout(() => run(room), READ_DELAY_MS));
  };

  return {
    roomChanged(room) {
      if (roomKind(room) === 'f') schedule(room);
    },
    signOffsOf(projectIds, since) {
      const rooms = projectIds.map(financeRoom);
      for (const room of rooms) if (deps.facts.seqOf(room) === null && !running.has(room)) schedule(room);
      return deps.facts.list(rooms, since);
    },
    async settled() {
      for (const room of [...timers.keys()]) {
        clearTimeout(timers.get(room));
        run(room);
      }
      await Promise.all(running.values());
    },
    close() {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      void Promise.all(running.values()).finally(() => deps.facts.close());
    },
  };
}
