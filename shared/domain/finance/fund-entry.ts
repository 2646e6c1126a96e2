// Funds (资金): money actually moving. Receipts are progress payments from the client (工程款) and
// other income; payments go to suppliers, subcontractors and workers. Each is planned or done.
import type { IsoDay } from '../../iso-day';
import type { Fen } from '../../money';
import type { CategoryId, FundEntryId, WorkerId } from './finance-ids';

export const FUND_DIRECTIONS = ['receipt', 'payment'] as const;
export type FundDirection = (typeof FUND_DIRECTIONS)[number];

export const FUND_STATUSES = ['planned', 'done'] as const;
export type FundStatus = (typeof FUND_STATUSES)[number];

export interface FundEntry {
  readonly id: FundEntryId;
  readonly direction: FundDirection;
  readonly status: FundStatus;
  /** Always positive; the direction says which way it goes. */
  readonly amount: Fen;
  /** When it is due (planned entries); null = no date agreed. */
  readonly dueDay: IsoDay | null;
  /** When it was actually received or paid; set when status is 'done'. */
  readonly paidDay: IsoDay | null;
  readonly counterparty: string;
  /** A payment to a worker settles what the labour summary says they are owed. */
  readonly workerId: WorkerId | null;
  /** What a planned payment will be spent on, for the budget forecast. */
  readonly categoryId: CategoryId | null;
  readonly taskId: string | null;
  readonly note: string;
}

/** The day a planned entry counts in a forecast: its due day, or today when it is overdue or undated. */
export function forecastDay(entry: FundEntry, today: IsoDay): IsoDay {
  return entry.dueDay !== null && entry.dueDay > today ? entry.dueDay : today;
}
