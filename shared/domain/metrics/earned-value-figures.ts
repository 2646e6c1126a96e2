// Earned value for a finance snapshot (`finance.earnedValue` of an `f.` room's figures): the project
// room's most recently saved baseline gives each task's dates, the budget lines tied to its tasks give
// the cost baseline (costBaseline), and shared/domain/finance/earned-value.ts gives PV, EV and AC at the
// end of the snapshot day. EV uses each task's current % complete: the document keeps no progress
// history, but a snapshot is taken on its own day, so the snapshots ARE the EV history.
// Same rules as the cost centre's view (client/features/evm/evm-view.ts), which also lets a person pick
// another baseline; the snapshot always takes the latest one.
import type { IsoDay } from '../../iso-day';
import type { Fen } from '../../money';
import type { ProjectView } from '../../schema/project-types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { BudgetLine } from '../finance/budget-line';
import type { CostEntry } from '../finance/cost-entry';
import { costBaseline } from '../finance/cost-baseline';
import { earnedValue, type EarnedValue } from '../finance/earned-value';

export type EarnedValueFigures =
  /** The project room holds no saved baseline. */
  | { readonly state: 'no-baseline' }
  /** A baseline, but no budget line is tied to any of its tasks: nothing to spread. */
  | { readonly state: 'no-budget'; readonly baselineId: string; readonly unspreadBudget: Fen }
  /** The figures of earned-value.ts at the end of the day (BAC of the baseline's tied lines only). */
  | ({
      readonly state: 'ready';
      readonly baselineId: string;
      /** Budget on lines with no task or a task missing from the baseline: in neither PV nor EV. */
      readonly unspreadBudget: Fen;
    } & Omit<EarnedValue, 'day'>);

export interface EarnedValueFiguresInput {
  /** The matching `p.` room's tasks and baselines. */
  readonly project: Pick<ProjectView, 'tasks' | 'baselines'>;
  readonly budgetLines: readonly BudgetLine[];
  /** Every actual cost, typed-in and signed labour (actualCosts). */
  readonly costs: readonly CostEntry[];
  readonly calendar: WorkingCalendar;
  readonly today: IsoDay;
}

export function computeEarnedValueFigures({ project, budgetLines, costs, calendar, today }: EarnedValueFiguresInput): EarnedValueFigures {
  let baseline: ProjectView['baselines'][number] | null = null;
  for (const candidate of project.baselines) if (baseline === null || candidate.savedAt > baseline.savedAt) baseline = candidate;
  if (baseline === null) return { state: 'no-baseline' };
  const planned = costBaseline(baseline.tasks, budgetLines);
  if (planned.tasks.length === 0) return { state: 'no-budget', baselineId: baseline.id, unspreadBudget: planned.unspreadBudget };
  const inBaseline = new Set(planned.tasks.map((task) => task.taskId));
  const progress = project.tasks
    .filter((task) => inBaseline.has(task.id))
    .map((task) => ({ taskId: task.id, day: today, percentComplete: task.percentComplete }));
  const { day: _day, ...figures } = earnedValue({ baseline: planned.tasks, progress, costs, calendar }, today);
  return { state: 'ready', baselineId: baseline.id, ...figures, unspreadBudget: planned.unspreadBudget };
}
