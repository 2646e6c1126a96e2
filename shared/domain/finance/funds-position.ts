// The project's cash position as of a day: what came in and went out, what is still to come in
// (receivables) and to go out (payables), and which of those are overdue.
import type { IsoDay } from '../../iso-day';
import { addFen, subFen, ZERO_FEN, type Fen } from '../../money';
import type { FundEntry } from './fund-entry';

export interface FundsPosition {
  readonly received: Fen;
  readonly paid: Fen;
  /** received − paid, on entries done on or before today. */
  readonly cashBalance: Fen;
  /** Planned receipts not yet received. */
  readonly receivables: Fen;
  readonly overdueReceivables: Fen;
  /** Planned payments not yet made. */
  readonly payables: Fen;
  readonly overduePayables: Fen;
}

export function fundsPosition(entries: readonly FundEntry[], today: IsoDay): FundsPosition {
  let received = ZERO_FEN;
  let paid = ZERO_FEN;
  let receivables = ZERO_FEN;
  let overdueReceivables = ZERO_FEN;
  let payables = ZERO_FEN;
  let overduePayables = ZERO_FEN;
  for (const entry of entries) {
    const overdue = entry.dueDay !== null && entry.dueDay < today;
    if (entry.status === 'done') {
      // a payment dated in the future (typed ahead) is not cash yet
      if (entry.paidDay !== null && entry.paidDay > today) continue;
      if (entry.direction === 'receipt') received = addFen(received, entry.amount);
      else paid = addFen(paid, entry.amount);
    } else if (entry.direction === 'receipt') {
      receivables = addFen(receivables, entry.amount);
      if (overdue) overdueReceivables = addFen(overdueReceivables, entry.amount);
    } else {
      payables = addFen(payables, entry.amount);
      if (overdue) overduePayables = addFen(overduePayables, entry.amount);
    }
  }
  return { received, paid, cashBalance: subFen(received, paid), receivables, overdueReceivables, payables, overduePayables };
}
