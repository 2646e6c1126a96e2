// What each worker is owed: signed labour minus payments already made to them. Unsigned labour is
// shown apart: it is work claimed, not yet agreed.
import { addFen, subFen, ZERO_FEN, type Fen } from '../../money';
import type { WorkerId } from './finance-ids';
import type { FundEntry } from './fund-entry';
import { labourAmount, type LabourRecord } from './labour-record';
import { ALL_DAYS, isInRange, type DayRange } from './labour-summary';

export interface WorkerBalance {
  readonly workerId: WorkerId;
  readonly signedAmount: Fen;
  readonly pendingAmount: Fen;
  /** Payments with status 'done' to this worker. */
  readonly paid: Fen;
  /** signed − paid; negative when the worker was paid in advance. */
  readonly owed: Fen;
}

export interface WorkerBalances {
  readonly workers: readonly WorkerBalance[];
  readonly total: Omit<WorkerBalance, 'workerId'>;
}

export function workerBalances(records: readonly LabourRecord[], funds: readonly FundEntry[], range: DayRange = ALL_DAYS): WorkerBalances {
  const rows = new Map<WorkerId, { signed: Fen; pending: Fen; paid: Fen }>();
  const row = (id: WorkerId): { signed: Fen; pending: Fen; paid: Fen } => {
    let found = rows.get(id);
    if (!found) rows.set(id, (found = { signed: ZERO_FEN, pending: ZERO_FEN, paid: ZERO_FEN }));
    return found;
  };
  for (const record of records) {
    if (!isInRange(record.day, range)) continue;
    const target = row(record.workerId);
    const amount = labourAmount(record);
    if (record.signOff === 'signed') target.signed = addFen(target.signed, amount);
    else target.pending = addFen(target.pending, amount);
  }
  for (const entry of funds) {
    if (entry.direction !== 'payment' || entry.status !== 'done' || entry.workerId === null) continue;
    if (entry.paidDay !== null && !isInRange(entry.paidDay, range)) continue;
    const target = row(entry.workerId);
    target.paid = addFen(target.paid, entry.amount);
  }
  const workers = [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([workerId, { signed, pending, paid }]) => ({ workerId, signedAmount: signed, pendingAmount: pending, paid, owed: subFen(signed, paid) }));
  const sum = (pick: (balance: WorkerBalance) => Fen): Fen => workers.reduce((total, balance) => addFen(total, pick(balance)), ZERO_FEN);
  return {
    workers,
    total: { signedAmount: sum((b) => b.signedAmount), pendingAmount: sum((b) => b.pendingAmount), paid: sum((b) => b.paid), owed: sum((b) => b.owed) },
  };
}
