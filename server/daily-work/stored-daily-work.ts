// What the snapshot worker (server/metrics/snapshot-worker.ts) reads for server/daily-work, so the
// heavy reads never run on the relay's thread: a finance room's labour sign-off facts read whole (about
// 1 s for 10,000 records, done once per room), and a workspace room's unchecked check-in history
// judged in one pass (0.1–0.4 s for 5,000 updates the first time). Both read the room's document
// through the worker's cache (room-doc-cache.ts). The seq read first is at most the document's: the
// document holds every update up to it, so what follows from that seq on the relay's thread (a later
// change's records read again, or updates checked) misses nothing and repeats nothing harmful.
import type * as Y from 'yjs';
import type { LabourSignFact } from '../../shared/domain/points';
import { readSignOffFacts } from '../../shared/schema';
import type { RoomName } from '../../shared/schema/room-name';
import type { HistoryEntry } from '../store/doc-store';
import type { NewCheckInFlag } from './check-in-flag-store';
import { judgeCheckInEntries } from './check-in-judging';

/** A finance room's facts and the stored seq they are up to date with (at least). */
export interface StoredSignOffFacts {
  readonly seq: number;
  readonly facts: readonly LabourSignFact[];
}

/** The flags found in a workspace room's history after a seq, and the last seq checked (`afterSeq` when none). */
export interface CheckInAuditResult {
  readonly checkedTo: number;
  readonly flags: readonly NewCheckInFlag[];
}

export interface StoredRoomDocs {
  /** The room's highest stored seq, without its bytes. */
  lastSeq(room: RoomName): Promise<number>;
  readDoc<T>(room: RoomName, read: (doc: Y.Doc) => T): Promise<T>;
}

const HISTORY_PAGE = 500;

export async function readStoredSignOffFacts(docs: StoredRoomDocs, room: RoomName): Promise<StoredSignOffFacts> {
  const seq = await docs.lastSeq(room);
  return { seq, facts: await docs.readDoc(room, readSignOffFacts) };
}

export async function auditStoredCheckIns(
  docs: StoredRoomDocs,
  history: (room: RoomName, afterSeq: number, limit: number) => readonly HistoryEntry[],
  room: RoomName,
  afterSeq: number,
): Promise<CheckInAuditResult> {
  const upto = await docs.lastSeq(room);
  return docs.readDoc(room, (doc) => {
    let checkedTo = afterSeq;
    const flags: NewCheckInFlag[] = [];
    for (;;) {
      const page = history(room, checkedTo, HISTORY_PAGE).filter((entry) => entry.seq <= upto);
      if (page.length === 0) break;
      flags.push(...judgeCheckInEntries(doc, page));
      checkedTo = page.at(-1)?.seq ?? checkedTo;
      if (page.length < HISTORY_PAGE) break;
    }
    return { checkedTo, flags };
  });
}
