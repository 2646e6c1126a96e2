// Filters over the list of actual costs (typed-in entries and signed labour): category, task, a date
// range and a supplier search. The total of what is shown comes from shared/money's sumFen.
import type { CostEntry } from '../../../shared/domain/finance';
import { sumFen, type Fen } from '../../../shared/money';

export interface CostFilter {
  /** '' = every category. */
  readonly categoryId: string;
  /** '' = every task; '-' = costs of the whole project (no task). */
  readonly taskId: string;
  /** Inclusive 'YYYY-MM-DD' bounds; '' = open. */
  readonly from: string;
  readonly to: string;
  readonly supplier: string;
}

export const NO_FILTER: CostFilter = { categoryId: '', taskId: '', from: '', to: '', supplier: '' };
export const WHOLE_PROJECT_TASK = '-';

export interface FilteredCosts {
  readonly entries: readonly CostEntry[];
  readonly total: Fen;
}

/** Newest first; ties keep their given order. */
export function filterCosts(costs: readonly CostEntry[], filter: CostFilter): FilteredCosts {
  const supplier = filter.supplier.trim().toLocaleLowerCase();
  const entries = costs.filter((cost) =>
    (filter.categoryId === '' || cost.categoryId === filter.categoryId)
    && (filter.taskId === '' || (filter.taskId === WHOLE_PROJECT_TASK ? cost.taskId === null : cost.taskId === filter.taskId))
    && (filter.from === '' || cost.day >= filter.from)
    && (filter.to === '' || cost.day <= filter.to)
    && (supplier === '' || cost.supplier.toLocaleLowerCase().includes(supplier)));
  const sorted = [...entries].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  return { entries: sorted, total: sumFen(sorted.map((cost) => cost.amount)) };
}
