// The relay's check of check-in writes (shared/domain/points/check-in-flags.ts): after a workspace room
// changed, the accepted updates it has not checked yet are read from the store's history (each with
// its sender and time of arrival) and every check-in they wrote is judged; a flagged one is recorded
// (check-in-flag-store.ts) and served to the members with the points facts, so every device's points
// ignore it. Off the sync path: a room is checked 200 ms after it changed, one check per room at a time.
// The room's document is the relay's held one (it contains every stored update), else rebuilt from the
// store, then only entries up to what that rebuild holds are checked.
import type * as Y from 'yjs';
import { judgeCheckInWrite, type FlaggedCheckIn } from '../../shared/domain/points';
import { checkInWritesOf } from '../../shared/schema';
import { roomKind, workspaceRoom, type RoomName } from '../../shared/schema/room-name';
import type { Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import { buildRoomDoc } from '../store/stored-room-doc';
import type { CheckInFlagStore, NewCheckInFlag } from './check-in-flag-store';

const CHECK_DELAY_MS = 200;
const HISTORY_PAGE = 500;

export interface CheckInAuditDeps {
  readonly store: DocStore;
  readonly heldRoomDoc: (room: RoomName) => Promise<Y.Doc | null>;
  readonly flags: CheckInFlagStore;
  readonly logger: Logger;
}

export interface CheckInAudit {
  /** The relay's "room changed" (after the update is durable); only `ws.` rooms are checked. */
  roomChanged(room: RoomName): void;
  /** The flagged check-ins of a workspace (and a check of its room soon, for anything not checked yet). */
  flagsOf(workspaceId: string): FlaggedCheckIn[];
  /** Resolves once every check asked for so far has run. */
  settled(): Promise<void>;
  close(): void;
}

export function createCheckInAudit(deps: CheckInAuditDeps): CheckInAudit {
  const timers = new Map<RoomName, ReturnType<typeof setTimeout>>();
  const running = new Map<RoomName, Promise<void>>();
  let closed = false;

  const checkRoom = async (room: RoomName): Promise<void> => {
    const held = await deps.heldRoomDoc(room);
    let doc = held;
    let upto = Number.POSITIVE_INFINITY;
    if (doc === null) {
      const stored = await deps.store.load(room);
      doc = buildRoomDoc(stored);
      upto = stored.lastSeq;
    }
    try {
      let after = deps.flags.auditedSeq(room);
      for (;;) {
        const page = (await deps.store.history(room, after, HISTORY_PAGE)).filter((entry) => entry.seq <= upto);
        if (page.length === 0 || closed) return;
        const found: NewCheckInFlag[] = [];
        for (const entry of page) {
          for (const written of checkInWritesOf(doc, entry.update)) {
            const reason = judgeCheckInWrite({ checkIn: written.checkIn, writerId: entry.userId, receivedAt: entry.at, replacedExisting: written.replacedExisting });
            if (reason === null || written.checkIn === null) continue;
            found.push({ key: written.key, at: written.checkIn.at, reason, writtenBy: entry.userId, seq: entry.seq });
            deps.logger.warn('check-in flagged', { room, key: written.key, reason, writtenBy: entry.userId, seq: entry.seq });
          }
          after = entry.seq;
        }
        deps.flags.record(room, after, found);
        if (page.length < HISTORY_PAGE) return;
      }
    } finally {
      if (held === null) doc?.destroy();
    }
  };

  const run = (room: RoomName): void => {
    timers.delete(room);
    const previous = running.get(room) ?? Promise.resolve();
    const next = previous.then(() => (closed ? undefined : checkRoom(room))).catch((error: unknown) => deps.logger.error('check-in audit failed', { room, error }));
    running.set(room, next);
    void next.finally(() => {
      if (running.get(room) === next) running.delete(room);
    });
  };

  const schedule = (room: RoomName): void => {
    if (closed || timers.has(room)) return;
    timers.set(room, setTimeout(() => run(room), CHECK_DELAY_MS));
  };

  return {
    roomChanged(room) {
      if (roomKind(room) === 'ws') schedule(room);
    },
    flagsOf(workspaceId) {
      const room = workspaceRoom(workspaceId);
      // catches up on what a shutdown left unchecked (one indexed history read when nothing is new)
      schedule(room);
      return deps.flags.list(room);
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
      void Promise.all(running.values()).finally(() => deps.flags.close());
    },
  };
}
