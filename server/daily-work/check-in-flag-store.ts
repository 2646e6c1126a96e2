// Check-in flags and how far each workspace room's history has been checked, in the relay's own
// SQLite file `daily-work.sqlite` (beside the labour sign-off facts, sign-off-fact-store.ts) (a flag is the relay's verdict on a write, not document data: a
// writer could edit it in a document). ':memory:' for a relay without a data directory.
import { CHECK_IN_FLAG_REASONS, type CheckInFlagReason, type FlaggedCheckIn } from '../../shared/domain/points';
import { openDailyWorkDb } from './daily-work-db';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS check_in_flags (
    room TEXT NOT NULL,
    key TEXT NOT NULL,
    at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    written_by TEXT,
    seq INTEGER NOT NULL,
    PRIMARY KEY (room, key, at)
  );
  CREATE TABLE IF NOT EXISTS check_in_audit (
    room TEXT PRIMARY KEY,
    audited_seq INTEGER NOT NULL
  );
`;

export interface NewCheckInFlag extends FlaggedCheckIn {
  readonly writtenBy: string | null;
  readonly seq: number;
}

export interface CheckInFlagStore {
  /** The highest seq of the room's history already checked (0 = none). */
  auditedSeq(room: string): number;
  /** Records the flags found up to `seq` and moves the room's mark there, in one transaction. */
  record(room: string, seq: number, flags: readonly NewCheckInFlag[]): void;
  list(room: string): FlaggedCheckIn[];
  close(): void;
}

export function openCheckInFlagStore(file: string): CheckInFlagStore {
  const db = openDailyWorkDb(file, SCHEMA);
  const selectSeq = db.prepare<[string], { audited_seq: number }>('SELECT audited_seq FROM check_in_audit WHERE room = ?');
  const upsertSeq = db.prepare('INSERT INTO check_in_audit (room, audited_seq) VALUES (?, ?) ON CONFLICT (room) DO UPDATE SET audited_seq = excluded.audited_seq');
  // the first verdict on a value stands
  const insertFlag = db.prepare('INSERT OR IGNORE INTO check_in_flags (room, key, at, reason, written_by, seq) VALUES (?, ?, ?, ?, ?, ?)');
  const selectFlags = db.prepare<[string], { key: string; at: number; reason: string }>('SELECT key, at, reason FROM check_in_flags WHERE room = ? ORDER BY seq, key');
  const record = db.transaction((room: string, seq: number, flags: readonly NewCheckInFlag[]) => {
    for (const flag of flags) insertFlag.run(room, flag.key, flag.at, flag.reason, flag.writtenBy, flag.seq);
    upsertSeq.run(room, seq);
  });
  return {
    auditedSeq: (room) => selectSeq.get(room)?.audited_seq ?? 0,
    record: (room, seq, flags) => void record(room, seq, flags),
    list: (room) => selectFlags.all(room).flatMap((row) => (isReason(row.reason) ? [{ key: row.key, at: row.at, reason: row.reason }] : [])),
    close: () => db.close(),
  };
}

function isReason(value: string): value is CheckInFlagReason {
  return (CHECK_IN_FLAG_REASONS as readonly string[]).includes(value);
}
