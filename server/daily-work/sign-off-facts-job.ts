// Keeps the labour sign-off facts of every finance room (sign-off-fact-store.ts) up to date off the
// request path: 200 ms after a `f.` room changed, the stored updates after the kept seq are read from
// the store's history, and only the labour records they touched are read again from the relay's held
// document (touchedSignOffFacts). A room never read before (or changed while not held, which happens
// only if it unloaded within those 200 ms) is read whole once from the store, in the snapshot worker
// (stored-daily-work.ts: about 1 s for 10,000 records, too long for the relay's thread); without a
// worker, or when it fails, on this thread only within relay-thread-rebuild.ts's size, else later. A
// request for a project whose room was never read asks for that read, and is answered without it meanwhile.
import type { LabourSignFact } from '../../shared/domain/points';
import { readSignOffFacts, touchedSignOffFacts, type TouchedSignOff } from '../../shared/schema';
import { financeRoom, roomKind, type RoomName } from '../../shared/schema/room-name';
import type { SnapshotWorkerPool } from '../metrics/snapshot-worker-pool';
import { rebuildOnRelayThread, type DailyWorkRoomReads } from './relay-thread-rebuild';
import { makeRoomJobs } from './room-jobs';
import type { SignOffFactStore } from './sign-off-fact-store';
import type { StoredSignOffFacts } from './stored-daily-work';

const READ_DELAY_MS = 200;
/** Facts written per step of a whole read's answer (about 5 ms of SQLite), so sockets get through between steps. */
const WHOLE_READ_STEP = 1_000;
const HISTORY_PAGE = 500;

export interface SignOffFactsJobDeps extends DailyWorkRoomReads {
  readonly facts: SignOffFactStore;
  /** The snapshot worker, where a room is read whole; null without one. */
  readonly pool: Pick<SnapshotWorkerPool, 'signOffFacts'> | null;
}

export interface SignOffFactsJob {
  roomChanged(room: RoomName): void;
  /** The kept facts of these projects' finance rooms signed at or after `since`; a room never read is read soon. */
  signOffsOf(projectIds: readonly string[], since: number): LabourSignFact[];
  settled(): Promise<void>;
  close(): void;
}

export function createSignOffFactsJob(deps: SignOffFactsJobDeps): SignOffFactsJob {
  const closed = (): boolean => jobs.isClosed();

  const onRelayThread = async (room: RoomName, why: string): Promise<StoredSignOffFacts | null> => {
    const rebuilt = await rebuildOnRelayThread({ store: deps.store, logger: deps.logger, maxRoomBytes: deps.maxMainThreadRoomBytes }, room, why);
    if (rebuilt === null) return null;
    try {
      return { seq: rebuilt.seq, facts: readSignOffFacts(rebuilt.doc) };
    } finally {
      rebuilt.doc.destroy();
    }
  };
  const readWhole = async (room: RoomName): Promise<void> => {
    let read: StoredSignOffFacts | null = null;
    if (deps.pool === null) read = await onRelayThread(room, 'no-worker');
    else {
      try {
        read = await deps.pool.signOffFacts(room);
      } catch (error) {
        // the pool closes after this job when the relay shuts down
        if (closed()) return;
        deps.logger.warn('labour sign-off facts read on the relay thread instead of the worker', { room, error });
        read = await onRelayThread(room, 'worker-failed');
      }
    }
    if (read === null) return;
    // 10,000 facts take about 45 ms to write: in steps, and the seq last, so a partial answer
    // meanwhile holds only facts already read and a shutdown in between means reading again
    for (let at = 0; at < read.facts.length; at += WHOLE_READ_STEP) {
      if (at > 0) await new Promise((resolve) => setImmediate(resolve));
      deps.facts.put(room, read.facts.slice(at, at + WHOLE_READ_STEP));
    }
    deps.facts.finishWholeRead(room, read.seq, new Set(read.facts.map((fact) => fact.recordId)));
  };

  const follow = async (room: RoomName): Promise<void> => {
    let after = deps.facts.seqOf(room);
    if (after === null) return readWhole(room);
    const doc = await deps.heldRoomDoc(room);
    for (;;) {
      const page = await deps.store.history(room, after, HISTORY_PAGE);
      if (page.length === 0 || closed()) return;
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

  const jobs = makeRoomJobs({ delayMs: READ_DELAY_MS, work: follow, logger: deps.logger, failed: 'labour sign-off facts failed' });

  return {
    roomChanged(room) {
      if (roomKind(room) === 'f') jobs.schedule(room);
    },
    signOffsOf(projectIds, since) {
      const rooms = projectIds.map(financeRoom);
      for (const room of rooms) if (deps.facts.seqOf(room) === null && !jobs.isRunning(room)) jobs.schedule(room);
      return deps.facts.list(rooms, since);
    },
    settled: () => jobs.settled(),
    close() {
      void jobs.close().finally(() => deps.facts.close());
    },
  };
}
