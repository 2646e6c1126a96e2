// The cost baseline for earned value: the schedule baseline's dates per task (from a saved baseline
// of the project room) joined with the budget lines tied to each task. Budget that can't be spread
// (no task, or a task missing from the baseline) is reported, not silently dropped from BAC.
import type { IsoDay } from '../../iso-day';
import { addFen, ZERO_FEN, type Fen } from '../../money';
import type { BudgetLine } from './budget-line';
import type { BaselineCostTask } from './earned-value';

export interface BaselineDates {
  readonly start: IsoDay;
  readonly finish: IsoDay;
}

export interface CostBaseline {
  readonly tasks: readonly BaselineCostTask[];
  /** Budget on lines with no task, or on tasks the baseline doesn't hold: not in PV or EV. */
  readonly unspreadBudget: Fen;
}

export function costBaseline(dates: Readonly<Record<string, BaselineDates>>, budgetLines: readonly BudgetLine[]): CostBaseline {
  const budgets = new Map<string, Fen>();
  let unspreadBudget = ZERO_FEN;
  for (const line of budgetLines) {
    if (line.taskId === null || !Object.hasOwn(dates, line.taskId)) {
      unspreadBudget = addFen(unspreadBudget, line.amount);
      continue;
    }
    budgets.set(line.taskId, addFen(budgets.get(line.taskId) ?? ZERO_FEN, line.amount));
  }
  const tasks = [...budgets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([taskId, budget]) => {
      const planned = dates[taskId];
      return planned ? [{ taskId, start: planned.start, finish: planned.finish, budget }] : [];
    });
  return { tasks, unspreadBudget };
}
