// What the earned-value section shows, without a DOM: which baseline, the cost baseline built from it
// and the budget lines tied to its tasks, today's figures, and the days the S-curves are drawn on.
// Progress comes from each task's current % complete (the project room keeps no history of it), so it
// counts as reported today: EV is known for today, not for earlier days.
import { addDays, toDayNumber } from '../../../shared/domain/calendar/day-number';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import {
  costBaseline, earnedValue, earnedValueSeries, type BudgetLine, type CostEntry, type EarnedValue, type EarnedValueInput,
} from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import type { Baseline, Task } from '../../../shared/schema';

/** The S-curves get at most about this many days, so a multi-year project stays a light chart. */
export const MAX_CURVE_POINTS = 200;

export interface EvmSources {
  readonly baseline: Baseline | null;
  readonly tasks: readonly Pick<Task, 'id' | 'percentComplete'>[];
  readonly budgetLines: readonly BudgetLine[];
  /** Every actual cost, typed-in and signed labour (actualCosts). */
  readonly costs: readonly CostEntry[];
  readonly calendar: WorkingCalendar;
  readonly today: IsoDay;
}

export type EvmView =
  | { readonly kind: 'no-baseline' }
  /** A baseline, but no budget line tied to any of its tasks: nothing to spread. */
  | { readonly kind: 'no-budget'; readonly unspreadBudget: Fen }
  | {
      readonly kind: 'ready';
      readonly today: EarnedValue;
      readonly curve: readonly EarnedValue[];
      readonly unspreadBudget: Fen;
    };

/** The baseline chosen by id, else the one saved last. */
export function chooseBaseline(baselines: readonly Baseline[], chosenId: string | null): Baseline | null {
  const chosen = chosenId === null ? undefined : baselines.find((baseline) => baseline.id === chosenId);
  if (chosen !== undefined) return chosen;
  let latest: Baseline | null = null;
  for (const baseline of baselines) if (latest === null || baseline.savedAt > latest.savedAt) latest = baseline;
  return latest;
}

export function evmView(sources: EvmSources): EvmView {
  if (sources.baseline === null) return { kind: 'no-baseline' };
  const planned = costBaseline(sources.baseline.tasks, sources.budgetLines);
  if (planned.tasks.length === 0) return { kind: 'no-budget', unspreadBudget: planned.unspreadBudget };
  const inBaseline = new Set(planned.tasks.map((task) => task.taskId));
  const input: EarnedValueInput = {
    baseline: planned.tasks,
    progress: sources.tasks.filter((task) => inBaseline.has(task.id)).map((task) => ({ taskId: task.id, day: sources.today, percentComplete: task.percentComplete })),
    costs: sources.costs,
    calendar: sources.calendar,
  };
  const first = minDay([...planned.tasks.map((task) => task.start), ...sources.costs.map((cost) => cost.day)]);
  const last = maxDay([...planned.tasks.map((task) => task.finish), sources.today]);
  return { kind: 'ready', today: earnedValue(input, sources.today), curve: earnedValueSeries(input, curveDays(first, last, sources.today)), unspreadBudget: planned.unspreadBudget };
}

/** Every day from `first` to `last`, thinned to at most about MAX_CURVE_POINTS, always with both ends and today. */
export function curveDays(first: IsoDay, last: IsoDay, today: IsoDay): IsoDay[] {
  const span = toDayNumber(last) - toDayNumber(first);
  if (span < 0) return [first];
  const step = Math.max(1, Math.ceil(span / MAX_CURVE_POINTS));
  const days = new Set<IsoDay>();
  for (let offset = 0; offset < span; offset += step) days.add(addDays(first, offset));
  days.add(last);
  if (today >= first && today <= last) days.add(today);
  return [...days].sort();
}

function minDay(days: readonly IsoDay[]): IsoDay {
  return days.reduce((a, b) => (b < a ? b : a));
}

function maxDay(days: readonly IsoDay[]): IsoDay {
  return days.reduce((a, b) => (b > a ? b : a));
}
