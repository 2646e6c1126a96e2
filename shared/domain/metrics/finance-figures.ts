// Finance figures for a snapshot of an `f.` room: budget against actual cost (typed-in costs plus
// signed labour), labour man-days and cost, and cash in / out / balance, from shared/domain/finance.
// With the matching project room's tasks and baselines, `earnedValue` adds PV, EV, AC and the rest at
// the end of the day (earned-value-figures.ts).
import type { IsoDay } from '../../iso-day';
import type { Fen } from '../../money';
import type { FinanceView } from '../../schema/finance-read';
import type { ProjectView } from '../../schema/project-types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { compareBudget } from '../finance/budget-vs-actual';
import { fundsPosition } from '../finance/funds-position';
import { actualCosts } from '../finance/labour-costs';
import { summarizeLabour } from '../finance/labour-summary';
import { computeEarnedValueFigures, type EarnedValueFigures } from './earned-value-figures';

export interface FinanceFigures {
  readonly budget: Fen;
  readonly actual: Fen;
  readonly forecast: Fen;
  /** actual ÷ budget in percent (one decimal); null without a budget. */
  readonly usedPercent: number | null;
  readonly labourManDays: number;
  readonly labourHours: number;
  readonly labourCost: Fen;
  readonly cashIn: Fen;
  readonly cashOut: Fen;
  readonly cashBalance: Fen;
  /** Present when the project room was read (every relay snapshot of an `f.` room). */
  readonly earnedValue?: EarnedValueFigures;
}

/** What earned value needs besides the finance room. */
export interface EarnedValueSources {
  readonly project: Pick<ProjectView, 'tasks' | 'baselines'>;
  readonly calendar: WorkingCalendar;
}

export function computeFinanceFigures(finance: FinanceView, today: IsoDay, sources?: EarnedValueSources): FinanceFigures {
  const costs = actualCosts(finance.costEntries, finance.labourRecords);
  const budget = compareBudget({ budgetLines: finance.budgetLines, costs, labour: finance.labourRecords, funds: finance.fundEntries }, 'category').total;
  const labour = summarizeLabour(finance.labourRecords, 'worker').total;
  const funds = fundsPosition(finance.fundEntries, today);
  return {
    budget: budget.budget,
    actual: budget.actual,
    forecast: budget.forecast,
    usedPercent: budget.usedPercent,
    labourManDays: labour.manDays,
    labourHours: labour.hours,
    labourCost: labour.amount,
    cashIn: funds.received,
    cashOut: funds.paid,
    cashBalance: funds.cashBalance,
    ...(sources ? { earnedValue: computeEarnedValueFigures({ ...sources, budgetLines: finance.budgetLines, costs, today }) } : {}),
  };
}
