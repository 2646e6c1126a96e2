// What deleting a budget line leaves behind. Costs never point at a budget line (they point at a
// category and a task), so a delete is never refused; instead the person is told, before confirming,
// how much is already spent in the line's category (and task) and what budget would remain for it.
import { subFen, ZERO_FEN, type Fen } from '../../money';
import type { BudgetLine } from './budget-line';
import { compareBudget, type BudgetGrouping, type BudgetInputs } from './budget-vs-actual';

export interface GroupAfterRemoval {
  /** Actual cost booked in the group (typed-in and signed labour). */
  readonly actual: Fen;
  /** The group's budget without this line. */
  readonly budgetAfter: Fen;
  /** actual > budgetAfter: the delete makes (or keeps) the group over budget. */
  readonly overAfter: boolean;
}

export interface BudgetLineRemoval {
  readonly category: GroupAfterRemoval;
  /** Only for a line tied to a task. */
  readonly task: GroupAfterRemoval | null;
  /** Some cost is booked where this line budgets: the confirm must say so. */
  readonly hasCosts: boolean;
}

export function budgetLineRemoval(line: BudgetLine, inputs: BudgetInputs): BudgetLineRemoval {
  const category = groupAfter(line, inputs, 'category', line.categoryId);
  const task = line.taskId === null ? null : groupAfter(line, inputs, 'task', line.taskId);
  return { category, task, hasCosts: category.actual !== 0 || (task !== null && task.actual !== 0) };
}

function groupAfter(line: BudgetLine, inputs: BudgetInputs, grouping: BudgetGrouping, key: string): GroupAfterRemoval {
  const row = compareBudget(inputs, grouping).rows.find((one) => one.key === key);
  const actual = row?.actual ?? ZERO_FEN;
  const budgetAfter = subFen(row?.budget ?? line.amount, line.amount);
  return { actual, budgetAfter, overAfter: actual > budgetAfter };
}
