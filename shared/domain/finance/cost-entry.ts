// Actual costs: dated entries typed in by the accountant, plus signed day labour (derived, see
// labour-costs.ts). Both look the same to budget-vs-actual and earned value.
import type { IsoDay } from '../../iso-day';
import type { Fen } from '../../money';
import type { CategoryId } from './finance-ids';

export interface CostEntry {
  readonly id: string;
  readonly day: IsoDay;
  readonly categoryId: CategoryId;
  /** Negative for a credit note or a refund. */
  readonly amount: Fen;
  readonly taskId: string | null;
  readonly supplier: string;
  readonly invoiceNumber: string;
  readonly note: string;
  /** UserId of who entered it; null when unknown. */
  readonly enteredBy: string | null;
  /** 'entry' = typed in; 'labour' = derived from a signed labour record and never stored as a cost. */
  readonly source: CostSource;
}

export const COST_SOURCES = ['entry', 'labour'] as const;
export type CostSource = (typeof COST_SOURCES)[number];
