// The labour sign-off facts of every finance room the relay follows, and the seq of the room's history
// they are up to date with, in `daily-work.sqlite` beside the check-in flags: the points-facts answer
// reads them from here, so no request ever rebuilds a document.
import type { LabourSignFact } from '../../shared/domain/points';
import { isId } from '../../shared/ids';
import { isIsoDay } from '../../shared/iso-day';
import { openDailyWorkDb } from './daily-work-db';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS labour_sign_offs (
    room TEXT NOT NULL,
    record_id TEXT NOT NULL,
    day TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signed_at INTEGER NOT NULL,
    PRIMARY KEY (room, record_id)
  );
  CREATE TABLE IF NOT EXISTS sign_off_progress (
    room TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
  );
`;

export interface SignOffFactStore {
  /** The seq the room's facts are up to date with, or null when the room was never read. */
  seqOf(room: string): number | null;
  /** Writes some of a room's facts, as a whole read finds them; the room's seq stays as it was. */
  put(room: string, facts: readonly LabourSignFact[]): void;
  /** Ends a whole read: the room's facts of records not in `keep` go, and the facts are up to `seq`. */
  finishWholeRead(room: string, seq: number, keep: ReadonlySet<string>): void;
  /** Some records' facts (null: the record has none now), up to `seq`. */
  update(room: string, seq: number, changes: readonly { readonly recordId: string; readonly fact: LabourSignFact | null }[]): void;
  /** The rooms' facts signed at or after `since` (epoch ms). */
  list(rooms: readonly string[], since: number): LabourSignFact[];
  close(): void;
}

export function openSignOffFactStore(file: string): SignOffFactStore {
  const db = openDailyWorkDb(file, SCHEMA);
  const selectSeq = db.prepare<[string], { seq: number }>('SELECT seq FROM sign_off_progress WHERE room = ?');
  const upsertSeq = db.prepare('INSERT INTO sign_off_progress (room, seq) VALUES (?, ?) ON CONFLICT (room) DO UPDATE SET seq = excluded.seq');
  const selectRecordIds = db.prepare<[string], { record_id: string }>('SELECT record_id FROM labour_sign_offs WHERE room = ?');
  const deleteRecord = db.prepare('DELETE FROM labour_sign_offs WHERE room = ? AND record_id = ?');
  const upsertFact = db.prepare(
    'INSERT INTO labour_sign_offs (room, record_id, day, signed_by, signed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (room, record_id) DO UPDATE SET day = excluded.day, signed_by = excluded.signed_by, signed_at = excluded.signed_at',
  );
  const selectFacts = db.prepare<[string, number], { record_id: string; day: string; signed_by: string; signed_at: number }>(
    'SELECT record_id, day, signed_by, signed_at FROM labour_sign_offs WHERE room = ? AND signed_at >= ? ORDER BY signed_at, record_id',
  );
  const putFact = (room: string, fact: LabourSignFact): void => void upsertFact.run(room, fact.recordId, fact.day, fact.signedBy, fact.signedAt);
  const put = db.transaction((room: string, facts: readonly LabourSignFact[]) => {
    for (const fact of facts) putFact(room, fact);
  });
  const finishWholeRead = db.transaction((room: string, seq: number, keep: ReadonlySet<string>) => {
    for (const row of selectRecordIds.all(room)) if (!keep.has(row.record_id)) deleteRecord.run(room, row.record_id);
    upsertSeq.run(room, seq);
  });
  const update = db.transaction((room: string, seq: number, changes: readonly { readonly recordId: string; readonly fact: LabourSignFact | null }[]) => {
    for (const change of changes) {
      if (change.fact === null) deleteRecord.run(room, change.recordId);
      else putFact(room, change.fact);
    }
    upsertSeq.run(room, seq);
  });
  return {
    seqOf: (room) => selectSeq.get(room)?.seq ?? null,
    put: (room, facts) => void put(room, facts),
    finishWholeRead: (room, seq, keep) => void finishWholeRead(room, seq, keep),
    update: (room, seq, changes) => void update(room, seq, changes),
    list: (rooms, since) => rooms.flatMap((room) => selectFacts.all(room, since).flatMap((row) => {
      const { record_id: recordId, day, signed_by: signedBy, signed_at: signedAt } = row;
      return isIsoDay(day) && isId<'user'>(signedBy) ? [{ recordId, day, signedBy, signedAt }] : [];
    })),
    close: () => db.close(),
  };
}
