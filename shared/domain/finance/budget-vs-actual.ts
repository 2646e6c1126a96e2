// Budget against actual cost per category or per task, with overrun warnings. "Forecast" adds what is
// already committed (labour done but not yet signed) and what is planned (planned payments tagged
// with a category or task: spending ordered but not yet booked as a cost) to what was spent.
import { addFen, subFen, ZERO_FEN, type Fen } from '../../money';
import type { BudgetLine } from './budget-line';
import type { CostEntry } from './cost-entry';
import { LABOUR_CATEGORY_ID } from './cost-category';
import type { FundEntry } from './fund-entry';
import { labourAmount, type LabourRecord } from './labour-record';

export const BUDGET_GROUPINGS = ['category', 'task'] as const;
export type BudgetGrouping = (typeof BUDGET_GROUPINGS)[number];

/** 'over-budget': spent more than budgeted. 'forecast-over-budget': not yet, but spent + committed + planned is. */
export type OverrunWarning = 'over-budget' | 'forecast-over-budget';

export interface BudgetFigures {
  readonly budget: Fen;
  readonly actual: Fen;
  readonly committed: Fen;
  readonly planned: Fen;
  readonly forecast: Fen;
  /** budget − actual; negative when over. */
  readonly remaining: Fen;
  /** actual / budget in percent with one decimal (a display figure, not money); null without a budget. */
  readonly usedPercent: number | null;
  readonly warning: OverrunWarning | null;
}

export interface BudgetRow extends BudgetFigures {
  /** CategoryId, or task id ('' = not tied to a task). */
  readonly key: string;
}

export interface BudgetComparison {
  readonly rows: readonly BudgetRow[];
  readonly total: BudgetFigures;
}

export interface BudgetInputs {
  readonly budgetLines: readonly BudgetLine[];
  /** Every actual cost: typed-in entries and signed labour (see actualCosts). */
  readonly costs: readonly CostEntry[];
  readonly labour: readonly LabourRecord[];
  readonly funds: readonly FundEntry[];
}

interface Sums { budget: Fen; actual: Fen; committed: Fen; planned: Fen }

export function compareBudget(inputs: BudgetInputs, grouping: BudgetGrouping): BudgetComparison {
  const groups = new Map<string, Sums>();
  const at = (key: string): Sums => {
    let sums = groups.get(key);
    if (!sums) groups.set(key, (sums = { budget: ZERO_FEN, actual: ZERO_FEN, committed: ZERO_FEN, planned: ZERO_FEN }));
    return sums;
  };
  const byTask = grouping === 'task';
  for (const line of inputs.budgetLines) {
    const sums = at(byTask ? (line.taskId ?? '') : line.categoryId);
    sums.budget = addFen(sums.budget, line.amount);
  }
  for (const cost of inputs.costs) {
    const sums = at(byTask ? (cost.taskId ?? '') : cost.categoryId);
    sums.actual = addFen(sums.actual, cost.amount);
  }
  for (const record of inputs.labour) {
    if (record.signOff === 'signed') continue;
    const sums = at(byTask ? (record.taskId ?? '') : LABOUR_CATEGORY_ID);
    sums.committed = addFen(sums.committed, labourAmount(record));
  }
  for (const entry of inputs.funds) {
    if (entry.direction !== 'payment' || entry.status !== 'planned') continue;
    const key = byTask ? entry.taskId : entry.categoryId;
    if (key === null) continue;
    const sums = at(key);
    sums.planned = addFen(sums.planned, entry.amount);
  }
  const total: Sums = { budget: ZERO_FEN, actual: ZERO_FEN, committed: ZERO_FEN, planned: ZERO_FEN };
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, sums]) => {
      total.budget = addFen(total.budget, sums.budget);
      total.actual = addFen(total.actual, sums.actual);
      total.committed = addFen(total.committed, sums.committed);
      total.planned = addFen(total.planned, sums.planned);
      return { key, ...figures(sums) };
    });
  return { rows, total: figures(total) };
}

function figures(sums: Sums): BudgetFigures {
  const forecast = addFen(addFen(sums.actual, sums.committed), sums.planned);
  const warning: OverrunWarning | null = sums.actual > sums.budget ? 'over-budget' : forecast > sums.budget ? 'forecast-over-budget' : null;
  return {
    ...sums,
    forecast,
    remaining: subFen(sums.budget, sums.actual),
    usedPercent: sums.budget > 0 ? Math.round((sums.actual * 1000) / sums.budget) / 10 : null,
    warning,
  };
}
