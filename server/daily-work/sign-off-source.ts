// The labour sign-offs of a workspace's projects, read by the relay from their finance rooms (which it
// can read and most members can't), as point facts without money (shared/domain/points/sign-off-facts.ts).
// A finance room is rebuilt from the store only when it changed since the last read: the store's
// history after the seq the cached facts were read at tells (one indexed row), so a leaderboard opened
// by the whole team costs one rebuild per changed room, not one per member.
import { signOffFacts, type LabourSignFact } from '../../shared/domain/points';
import { readFinance } from '../../shared/schema';
import { financeRoom, type RoomName } from '../../shared/schema/room-name';
import type { Clock } from '../clock';
import type { DocStore } from '../store/doc-store';
import { buildRoomDoc } from '../store/stored-room-doc';

/** Facts read longer ago than this are read again even if the room seems unchanged (history retention could hide a change). */
const MAX_CACHE_AGE_MS = 10 * 60_000;

export interface SignOffSource {
  /** Every sign-off fact of these projects' finance rooms. */
  signOffsOf(projectIds: readonly string[]): Promise<LabourSignFact[]>;
}

interface Cached {
  readonly seq: number;
  readonly readAt: number;
  readonly facts: readonly LabourSignFact[];
}

export function createSignOffSource(deps: { readonly store: DocStore; readonly clock: Clock }): SignOffSource {
  const cache = new Map<RoomName, Cached>();
  const reading = new Map<RoomName, Promise<readonly LabourSignFact[]>>();

  const isCurrent = async (room: RoomName, cached: Cached | undefined): Promise<boolean> => {
    if (cached === undefined || deps.clock.now() - cached.readAt > MAX_CACHE_AGE_MS) return false;
    return (await deps.store.history(room, cached.seq, 1)).length === 0;
  };

  const read = async (room: RoomName): Promise<readonly LabourSignFact[]> => {
    const stored = await deps.store.load(room);
    const doc = buildRoomDoc(stored);
    try {
      const facts = signOffFacts(readFinance(doc).labourRecords);
      cache.set(room, { seq: stored.lastSeq, readAt: deps.clock.now(), facts });
      return facts;
    } finally {
      doc.destroy();
    }
  };

  const factsOf = async (room: RoomName): Promise<readonly LabourSignFact[]> => {
    const cached = cache.get(room);
    if (cached !== undefined && await isCurrent(room, cached)) return cached.facts;
    const pending = reading.get(room) ?? read(room).finally(() => reading.delete(room));
    reading.set(room, pending);
    return pending;
  };

  return {
    async signOffsOf(projectIds) {
      const perRoom = await Promise.all(projectIds.map((id) => factsOf(financeRoom(id))));
      return perRoom.flat();
    },
  };
}
