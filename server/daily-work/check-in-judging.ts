// Judges the check-ins a run of stored updates wrote (shared/domain/points/check-in-flags.ts), the
// one loop both places that check a workspace room use: the relay's thread for the few updates of a
// change (check-in-audit.ts) and the snapshot worker for a room's whole unchecked history
// (stored-check-in-audit.ts). `doc` must contain every update of `entries`.
import type * as Y from 'yjs';
import { judgeCheckInWrite } from '../../shared/domain/points';
import { checkInWritesOf } from '../../shared/schema';
import type { HistoryEntry } from '../store/doc-store';
import type { NewCheckInFlag } from './check-in-flag-store';

export function judgeCheckInEntries(doc: Y.Doc, entries: readonly HistoryEntry[]): NewCheckInFlag[] {
  const found: NewCheckInFlag[] = [];
  for (const entry of entries) {
    for (const written of checkInWritesOf(doc, entry.update)) {
      const reason = judgeCheckInWrite({ checkIn: written.checkIn, writerId: entry.userId, receivedAt: entry.at, replacedExisting: written.replacedExisting });
      if (reason === null || written.checkIn === null) continue;
      found.push({ key: written.key, at: written.checkIn.at, reason, writtenBy: entry.userId, seq: entry.seq });
    }
  }
  return found;
}
