// A budget line: an amount planned for one cost category, optionally for one WBS task.
import type { Fen } from '../../money';
import type { BudgetLineId, CategoryId } from './finance-ids';

export interface BudgetLine {
  readonly id: BudgetLineId;
  readonly categoryId: CategoryId;
  /** A task of the project room (`p.<projectId>`), or null for the whole project. */
  readonly taskId: string | null;
  readonly description: string;
  readonly amount: Fen;
}
