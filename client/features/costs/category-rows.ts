// The rows of the cost centre's category manager: each category with what is booked under it (costs,
// signed labour included, and budget lines), and a category's name wherever entries show it, a
// removed one marked as such (its entries still count until they are moved to another category).
import type { BudgetLine, CategoryId, CostCategory, CostEntry, FundEntry } from '../../../shared/domain/finance';
import { isBuiltInCategory, LABOUR_CATEGORY_ID, OTHER_CATEGORY_ID } from '../../../shared/domain/finance';
import { ZERO_FEN, addFen, type Fen } from '../../../shared/money';

export interface CategoryRow {
  readonly category: CostCategory;
  readonly spent: Fen;
  readonly budget: Fen;
  readonly costCount: number;
  readonly lineCount: number;
  /** Receipts and payments tagged with the category (planned or done). */
  readonly fundCount: number;
  readonly fundAmount: Fen;
  /** Why it can't be removed, or null when it can. */
  readonly keep: 'labour' | 'other' | 'built-in' | null;
}

export function categoryRows(categories: readonly CostCategory[], costs: readonly CostEntry[], lines: readonly BudgetLine[], funds: readonly FundEntry[] = []): CategoryRow[] {
  const empty = () => ({ spent: ZERO_FEN, budget: ZERO_FEN, costCount: 0, lineCount: 0, fundCount: 0, fundAmount: ZERO_FEN });
  const totals = new Map<string, ReturnType<typeof empty>>();
  const at = (id: string) => {
    let total = totals.get(id);
    if (total === undefined) totals.set(id, total = empty());
    return total;
  };
  for (const cost of costs) { const total = at(cost.categoryId); total.spent = addFen(total.spent, cost.amount); total.costCount++; }
  for (const line of lines) { const total = at(line.categoryId); total.budget = addFen(total.budget, line.amount); total.lineCount++; }
  for (const fund of funds) {
    if (fund.categoryId === null) continue;
    const total = at(fund.categoryId);
    total.fundAmount = addFen(total.fundAmount, fund.amount);
    total.fundCount++;
  }
  return categories.map((category) => ({ category, ...(totals.get(category.id) ?? empty()), keep: keepReason(category.id) }));
}

/** Whether anything is booked under the category (a move would change something). */
export function hasEntries(row: CategoryRow): boolean {
  return row.costCount + row.lineCount + row.fundCount > 0;
}

function keepReason(id: CategoryId): CategoryRow['keep'] {
  if (id === LABOUR_CATEGORY_ID) return 'labour';
  if (id === OTHER_CATEGORY_ID) return 'other';
  return isBuiltInCategory(id) ? 'built-in' : null;
}

/** Name lookup for lists and tables: shown categories by name, removed ones with `markRemoved`, else the id. */
export function categoryNamer(categories: readonly CostCategory[], removed: readonly CostCategory[], markRemoved: (name: string) => string): (id: string) => string {
  const names = new Map<string, string>();
  for (const category of removed) names.set(category.id, markRemoved(category.name));
  for (const category of categories) names.set(category.id, category.name);
  return (id) => names.get(id) ?? id;
}
